/**
 * `vn-worktime calendar <year>`: each format, the languages, colour, and every error in
 * Vietnamese and English, naming what was typed (as messages.test.ts does for the other commands).
 */
import { describe, expect, test } from 'vitest';
import { calendarHtml } from '../../src/cli/calendarPage/html.js';
import { calendarSvg } from '../../src/cli/calendarPage/svg.js';
import { yearPage } from '../../src/cli/calendarPage/yearData.js';
import { runCli, spawnCli } from '../support/cli.js';

const ESC = '\u001b[';

describe('calendar: the formats', () => {
  test('html by default: the page of the year, in Vietnamese or English', async () => {
    const vi = await runCli(['calendar', '2026']);
    expect(vi).toEqual({ code: 0, stdout: calendarHtml(yearPage(2026), 'vi'), stderr: '' });
    const en = await runCli(['calendar', '2026', '--format', 'html', '--lang', 'en']);
    expect(en.stdout).toBe(calendarHtml(yearPage(2026), 'en'));
    // Never coloured, even on a terminal.
    expect((await runCli(['calendar', '2026'], { stdoutIsTTY: true })).stdout).not.toContain(ESC);
  });

  test('svg', async () => {
    const r = await runCli(['calendar', '2027', '--format', 'svg', '--lang', 'en']);
    expect(r).toEqual({ code: 0, stdout: calendarSvg(yearPage(2027), 'en'), stderr: '' });
  });

  test('text: the grid, coloured on a terminal only', async () => {
    const r = await runCli(['calendar', '2026', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('19  20  21  22  23  24  25   16* 17* 18* 19* 20* 21  22');
    expect(r.stdout).toContain('  17/02 *  Tết Nguyên Đán (mùng 1 tháng Giêng) — nghỉ lễ, Tết');
    expect(r.stdout).not.toContain(ESC);
    expect((await runCli(['calendar', '2026', '--format', 'text'], { stdoutIsTTY: true })).stdout).toContain(`${ESC}31m17*${ESC}39m`);
    expect((await runCli(['calendar', '2026', '--format', 'text'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(['calendar', '2026', '--format', 'text'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    const en = await runCli(['calendar', '2027', '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toContain('Provisional (2027 not announced yet)');
    expect(en.stdout).toContain(' 4?  5?  6?  7?');
  });

  test('--json: the data of every day', async () => {
    const r = await runCli(['calendar', '2026', '--json']);
    const page = JSON.parse(r.stdout) as ReturnType<typeof yearPage>;
    expect(page).toEqual(JSON.parse(JSON.stringify(yearPage(2026))));
    expect(page.months.flat().find((d) => d.date === '2026-01-10')?.kind).toBe('worked');
  });

  test('the built command writes the whole page', async () => {
    const r = await spawnCli(['calendar', '2026', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(calendarHtml(yearPage(2026), 'en'));
  });
});

/** argv, exit status, code, a piece of the Vietnamese message, a piece of the English one. */
const ERRORS: Array<[argv: string[], status: number, code: string, vi: string, en: string]> = [
  [['calendar'], 2, 'MISSING_ARGUMENT', 'thiếu <year>: vn-worktime calendar <year>', 'expected <year>: vn-worktime calendar <year>'],
  [['calendar', 'năm-nay'], 1, 'INVALID_YEAR', '<year> "năm-nay" không phải là một năm: hãy viết như 2026', '<year> "năm-nay" is not a year: write it like 2026'],
  [['calendar', '2026.5'], 1, 'INVALID_YEAR', '<year> "2026.5" không phải là một năm', '<year> "2026.5" is not a year'],
  [['calendar', '-2026'], 1, 'INVALID_YEAR', '<year> "-2026" không phải là một năm', '<year> "-2026" is not a year'],
  [['calendar', '2200'], 1, 'OUT_OF_RANGE', '<year> "2200" nằm ngoài phạm vi', '<year> "2200" is outside'],
  [['calendar', '1899'], 1, 'OUT_OF_RANGE', '<year> "1899" nằm ngoài phạm vi', '<year> "1899" is outside'],
  [['calendar', '2026', '--format', 'pdf'], 2, 'INVALID_CHOICE', '--format "pdf" không phải là html hay svg hay text', '--format "pdf" is not html or svg or text'],
  [['calendar', '2026', '--format'], 2, 'MISSING_VALUE', 'thiếu giá trị sau --format', 'expected a value after --format'],
  [['calendar', '2026', '--json', '--format', 'svg'], 2, 'CONFLICTING_OPTIONS', 'chỉ dùng --json hoặc --format svg', 'expected either --json or --format svg'],
  [['calendar', '2026', '2027'], 2, 'TOO_MANY_ARGUMENTS', 'thừa đối số "2027"', 'unexpected argument "2027"'],
  [['calendar', '2026', '--fromat', 'svg'], 2, 'UNKNOWN_OPTION', 'có phải ý bạn là --format?', 'did you mean --format?'],
  [['calender', '2026'], 2, 'UNKNOWN_COMMAND', 'có phải ý bạn là calendar?', 'did you mean calendar?'],
];

describe('calendar: every error, in Vietnamese and in English', () => {
  test.each(ERRORS)('%j → %i %s', async (argv, status, code, vi, en) => {
    for (const [lang, extra, piece] of [
      ['vi', [], vi],
      ['en', ['--lang', 'en'], en],
    ] as const) {
      const r = await runCli([...argv, ...extra]);
      const line = r.stderr.trimEnd();
      expect(r.code, `${lang}: ${line}`).toBe(status);
      expect(r.stdout, lang).toBe('');
      expect(line.split('\n'), lang).toHaveLength(1);
      expect(line, lang).toMatch(new RegExp(`^vn-worktime: ${code}: `));
      expect(line, lang).toContain(piece);
      expect(line, lang).not.toContain('`');
    }
  });
});

describe('calendar: help', () => {
  test('in the list of commands and on its own, in both languages', async () => {
    const main = (await runCli(['--help'])).stdout;
    expect(main).toMatch(/\n {2}calendar <year> +lịch cả năm để in/);
    expect(main).toContain('vn-worktime calendar 2026 > lich-2026.html');
    expect((await runCli(['--help', '--lang', 'en'])).stdout).toMatch(/\n {2}calendar <year> +a printable calendar of the year/);
    const vi = (await runCli(['calendar', '--help'])).stdout;
    expect(vi).toContain('Cách dùng: vn-worktime calendar <year> [tùy chọn]');
    expect(vi).toContain('--format <html|svg|text>  html (mặc định), svg, hoặc text cho terminal');
    const en = (await runCli(['help', 'calendar', '--lang', 'en'])).stdout;
    expect(en).toContain('Usage: vn-worktime calendar <year> [options]');
    expect(en).toContain('vn-worktime calendar 2027 --format svg --lang en > calendar-2027.svg');
  });
});
