// kenal render, checked in headless Chromium: the page's DOM, the hover text, a screenshot.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, CHROMIUM, hasChromium, launchChromium } from '../support/chromium.js';
import { kenal, scratch } from './helpers.js';

const dir = scratch();
const DEMO = 'examples/demo/berita.txt';

// the page's globals, as the callbacks below use them inside the browser (the tests have no DOM types)
declare const getComputedStyle: (e: unknown, pseudo?: string) => { content: string; backgroundColor: string };

describe('kenal render', () => {
  it('writes one self-contained page for a text file', () => {
    const r = kenal(['render', DEMO, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('<!doctype html>')).toBe(true);
    expect(r.out).toContain('<mark class="ent');
  });

  it('reads plain text on standard input', () => {
    const r = kenal(['render', '--quiet'], 'Anwar Ibrahim bertemu Prabowo Subianto di Jakarta.');
    expect(r.out).toContain('<mark class="ent PER"');
  });

  it('prints its help', () => {
    const r = kenal(['render', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--title/);
  });
});

describe.skipIf(!hasChromium)(
  `kenal render in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} is not installed; apt-get install chromium)`}`,
  () => {
    let browser: BrowserContext;
    let page: Page;
    let chrome: Browser | undefined;
    const html = join(dir, 'berita.html');
    const results = join(dir, 'berita.jsonl');

    beforeAll(async () => {
      expect(kenal(['render', DEMO, '--out', html, '--quiet']).code).toBe(0);
      writeFileSync(results, kenal(['extract', DEMO, '--quiet']).out);
      chrome = await launchChromium({ width: 1000, height: 900 });
      browser = chrome.context;
      page = await browser.newPage();
      await page.goto(pathToFileURL(html).href);
    }, 60_000);

    afterAll(async () => {
      await chrome?.close();
    });

    it('shows one highlighted mark per entity, with its label', async () => {
      const expected = (JSON.parse(readFileSync(results, 'utf8')) as { entities: { text: string; label: string }[] }).entities;
      const marks = await page.$$eval('mark.ent', (ms) =>
        ms.map((m) => ({
          label: m.getAttribute('data-label'),
          text: m.firstChild?.textContent,
          tag: m.querySelector('.lbl')?.textContent,
        })),
      );
      expect(marks.map((m) => [m.text, m.label])).toEqual(expected.map((e) => [e.text, e.label]));
      expect(marks.every((m) => m.tag === m.label)).toBe(true);
    });

    it('gives each label its own background colour', async () => {
      const colours = await page.$$eval('mark.ent', (ms) =>
        Object.fromEntries(ms.map((m) => [m.getAttribute('data-label'), getComputedStyle(m).backgroundColor])),
      );
      expect(new Set(Object.values(colours)).size).toBe(Object.keys(colours).length);
    });

    it('shows the canonical name and kb id on hover', async () => {
      const mark = page.locator('mark.ent[data-kb]').first();
      const tip = await mark.getAttribute('data-tip');
      await mark.hover();
      const after = await mark.evaluate((m) => getComputedStyle(m, '::after').content);
      expect(after).toBe(JSON.stringify(tip));
      expect(tip).toContain((await mark.getAttribute('data-canonical'))!);
      expect(tip).toContain((await mark.getAttribute('data-kb'))!);
    });

    it('keeps the document text readable in the page', async () => {
      const text = await page.$eval('.text', (d) => (d as unknown as { textContent: string }).textContent);
      expect(text).toContain('bertemu dengan Presiden');
    });

    it('renders to a non-blank screenshot', async () => {
      const png = await page.screenshot({ fullPage: true });
      writeFileSync(join(dir, 'berita.png'), png);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(20_000);
    });
  },
);
