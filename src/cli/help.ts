/**
 * The help texts: the list of commands, and each command's usage, options and examples.
 *
 * @module
 */
import type { OptionSpec } from './args.js';
import type { Style } from './color.js';
import type { Command } from './command.js';
import { msg } from './messages.js';
import type { Msg } from './messages.js';
import type { Lang } from './text.js';

/** The options every command accepts. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'lang', value: '<vi|en>', choices: ['vi', 'en'], help: msg('ngôn ngữ của kết quả và thông báo lỗi (mặc định vi)', 'the language of the output and of errors (default vi)') },
  { name: 'json', help: msg('một tài liệu JSON cho chương trình, thời điểm theo ISO 8601', 'one JSON document for scripts, instants in ISO 8601') },
  { name: 'help', short: 'h', help: msg('trợ giúp này', 'this help') },
];

const INPUTS: Msg[] = [
  msg(
    'Thời điểm: 2026-03-13T20:00, "2026-03-13 20:00", "13/03/2026 20:00" (giờ tại Asia/Ho_Chi_Minh, hoặc theo --zone), độ lệch như 2026-03-13T13:00Z hay +07:00, hoặc now. Ngày: 2026-03-13, 13/3/2026, today.',
    'Instants: 2026-03-13T20:00, "2026-03-13 20:00", "13/03/2026 20:00" (wall-clock time in Asia/Ho_Chi_Minh, or the --zone), 2026-03-13T13:00Z or +07:00 offsets, or now. Days: 2026-03-13, 13/3/2026, today.',
  ),
  msg(
    'Một ngày không kèm giờ ở chỗ cần thời điểm là 00:00 đầu ngày đó; riêng hạn giải quyết (status <deadline>, cột deadline của batch) là hết giờ làm việc ngày đó. Kết quả có ghi chú khi đọc như vậy.',
    'A day without a time where an instant is read means 00:00 of that day; a deadline (status <deadline>, batch\'s deadline column) means the close of working hours that day. The output notes each such reading.',
  ),
  msg('Khoảng thời gian: 8h, 30m, 1h30m, 90m, 0, -2h.', 'Durations: 8h, 30m, 1h30m, 90m, 0, -2h.'),
];
const EXIT = msg(
  'Mã thoát: 0 xong, 1 dữ liệu không hợp lệ, 2 dùng sai lệnh, 70 lỗi nội bộ.',
  'Exit status: 0 done, 1 invalid data, 2 usage error, 70 internal error.',
);

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

function optionLines(options: readonly OptionSpec[], lang: Lang): string[] {
  const heads = options.map((o) => {
    const names = [...(o.short === undefined ? [] : [`-${o.short}`]), `--${o.name}`, ...(o.aliases ?? []).map((a) => `--${a}`)].join(', ');
    return o.value === undefined ? names : `${names} ${o.value}`;
  });
  const width = Math.max(...heads.map((h) => h.length));
  return options.map((o, i) => `  ${(heads[i] ?? '').padEnd(width)}  ${o.help[lang]}`);
}

function exampleLines(examples: Command['examples'], style: Style, lang: Lang): string[] {
  return examples.flatMap(([line, comment]) => [`  ${style.dim(`# ${comment[lang]}`)}`, `  ${line}`]);
}

/** `vn-worktime --help`. */
export function mainHelp(commands: readonly Command[], version: string, style: Style, lang: Lang): string {
  const heads = commands.map((c) => `${c.name} ${c.synopsis.split(' --')[0] ?? ''}`.trim());
  const width = Math.max(...heads.map((h) => h.length));
  const t = (vi: string, en: string): string => (lang === 'vi' ? vi : en);
  return [
    `${style.bold('vn-worktime')} ${version}: ${t('thời gian làm việc và thời hạn của thủ tục hành chính (TTHC)', 'working time and deadlines of Vietnamese administrative procedures (TTHC)')}`,
    '',
    `${style.bold(t('Cách dùng:', 'Usage:'))} vn-worktime <${t('lệnh', 'command')}> [${t('đối số', 'arguments')}] [${t('tùy chọn', 'options')}]`,
    '',
    style.bold(t('Các lệnh:', 'Commands:')),
    ...commands.map((c, i) => `  ${(heads[i] ?? '').padEnd(width)}  ${c.summary[lang]}`),
    `  ${'help <command>'.padEnd(width)}  ${t('trợ giúp của một lệnh (cũng như: vn-worktime <lệnh> --help)', 'the help of a command (also: vn-worktime <command> --help)')}`,
    '',
    style.bold(t('Tùy chọn của mọi lệnh:', 'Options of every command:')),
    ...optionLines([...GLOBAL_OPTIONS, { name: 'version', short: 'V', help: msg('phiên bản của vn-worktime', 'the version of vn-worktime') }], lang),
    '',
    ...INPUTS.flatMap((p) => wrap(p[lang], WIDTH)),
    ...wrap(
      t(
        'Kết quả: ngày giờ như người Việt đọc (Thứ Ba, 17/03/2026 08:00), kèm căn cứ pháp lý; có màu trên terminal trừ khi đặt NO_COLOR (FORCE_COLOR để luôn có màu).',
        'Output: as Vietnamese users read dates (Thứ Ba, 17/03/2026 08:00) with the legal basis; colour on a terminal unless NO_COLOR is set (FORCE_COLOR forces it).',
      ),
      WIDTH,
    ),
    EXIT[lang],
    '',
    style.bold(t('Ví dụ:', 'Examples:')),
    ...exampleLines(
      [
        ['vn-worktime intake 2026-03-13T20:00', msg('nộp trực tuyến tối thứ Sáu: tiếp nhận hoặc từ chối trước Thứ Ba, 17/03/2026 08:00', 'submitted online on Friday evening: accept or refuse by Thứ Ba, 17/03/2026 08:00')],
        ['vn-worktime deadline 2026-02-13T16:30 --days 5', msg('5 ngày làm việc qua Tết Bính Ngọ', '5 working days over Tết Bính Ngọ')],
        ['vn-worktime lunar 2026-02-17', msg('mùng 1 Tết: 1/1/2026 (Bính Ngọ)', 'mùng 1 Tết: 1/1/2026 (Bính Ngọ)')],
        ['vn-worktime batch dossiers.csv --now 2026-03-02T09:00', msg('cả một sổ hồ sơ, với tỷ lệ trễ hạn', 'a whole register, with the late rate')],
        ['vn-worktime calendar 2026 > lich-2026.html', msg('lịch cả năm để in: ngày nghỉ lễ, Tết, nghỉ bù, làm bù', 'the year to print: holidays, compensatory days, worked days')],
      ],
      style,
      lang,
    ),
    '',
  ].join('\n');
}

/** `vn-worktime <command> --help`. */
export function commandHelp(command: Command, style: Style, lang: Lang): string {
  const t = (vi: string, en: string): string => (lang === 'vi' ? vi : en);
  return [
    `${style.bold(t('Cách dùng:', 'Usage:'))} vn-worktime ${command.name} ${command.synopsis} [${t('tùy chọn', 'options')}]`,
    '',
    ...command.description.flatMap((p) => [...wrap(p[lang], WIDTH), '']),
    style.bold(t('Tùy chọn:', 'Options:')),
    ...optionLines([...command.options, ...GLOBAL_OPTIONS], lang),
    '',
    style.bold(t('Ví dụ:', 'Examples:')),
    ...exampleLines(command.examples, style, lang),
    '',
  ].join('\n');
}
