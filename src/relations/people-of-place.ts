// A place named right after a noun for its people ("media Malaysia", "rakyat Malaysia",
// "wartawan Jepun", "penduduk Sabah") says whose people they are: the noun is the one met or
// spoken to, the place only qualifies it, and it is no party to a meeting ("taklimat kepada
// media Malaysia", "berjumpa dengan Dr X, rakyat Malaysia yang bertugas di ..."). Of the 142 such
// places in the training set, none is how a gold meeting names its party (two name a country
// that takes part, named elsewhere in the article).
// Representatives are not in the list: "pegawai Israel", "wakil Malaysia" stand for their state.
import { type Doc, norm } from './doc.js';

/** Nouns for the people of a place, as a public, not as its representatives. */
const PEOPLE: ReadonlySet<string> = new Set([
  'rakyat',
  'warga',
  'warganegara',
  'penduduk',
  'masyarakat',
  'media',
  'wartawan',
  'pemberita',
  'pelajar',
  'mahasiswa',
  'pengundi',
  'penyokong',
  'peniaga',
  'pelanggan',
  'pengguna',
  'pelabur',
  'pelancong',
  'komuniti',
  'orang',
  'golongan',
  'keluarga',
  'mangsa',
  'pekerja',
  'kakitangan',
  'nelayan',
  'petani',
  'pesakit',
  'peserta',
]);

/** Whether entity e is a place right after a noun for its people ("media [Malaysia]"). */
export function peopleOfPlace(d: Doc, e: number): boolean {
  if (d.entities[e]!.label !== 'LOC') return false;
  const st = d.entStart[e]!;
  return st > 0 && d.entAt[st - 1]! < 0 && PEOPLE.has(norm(d, st - 1));
}
