// A body or place inside the name of an event, law, plan, programme or fund is no mention of its
// own; inside the name of a meeting only a place is dropped (src/recognise/thing-name.ts).
// Mentions are given as the model might decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withoutNamesInThings } from '../../src/recognise/thing-name.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions } = decided(text, names);
  return shown(text, withoutNamesInThings(cols, mentions));
}

describe('names inside the name of a thing', () => {
  it.each([
    ['a law with a body', 'Dewan akan meminda Akta Lembaga Getah Negara 1998 tahun depan.', 'Lembaga Getah Negara', 'ORG'],
    ['a project with a place', 'Kerja menaik taraf Projek Jalan Raya Kuala Krai siap bulan lalu.', 'Kuala Krai', 'LOC'],
    ['a fund with a place', 'Orang ramai menyumbang kepada Tabung Bantuan Banjir Kelantan semalam.', 'Kelantan', 'LOC'],
    ['an event day with a district', 'Beliau merasmikan Hari Belia Peringkat Daerah Kuala Pilah di dewan itu.', 'Kuala Pilah', 'LOC'],
    ['a cup with a country', 'Pasukan itu menjuarai Piala Malaysia buat kali ketiga.', 'Malaysia', 'LOC'],
    [
      'an agreement with a hyphenated place',
      'Menteri itu membincangkan Perjanjian Dagangan Asia-Pasifik dengan rakannya.',
      'Pasifik',
      'LOC',
    ],
    [
      'a name after a bracketed short form',
      'Kerja di bawah Projek Tebatan Banjir (PTB) Sungai Muar bermula hari ini.',
      'Sungai Muar',
      'LOC',
    ],
    ['a place after bagi in the name', 'Program Latihan Guru bagi Sarawak bermula bulan depan.', 'Sarawak', 'LOC'],
    ['a place after ke in the name', 'Mereka menyokong Dasar Pandang ke Selatan yang baharu itu.', 'Selatan', 'LOC'],
    ['a lower-case project word', 'Kerajaan meneruskan projek Landasan Keretapi Pantai Timur Kelantan tahun ini.', 'Kelantan', 'LOC'],
    ['a place in the name of a rally', 'Ribuan orang menghadiri Himpunan Solidariti Rakyat Gaza di masjid itu.', 'Gaza', 'LOC'],
    ['a place in the name of a dialogue', 'Menteri itu dijemput ke Dialog Keselamatan Langkawi minggu depan.', 'Langkawi', 'LOC'],
  ])('is no mention: %s', (_name, text, span, label) => {
    expect(ruled(text, [[span, label as EntityLabel]])).toEqual([]);
  });

  it.each([
    [
      'a body at its own assembly',
      'Beliau berucap di Perhimpunan Agung Persatuan Peladang Kebangsaan semalam.',
      'Persatuan Peladang Kebangsaan',
      'ORG',
    ],
    ['a body at its own summit', 'Para pemimpin bertemu di Sidang Kemuncak Kesatuan Afrika di Addis Ababa.', 'Kesatuan Afrika', 'ORG'],
    ['the sides of the talks', 'Isu itu dibangkitkan dalam Rundingan Tahunan Malaysia-Indonesia di Jakarta.', 'Indonesia', 'LOC'],
    ['a second thing after dan', 'Dia meminda Akta Kastam dan Lembaga Hasil Dalam Negeri pula.', 'Lembaga Hasil Dalam Negeri', 'ORG'],
    ['a portfolio joined by dan', 'Menteri Belia dan Sukan Perak hadir pada majlis itu.', 'Perak', 'LOC'],
    ['the first word after a lower-case programme word', 'Ahli program Umno bertemu penduduk semalam.', 'Umno', 'ORG'],
    ['a name after a full stop', 'Dia menyebut Dasar Pandang ke Timur. Jepun menyambut baik hasrat itu.', 'Jepun', 'LOC'],
    ['a person after a title', 'Penaung Program Minda Sihat Datuk Aminah Yusof hadir semalam.', 'Aminah Yusof', 'PER'],
    [
      'a body with a place of its own',
      'Kenyataan itu dikeluarkan oleh Majlis Keselamatan Negara pagi tadi.',
      'Majlis Keselamatan Negara',
      'ORG',
    ],
  ])('stays: %s', (_name, text, span, label) => {
    expect(ruled(text, [[span, label as EntityLabel]])).toEqual([`${span}/${label}`]);
  });
});
