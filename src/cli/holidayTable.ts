/**
 * Days off as a table on a terminal: the day as Vietnamese users read it, the name, the kind,
 * and the legal source as a numbered note (the days of Tết share one).
 *
 * @module
 */
import type { OptionSpec } from './args.js';
import type { Style } from './color.js';
import { UsageError } from './errors.js';
import { msg } from './messages.js';
import type { CommandContext } from './command.js';
import { toICS } from '../vietnam/ics.js';
import { dayText, jsonLine, pick } from './text.js';
import type { Lang } from './text.js';

/** One row: a day, its name in both languages, its kind and its source. */
export interface DayRow {
  readonly date: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly kind: 'statutory' | 'compensatory' | 'swap' | 'workday';
  readonly source?: string | undefined;
}

const KINDS: Record<DayRow['kind'], { vi: string; en: string }> = {
  statutory: { vi: 'nghỉ lễ', en: 'holiday' },
  compensatory: { vi: 'nghỉ bù', en: 'compensatory' },
  swap: { vi: 'hoán đổi', en: 'swapped' },
  workday: { vi: 'làm bù', en: 'worked' },
};

/** The `--format` option of `holidays` and `schedule`. */
export const FORMAT_OPTION: OptionSpec = { name: 'format', value: '<table|json|ics>', choices: ['table', 'json', 'ics'], help: msg('bảng (mặc định), json, hoặc tệp iCalendar (ics)', 'table (default), json, or an iCalendar file (ics)') };

/** `--format`, with `--json` as `--format json`. */
export function formatOf(ctx: CommandContext): 'table' | 'json' | 'ics' {
  const format = ctx.args.string('format') as 'table' | 'json' | 'ics' | undefined;
  if (ctx.json && format !== undefined && format !== 'json') throw new UsageError('CONFLICTING_OPTIONS', msg(`chỉ dùng --json hoặc --format ${format}, không dùng cả hai`, `expected either --json or --format ${format}, not both`));
  return ctx.json ? 'json' : (format ?? 'table');
}

/**
 * Writes the days as JSON or as an iCalendar file when `format` asks for one and says so; `false`
 * for `table`, which each command prints in its own way.
 */
export function writeExport(ctx: CommandContext, format: 'table' | 'json' | 'ics', days: Parameters<typeof toICS>[0], provisional?: boolean): boolean {
  if (format === 'json') ctx.print(jsonLine(days));
  else if (format === 'ics') ctx.io.stdout.write(toICS(days, { lang: ctx.lang, ...(provisional !== undefined && { provisional }) }));
  return format !== 'table';
}

/** The numbered sources of some rows, in order of first use. */
export class Notes {
  private readonly numbers = new Map<string, number>();

  /** `[n]` for a source (empty for none). */
  mark(source: string | undefined): string {
    if (source === undefined) return '';
    let n = this.numbers.get(source);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(source, n);
    }
    return `[${n}]`;
  }

  /** The notes, one line each. */
  lines(lang: Lang, style: Style): string[] {
    if (this.numbers.size === 0) return [];
    return ['', style.bold(pick(lang, 'Căn cứ:', 'Sources:')), ...[...this.numbers].map(([source, n]) => style.dim(`  [${n}] ${source}`))];
  }
}

/** The rows as aligned lines: `  Thứ Năm, 01/01/2026  Tết Dương lịch  nghỉ lễ [1]`. */
export function dayLines(rows: readonly DayRow[], lang: Lang, style: Style, notes: Notes): string[] {
  const days = rows.map((r) => dayText(r.date, lang));
  const names = rows.map((r) => r.name[lang]);
  const dayWidth = Math.max(0, ...days.map((d) => d.length));
  const nameWidth = Math.max(0, ...names.map((n) => n.length));
  return rows.map((r, i) => {
    const kind = KINDS[r.kind][lang];
    return `  ${(days[i] ?? '').padEnd(dayWidth)}  ${style.bold((names[i] ?? '').padEnd(nameWidth))}  ${style.dim(`${kind} ${notes.mark(r.source)}`.trim())}`;
  });
}
