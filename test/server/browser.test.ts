// The demo page end to end in Debian's headless Chromium, driven by playwright-core: paste
// text, tag it, see entities highlighted by label with canonical name and id on hover, and
// meetings and statements listed. Screenshots go to test/server/__artifacts__/ (gitignored).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, hasChromium, launchChromium } from '../support/chromium.js';
import { type Running, start } from './helpers.js';

const ARTIFACTS = fileURLToPath(new URL('./__artifacts__/', import.meta.url));

const TEXT =
  'PUTRAJAYA, 14 Jan. – Perdana Menteri Datuk Seri Anwar Ibrahim bertemu Presiden Indonesia Prabowo Subianto di Seri Perdana semalam.\n\n"Malaysia komited untuk memperkukuh hubungan dengan Jakarta," kata Anwar kepada pemberita di Kuala Lumpur.';

describe.skipIf(!hasChromium)(
  `demo page in headless Chromium${hasChromium ? '' : ' (skipped: /usr/bin/chromium is not installed; apt-get install chromium)'}`,
  () => {
    let s: Running;
    let browser: BrowserContext;
    let chrome: Browser | undefined;

    beforeAll(async () => {
      s = await start({ workers: 1 });
      mkdirSync(ARTIFACTS, { recursive: true });
      chrome = await launchChromium({ width: 1280, height: 900 });
      browser = chrome.context;
    });
    afterAll(async () => {
      await chrome?.close();
      await s?.close();
    });

    it('highlights entities by label with canonical name and id on hover', async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.goto(`${s.base}/`);
      await page.fill('#text', TEXT);
      await page.click('#go');
      await page.waitForSelector('body[data-state="done"]');

      const marks = await page.$$eval('#doc mark', (ms) =>
        ms.map((m) => ({
          text: m.firstChild?.textContent,
          label: m.getAttribute('data-label'),
          cls: m.classList[0],
          tip: m.getAttribute('data-tip'),
        })),
      );
      const anwar = marks.find((m) => m.text === 'Anwar Ibrahim');
      expect(anwar).toMatchObject({ label: 'PER', cls: 'PER' });
      expect(anwar?.tip).toContain('Anwar Ibrahim');
      expect(anwar?.tip).toContain('per:anwar-ibrahim');
      expect(marks.find((m) => m.text === 'Indonesia')).toMatchObject({ label: 'LOC', cls: 'LOC' });
      // The highlighted document is the input text, unchanged (labels are separate elements).
      const docText = await page.$eval('#doc', (d) =>
        [...d.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : n.firstChild?.textContent)).join(''),
      );
      expect(docText).toBe(TEXT);
      expect(await page.textContent('#status')).toMatch(/^\d+ entit(y|ies), \d+ meetings?, \d+ statements? in \d+ ms$/);
      expect(await page.locator('#entities tr').count()).toBeGreaterThanOrEqual(4);

      // Hover shows the canonical name and id.
      await page.hover('#doc mark.PER >> nth=0');
      const tipShown = await page.$eval(
        '#doc mark.PER',
        (m) =>
          (globalThis as unknown as { getComputedStyle(e: unknown, pseudo: string): { content: string } }).getComputedStyle(m, '::after')
            .content,
      );
      expect(tipShown).toContain('Anwar Ibrahim');
      await page.screenshot({ path: join(ARTIFACTS, 'demo-page.png'), fullPage: true });
      expect(problems).toEqual([]);
      await page.close();
    });

    it('lists meetings and statements from the relations of the result', async () => {
      const page = await browser.newPage();
      // Relations come from the real response; where the extractor (issue #5) finds none yet,
      // a MEET and a STATEMENT built on the real entities are added so the rendering is tested.
      await page.route('**/v1/extract', async (route) => {
        const res = await route.fetch();
        const body = (await res.json()) as {
          entities: Array<{ start: number; end: number; text: string; label: string }>;
          relations: unknown[];
        };
        if (body.relations.length === 0) {
          const per = body.entities.filter((e) => e.label === 'PER');
          const span = (e: { start: number; end: number; text: string }) => ({ start: e.start, end: e.end, text: e.text });
          const at = (w: string) => ({ start: TEXT.indexOf(w), end: TEXT.indexOf(w) + w.length, text: w });
          body.relations = [
            {
              type: 'MEET',
              cameo: '040',
              trigger: at('bertemu'),
              participants: per.slice(0, 2).map(span),
              place: at('Seri Perdana'),
              time: { ...at('semalam'), value: '2025-01-14' },
              modality: 'asserted',
            },
            {
              type: 'STATEMENT',
              act: 'SAY',
              cameo: '010',
              trigger: at('kata'),
              speaker: span(per.find((e) => e.text === 'Anwar') ?? per[0]!),
              speaker_via: 'name',
              content: at('Malaysia komited untuk memperkukuh hubungan dengan Jakarta'),
            },
          ];
        }
        await route.fulfill({ response: res, json: body });
      });
      await page.goto(`${s.base}/`);
      await page.fill('#text', TEXT);
      await page.click('#go');
      await page.waitForSelector('body[data-state="done"]');
      const meetings = await page.$$eval('#meetings li', (ls) => ls.map((l) => l.textContent ?? ''));
      const statements = await page.$$eval('#statements li', (ls) => ls.map((l) => l.textContent ?? ''));
      expect(meetings.length).toBeGreaterThan(0);
      expect(statements.length).toBeGreaterThan(0);
      expect(meetings.join('\n')).toMatch(/Anwar Ibrahim ↔ Prabowo Subianto — “bertemu”/);
      expect(statements.join('\n')).toMatch(/Anwar SAY 010: “Malaysia komited/);
      await page.screenshot({ path: join(ARTIFACTS, 'demo-page-relations.png'), fullPage: true });
      await page.close();
    });

    it('shows the service error when the request is refused', async () => {
      const page = await browser.newPage();
      await page.goto(`${s.base}/`);
      await page.fill('#text', '');
      await page.click('#go');
      await page.waitForSelector('#status.error');
      expect(await page.textContent('#status')).toBe('Error 400 E_VALIDATION: body/text must NOT have fewer than 1 characters');
      await page.close();
    });
  },
);
