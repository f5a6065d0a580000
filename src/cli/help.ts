/**
 * The help texts: the list of commands, and each command's usage, options and examples.
 *
 * @module
 */
import type { OptionSpec } from './args.js';
import type { Style } from './color.js';
import type { Command } from './command.js';

/** The options every command accepts. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'lang', value: '<vi|en>', choices: ['vi', 'en'], help: 'the language of the output (default vi)' },
  { name: 'json', help: 'one JSON document for scripts, instants in ISO 8601' },
  { name: 'help', short: 'h', help: 'this help' },
];

const INPUTS = [
  'Instants: 2026-03-13T20:00, "2026-03-13 20:00", "13/03/2026 20:00" (wall-clock time in Asia/Ho_Chi_Minh,',
  '  or the --zone), 2026-03-13T13:00Z or +07:00 offsets, or now. Days: 2026-03-13, 13/3/2026, today.',
  'Durations: 8h, 30m, 1h30m, 90m, 0, -2h.',
];
const EXIT = 'Exit status: 0 done, 1 invalid data (a WorktimeError code), 2 usage error, 70 internal error.';

const WIDTH = 100;

/** A paragraph as lines of at most `width` characters, broken at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function optionLines(options: readonly OptionSpec[]): string[] {
  const heads = options.map((o) => {
    const names = [...(o.short === undefined ? [] : [`-${o.short}`]), `--${o.name}`, ...(o.aliases ?? []).map((a) => `--${a}`)].join(', ');
    return o.value === undefined ? names : `${names} ${o.value}`;
  });
  const width = Math.max(...heads.map((h) => h.length));
  return options.map((o, i) => `  ${(heads[i] ?? '').padEnd(width)}  ${o.help}`);
}

function exampleLines(examples: Command['examples'], style: Style): string[] {
  return examples.flatMap(([line, comment]) => [`  ${style.dim(`# ${comment}`)}`, `  ${line}`]);
}

/** `vn-worktime --help`. */
export function mainHelp(commands: readonly Command[], version: string, style: Style): string {
  const heads = commands.map((c) => `${c.name} ${c.synopsis.split(' --')[0] ?? ''}`.trim());
  const width = Math.max(...heads.map((h) => h.length));
  return [
    `${style.bold('vn-worktime')} ${version}: working time and deadlines of Vietnamese administrative procedures (TTHC)`,
    '',
    `${style.bold('Usage:')} vn-worktime <command> [arguments] [options]`,
    '',
    style.bold('Commands:'),
    ...commands.map((c, i) => `  ${(heads[i] ?? '').padEnd(width)}  ${c.summary}`),
    `  ${'help <command>'.padEnd(width)}  the help of a command (also: vn-worktime <command> --help)`,
    '',
    style.bold('Options of every command:'),
    ...optionLines([...GLOBAL_OPTIONS, { name: 'version', short: 'V', help: 'the version of vn-worktime' }]),
    '',
    ...INPUTS,
    'Output: as Vietnamese users read dates (Thứ Ba, 17/03/2026 08:00) with the legal basis; colour on a',
    '  terminal unless NO_COLOR is set (FORCE_COLOR forces it).',
    EXIT,
    '',
    style.bold('Examples:'),
    ...exampleLines(
      [
        ['vn-worktime intake 2026-03-13T20:00', 'submitted online on Friday evening: accept or refuse by Thứ Ba, 17/03/2026 08:00'],
        ['vn-worktime deadline 2026-02-13T16:30 --days 5', '5 working days over Tết Bính Ngọ'],
        ['vn-worktime lunar 2026-02-17', 'mùng 1 Tết: 1/1/2026 (Bính Ngọ)'],
        ['vn-worktime batch dossiers.csv --now 2026-03-02T09:00', 'a whole register, with the late rate'],
      ],
      style,
    ),
    '',
  ].join('\n');
}

/** `vn-worktime <command> --help`. */
export function commandHelp(command: Command, style: Style): string {
  return [
    `${style.bold('Usage:')} vn-worktime ${command.name} ${command.synopsis} [options]`,
    '',
    ...command.description.flatMap((p) => [...wrap(p, WIDTH), '']),
    style.bold('Options:'),
    ...optionLines([...command.options, ...GLOBAL_OPTIONS]),
    '',
    style.bold('Examples:'),
    ...exampleLines(command.examples, style),
    '',
  ].join('\n');
}
