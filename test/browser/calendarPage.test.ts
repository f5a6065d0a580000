/**
 * `vn-worktime calendar` in a real browser: headless Chromium (Debian's, at /usr/bin/chromium)
 * driven by playwright-core loads the HTML page and the SVG image from files, and the test checks
 * what a reader sees — twelve month tables, the day cells, the colours and names of days off, the
 * worked Saturday, the weekends, the provisional days of 2027, the legend — and that nothing is
 * fetched. Screenshots are kept in test-output/calendar/.
 *
 * Without Chromium the tests are skipped, with a message; under CI (CI=true) they run and fail:
 * .ci/run installs Chromium first.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COLORS, calendarHtml } from '../../src/cli/calendarPage/html.js';
import { calendarSvg } from '../../src/cli/calendarPage/svg.js';
import { yearPage } from '../../src/cli/calendarPage/yearData.js';

// The functions given to evaluate() run in the page; the project's types have no DOM, so the few
// browser names they use are declared here, for this file only.
interface PageElement {
  readonly textContent: string | null;
  readonly cellIndex: number;
  getBoundingClientRect(): { width: number; height: number; left: number };
  querySelectorAll(selector: string): { length: number };
}
declare const document: { documentElement: PageElement & { lang: string; namespaceURI: string | null } };
declare function getComputedStyle(element: unknown): Record<'backgroundColor' | 'color' | 'outlineStyle' | 'borderTopStyle' | 'fill' | 'strokeDasharray', string>;

const CHROMIUM = '/usr/bin/chromium';
const CI = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false' && process.env['CI'] !== '0';
const missing = !existsSync(CHROMIUM);
const skip = missing && !CI;
if (skip) console.warn(`calendar browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium); under CI=true they fail instead`);

const OUTPUT = join(import.meta.dirname, '..', '..', 'test-output', 'calendar');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TIMEOUT = 180_000;

/** `#f8cfc8` → `rgb(248, 207, 200)`, as getComputedStyle reports it. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

let context: BrowserContext;
let profile: string;
let files: string;

/** Writes `text` to a file and opens it; returns the page and every URL it requested. */
async function open(name: string, text: string): Promise<{ page: Page; requests: string[] }> {
  const file = join(files, name);
  writeFileSync(file, text);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${file}`);
  return { page, requests };
}

// Under CI a missing browser is a failure, never a silent pass.
test.runIf(CI)(`CI has Chromium at ${CHROMIUM}`, () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs Debian's chromium before the tests`).toBe(true);
});

describe.skipIf(skip)(`the calendar page in headless Chromium (${CHROMIUM})`, () => {
  beforeAll(async () => {
    if (missing) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (.ci/run does, with apt-get install chromium)`);
    mkdirSync(OUTPUT, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'vn-worktime-chromium-'));
    files = mkdtempSync(join(tmpdir(), 'vn-worktime-calendar-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 900 }, offline: true });
  }, TIMEOUT);

  afterAll(async () => {
    await context?.close();
    for (const dir of [profile, files]) if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);

  test(
    '2026 in Vietnamese: twelve months, the days, Tết and the worked Saturday as a reader sees them',
    async () => {
      const { page, requests } = await open('lich-2026.html', calendarHtml(yearPage(2026), 'vi'));
      expect(requests).toHaveLength(1); // the file itself: no font, image, style or script fetched
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      expect(await page.title()).toBe('Lịch năm 2026 (Bính Ngọ)');
      expect(await page.locator('script').count()).toBe(0);

      // Twelve month tables, each with its caption, seven column heads and one cell per day.
      const tables = page.getByRole('table');
      await expect.poll(() => tables.count()).toBe(12);
      expect(await page.locator('caption').allInnerTexts()).toEqual(Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`));
      const perMonth = await page.locator('table').evaluateAll((ts) => ts.map((t) => (t as unknown as PageElement).querySelectorAll('td[data-date]').length));
      expect(perMonth).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
      expect(await page.locator('thead th').count()).toBe(84);
      expect(await page.getByRole('table', { name: 'Tháng 2' }).getByRole('columnheader').allInnerTexts()).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);

      // Tết: 17/02 shows its name and marker on the day-off colour, in the Tuesday column.
      const tet = page.locator('td[data-date="2026-02-17"]');
      await expect.poll(() => tet.isVisible()).toBe(true);
      const tetText = await tet.innerText();
      expect(tetText).toContain('17');
      expect(tetText).toContain('★');
      expect(tetText).toContain('Tết Nguyên Đán');
      expect(tetText).toContain('1/1'); // mùng 1 tháng Giêng, the lunar date
      expect(((await tet.locator('.name').boundingBox())?.height ?? 0) > 5).toBe(true);
      const style = (selector: string, property: 'backgroundColor' | 'color' | 'outlineStyle') =>
        page.locator(selector).evaluate((el, p) => getComputedStyle(el)[p], property);
      expect(await style('td[data-date="2026-02-17"]', 'backgroundColor')).toBe(rgb(COLORS.statutory[0]));
      expect(await style('td[data-date="2026-02-17"]', 'color')).toBe(rgb(COLORS.statutory[1]));
      expect(await style('td[data-date="2026-02-10"]', 'backgroundColor')).toBe('rgba(0, 0, 0, 0)'); // an ordinary Tuesday
      expect(await tet.evaluate((td) => (td as unknown as PageElement).cellIndex)).toBe(1);
      // Its full name in the list under February.
      await expect.poll(() => page.locator('section[data-month="2"] li[data-date="2026-02-17"]').innerText()).toBe('17/02 ★ Tết Nguyên Đán (mùng 1 tháng Giêng)');
      expect(await page.locator('section[data-month="2"] li').count()).toBe(5);

      // The worked Saturday 10/01 (làm bù for Friday 02/01), and the swapped Friday itself.
      const worked = page.locator('td[data-date="2026-01-10"]');
      expect(await worked.evaluate((td) => (td as unknown as PageElement).cellIndex)).toBe(5); // the T7 column
      expect(await worked.innerText()).toContain('●');
      expect(await worked.innerText()).toContain('Làm bù');
      expect(await style('td[data-date="2026-01-10"]', 'backgroundColor')).toBe(rgb(COLORS.worked[0]));
      expect(await page.locator('li[data-date="2026-01-10"]').innerText()).toContain('Làm bù cho thứ Sáu 02/01/2026 (dịp Tết Dương lịch)');
      expect(await page.locator('td[data-date="2026-01-02"]').innerText()).toContain('⇄');
      expect(await style('td[data-date="2026-01-02"]', 'backgroundColor')).toBe(rgb(COLORS.swap[0]));
      // A compensatory day, and a holiday on a Sunday.
      expect(await page.locator('td[data-date="2026-04-27"]').innerText()).toContain('◆');
      expect(await style('td[data-date="2026-04-27"]', 'backgroundColor')).toBe(rgb(COLORS.compensatory[0]));
      expect(await style('td[data-date="2026-04-26"]', 'backgroundColor')).toBe(rgb(COLORS.statutory[0]));

      // Weekends: their own colour, in the T7 and CN columns; the column heads say so too.
      const weekends = await page.locator('td[data-kind="weekend"]').evaluateAll((tds) => tds.map((td) => [(td as unknown as PageElement).cellIndex, getComputedStyle(td).backgroundColor]));
      expect(weekends.length).toBe(104 - 3); // 2026 has 104 weekend days; 10/01 and 22/08 are worked, 26/04 is a holiday
      expect(new Set(weekends.map(([i]) => i))).toEqual(new Set([5, 6]));
      expect(new Set(weekends.map(([, bg]) => bg))).toEqual(new Set([rgb(COLORS.weekend[0])]));
      const heads = await page.locator('thead th').evaluateAll((ths) => ths.map((th) => `${(th as unknown as PageElement).textContent} ${getComputedStyle(th).color}`));
      expect(new Set(heads.filter((h) => /^(T7|CN) /.test(h)))).toEqual(new Set([`T7 ${rgb(COLORS.weekend[1])}`, `CN ${rgb(COLORS.weekend[1])}`]));
      expect(heads.filter((h) => h.endsWith(rgb(COLORS.weekend[1])))).toHaveLength(24);

      // Header, legend and sources.
      expect(await page.locator('header').innerText()).toContain('Lịch nghỉ chính thức.');
      const legend = page.locator('.legend');
      expect(await legend.isVisible()).toBe(true);
      const legendText = await legend.innerText();
      for (const words of ['Chú giải', '★', 'Nghỉ lễ, Tết', '◆', 'Nghỉ bù', '⇄', 'Nghỉ hoán đổi', '●', 'Làm bù', 'Thứ Bảy, Chủ Nhật', 'ngày âm lịch']) expect(legendText).toContain(words);
      expect(legendText).not.toContain('Tạm tính');
      expect(await page.locator('.sources').innerText()).toContain('Thông báo 9441/TB-BNV (16/10/2025)');

      await page.screenshot({ path: join(OUTPUT, 'calendar-2026-vi.png'), fullPage: true, timeout: TIMEOUT });
      expect(statSync(join(OUTPUT, 'calendar-2026-vi.png')).size).toBeGreaterThan(50_000);

      // Printed: A4 pages, two months across, the colours kept.
      await page.emulateMedia({ media: 'print' });
      const lefts = await page.locator('section.month').evaluateAll((ss) => [...new Set(ss.map((s) => Math.round((s as unknown as PageElement).getBoundingClientRect().left)))]);
      expect(lefts).toHaveLength(2);
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      // A4 is 595.28 × 841.89 points; Chromium rounds the page to whole pixels.
      const box = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
      expect(Math.abs(Number(box?.[1]) - 595.28)).toBeLessThan(2);
      expect(Math.abs(Number(box?.[2]) - 841.89)).toBeLessThan(2);
      await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
      await page.screenshot({ path: join(OUTPUT, 'calendar-2026-vi-print.png'), fullPage: true, timeout: TIMEOUT });
      await page.close();
    },
    TIMEOUT,
  );

  test(
    '2026 in English',
    async () => {
      const { page } = await open('calendar-2026-en.html', calendarHtml(yearPage(2026), 'en'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.locator('caption').first().innerText()).toBe('January');
      expect(await page.locator('caption').count()).toBe(12);
      expect(await page.getByRole('table', { name: 'January' }).getByRole('columnheader').allInnerTexts()).toEqual(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
      const tet = page.locator('td[data-date="2026-02-17"]');
      expect(await tet.innerText()).toContain('Lunar New Year');
      expect(await tet.getAttribute('title')).toBe('Lunar New Year (Tết), 1st day of the 1st lunar month');
      expect(await tet.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe(rgb(COLORS.statutory[0]));
      expect(await page.locator('td[data-date="2026-01-10"]').innerText()).toContain('Working day in exchange for Friday 2026-01-02');
      expect(await page.locator('.legend').innerText()).toContain('Worked weekend day (làm bù)');
      expect(await page.locator('.status').innerText()).toBe('Official schedule.');
      await page.close();
    },
    TIMEOUT,
  );

  test(
    '2027, not announced yet: provisional days outlined and marked ?, the reason, a legend entry',
    async () => {
      const { page } = await open('calendar-2027-en.html', calendarHtml(yearPage(2027), 'en'));
      const status = page.locator('.status');
      expect(await status.innerText()).toMatch(/^Provisional \(2027 not announced yet\): Tết and the day next to National Day are derived/);
      expect(await status.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
      const provisional = page.locator('td.provisional');
      const days = yearPage(2027).months.flat();
      expect(await provisional.count()).toBe(days.filter((d) => d.provisional).length);
      expect(await provisional.count()).toBeGreaterThan(10);
      const eve = page.locator('td[data-date="2027-02-05"]');
      expect(await eve.innerText()).toContain('★?');
      expect(await eve.innerText()).toContain('Lunar New Year');
      expect(await eve.evaluate((td) => getComputedStyle(td).outlineStyle)).toBe('dashed');
      expect(await eve.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe(rgb(COLORS.statutory[0]));
      expect(await page.locator('li[data-date="2027-02-05"]').innerText()).toContain('(provisional)');
      // Ordinary days are not marked.
      expect(await page.locator('td[data-date="2027-02-11"]').evaluate((td) => getComputedStyle(td).outlineStyle)).toBe('none');
      const entry = page.locator('.legend li[data-kind="provisional"]');
      expect(await entry.isVisible()).toBe(true);
      expect(await entry.innerText()).toContain('Provisional: no official schedule yet, may change');
      expect(await page.locator('.sources').innerText()).toContain('lịch tạm tính (provisional)');
      await page.screenshot({ path: join(OUTPUT, 'calendar-2027-en.png'), fullPage: true, timeout: TIMEOUT });
      await page.close();
    },
    TIMEOUT,
  );

  test(
    'the SVG image: a standalone document with the same days, colours and names',
    async () => {
      for (const [year, lang] of [
        [2026, 'vi'],
        [2027, 'en'],
      ] as const) {
        const name = `calendar-${year}-${lang}.svg`;
        const { page, requests } = await open(name, calendarSvg(yearPage(year), lang));
        expect(requests).toHaveLength(1);
        expect(await page.evaluate(() => document.documentElement.namespaceURI)).toBe('http://www.w3.org/2000/svg');
        expect(await page.locator('g.month').count()).toBe(12);
        expect(await page.locator('g.day').count()).toBe(365);
        const size = await page.evaluate(() => {
          const box = document.documentElement.getBoundingClientRect();
          return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
        });
        expect(size.width).toBe(1000);
        const fill = (date: string) => page.locator(`g[data-date="${date}"] rect`).evaluate((r) => getComputedStyle(r).fill);
        if (year === 2026) {
          expect(await page.locator('g[data-date="2026-02-17"] title').textContent()).toBe('Tết Nguyên Đán (mùng 1 tháng Giêng) (nghỉ lễ, Tết)');
          expect(await page.locator('g[data-date="2026-02-17"]').textContent()).toContain('★');
          expect(await fill('2026-02-17')).toBe(rgb(COLORS.statutory[0]));
          expect(await fill('2026-01-10')).toBe(rgb(COLORS.worked[0]));
          expect(await fill('2026-01-03')).toBe(rgb(COLORS.weekend[0]));
          expect(await fill('2026-01-05')).toBe('rgb(255, 255, 255)');
          expect(await page.locator('g[data-month="1"] text.named').allTextContents()).toContain('10/01 ● Làm bù cho thứ Sáu 02/01/2026 (dịp Tết Dương lịch)');
        } else {
          expect(await page.locator('g.day.provisional').count()).toBeGreaterThan(10);
          expect(await page.locator('g[data-date="2027-02-05"] rect').evaluate((r) => getComputedStyle(r).strokeDasharray)).toMatch(/^4(px)?,? 2(px)?$/);
          expect(await page.locator('g[data-date="2027-02-05"]').textContent()).toContain('★?');
          expect(await page.locator('text.status').textContent()).toContain('Provisional (2027 not announced yet)');
        }
        expect(await page.locator('g.legend-entry').count()).toBe(year === 2027 ? 7 : 6);
        // A full-page screenshot of an SVG document never settles in Chromium: size the viewport to the image.
        await page.setViewportSize(size);
        const png = join(OUTPUT, `${name}.png`);
        await page.screenshot({ path: png, timeout: TIMEOUT });
        expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
        await page.close();
      }
    },
    TIMEOUT,
  );
});
