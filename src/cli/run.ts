/**
 * `run(argv, io)`: one run of the `vn-worktime` command, testable in-process. It reads only what
 * `io` gives it and resolves to the exit status:
 *
 * - 0: done;
 * - 1: invalid data — a `WorktimeError` from the library, or a file that cannot be read;
 * - 2: usage error — an unknown command or option, a missing argument or option;
 * - 70: an internal error (a bug): one short line; `VN_WORKTIME_DEBUG=1` prints the stack.
 * - 74: the output cannot be written (a full disk): one line, set by `main.ts` (see outputError.ts).
 *
 * Errors are one line on standard error: `vn-worktime: CODE: what was expected`.
 *
 * @module
 */
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import { WorktimeError } from '../errors.js';
import { parseArgs, suggest } from './args.js';
import type { ParsedArgs } from './args.js';
import { calendarFrom } from './calendarOptions.js';
import { colorEnabled, styleOf } from './color.js';
import type { Style } from './color.js';
import type { Command, CommandContext } from './command.js';
import { COMMANDS } from './commands/index.js';
import { FileError, InputError, UsageError } from './errors.js';
import { asInputError } from './inputs.js';
import type { Source } from './inputs.js';
import { msg, seeHelp, typed } from './messages.js';
import { dayAloneNote, instantArg, isDateOnly, label } from './values.js';
import { GLOBAL_OPTIONS, commandHelp, mainHelp } from './help.js';
import type { Io } from './io.js';
import type { Lang } from './text.js';
import { packageVersion } from './version.js';

function commandNamed(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command !== undefined) return command;
  const close = suggest(name, [...COMMANDS.map((c) => c.name), 'help']);
  const hint = close === undefined ? seeHelp('vn-worktime') : msg(`có phải ý bạn là ${close}?`, `did you mean ${close}?`);
  throw new UsageError('UNKNOWN_COMMAND', msg(`vn-worktime không có lệnh ${typed(name)}; ${hint.vi}`, `vn-worktime has no command ${typed(name)}; ${hint.en}`));
}

/** Options of every command written before the command name (`vn-worktime --lang en intake …`) go after it. */
function splitCommand(argv: readonly string[]): { name: string | undefined; rest: string[] } {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length && (argv[i] as string).startsWith('-') && argv[i] !== '-') {
    const token = argv[i] as string;
    const spec = GLOBAL_OPTIONS.find((o) => token === `--${o.name}` || token.startsWith(`--${o.name}=`));
    if (spec === undefined || spec.name === 'help') {
      throw new UsageError(
        'UNKNOWN_OPTION',
        msg(`tùy chọn ${typed(token)} không dùng được trước tên lệnh; xem vn-worktime --help`, `the option ${typed(token)} cannot come before the command; see vn-worktime --help`),
      );
    }
    leading.push(token);
    if (spec.value !== undefined && !token.includes('=') && i + 1 < argv.length) leading.push(argv[++i] as string);
    i++;
  }
  return { name: argv[i], rest: [...argv.slice(i + 1), ...leading] };
}

function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

async function dispatch(argv: readonly string[], io: Io, style: Style, errorStyle: Style, lang: Lang): Promise<number> {
  const write = (text: string): void => void io.stdout.write(text);
  const [first, second] = argv;
  if (first === undefined) {
    io.stderr.write(mainHelp(COMMANDS, packageVersion(), errorStyle, lang));
    return 2;
  }
  if (first === '--version' || first === '-V') {
    write(`${packageVersion()}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    write(second === undefined || second.startsWith('-') ? mainHelp(COMMANDS, packageVersion(), style, lang) : commandHelp(commandNamed(second), style, lang));
    return 0;
  }
  const { name, rest } = splitCommand(argv);
  if (name === undefined) throw new UsageError('UNKNOWN_COMMAND', msg('thiếu tên lệnh; xem vn-worktime --help', 'expected a command; see vn-worktime --help'));
  const command = commandNamed(name);
  if (asksForHelp(rest)) {
    write(commandHelp(command, style, lang));
    return 0;
  }
  const where = `vn-worktime ${command.name}`;
  const args = parseArgs(rest, [...command.options, ...GLOBAL_OPTIONS], where);
  const usage = `${where} ${command.synopsis}`;
  if (args.positionals.length < command.arity.min) {
    const missing = command.synopsis.split(' ').filter((w) => w.startsWith('<'))[args.positionals.length] ?? '<…>';
    throw new UsageError('MISSING_ARGUMENT', msg(`thiếu ${missing}: ${usage}`, `expected ${missing}: ${usage}`));
  }
  if (args.positionals.length > command.arity.max) {
    const extra = args.positionals.slice(command.arity.max).map(typed).join(' ');
    throw new UsageError(
      'TOO_MANY_ARGUMENTS',
      msg(
        `thừa đối số ${extra}: ${command.name} nhận nhiều nhất ${command.arity.max} đối số: ${usage}`,
        `unexpected argument ${extra}: ${command.name} takes at most ${command.arity.max} argument${command.arity.max === 1 ? '' : 's'}: ${usage}`,
      ),
    );
  }
  const notes: string[] = [];
  let calendar: WorkingCalendar | undefined;
  let processing: WorkingCalendar | undefined;
  const ctx: CommandContext = {
    args,
    io,
    lang: (args.string('lang') ?? 'vi') as Lang,
    json: args.has('json'),
    style: args.has('json') ? styleOf(false) : style,
    errorStyle,
    now: io.now ?? (() => new Date()),
    instant: (text, name) => {
      const value = instantArg(text, ctx.now, name);
      if (isDateOnly(value)) notes.push(dayAloneNote(name, text)[ctx.lang]);
      return value;
    },
    print: (...lines) => {
      if (lines.length > 0) write(`${lines.join('\n')}\n`);
    },
    calendar: () => (calendar ??= calendarFrom(args, io)),
    processingCalendar: () => (processing ??= args.has('saturday') ? calendarFrom(args, io, false) : (calendar ??= calendarFrom(args, io))),
  };
  try {
    const status = await command.run(ctx);
    if (!ctx.json && notes.length > 0) ctx.print('', ...notes.map((n) => ctx.style.dim(n)));
    return status;
  } catch (error) {
    // A library error the command did not put in the user's words: name everything typed.
    if (error instanceof WorktimeError) throw asInputError(error, typedValues(command, args));
    throw error;
  }
}

/** Every value on the command line, with its argument or option. */
function typedValues(command: Command, args: ParsedArgs): Source[] {
  const names = command.synopsis.split(' ').filter((w) => w.startsWith('<'));
  const positional = args.positionals.map((text, i) => ({ label: label(names[i] ?? '<…>'), text, names: [] }));
  const options = command.options.flatMap((o) => args.list(o.name).map((text) => ({ label: label(`--${o.name}`), text, names: [] })));
  return [...positional, ...options];
}

/** `--lang en` (or `--lang=en`) anywhere before `--`: errors speak that language even when the command line is wrong. */
function langOf(argv: readonly string[]): 'vi' | 'en' {
  const end = argv.indexOf('--');
  const words = end < 0 ? argv : argv.slice(0, end);
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '--lang=en' || (words[i] === '--lang' && words[i + 1] === 'en')) return 'en';
  }
  return 'vi';
}

/**
 * A message on one line: each run of white space that holds a line break becomes one space.
 * One pass over the text: matching optional space, a line break, optional space retried every
 * space of a long run without a line break (quadratic: a 400 kB message took 50 s).
 */
export function oneLine(message: string): string {
  return message.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space));
}

/** Runs `vn-worktime` with `argv` (without `node` and the script) and resolves to the exit status. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const errorStyle = styleOf(colorEnabled(io.stderrIsTTY, io.env));
  const lang = langOf(argv);
  const fail = (code: string, message: string, status: number): number => {
    io.stderr.write(`${errorStyle.red('vn-worktime:')} ${code}: ${oneLine(message)}\n`);
    return status;
  };
  try {
    return await dispatch(argv, io, styleOf(colorEnabled(io.stdoutIsTTY, io.env)), errorStyle, lang);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.code, error.text[lang], 2);
    if (error instanceof InputError || error instanceof FileError) return fail(error.code, error.text[lang], 1);
    if (error instanceof WorktimeError) return fail(error.code, asInputError(error, []).text[lang], 1);
    if (io.env['VN_WORKTIME_DEBUG'] && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    const message = error instanceof Error ? error.message : String(error);
    const bug = msg(`${message} (lỗi của vn-worktime; VN_WORKTIME_DEBUG=1 cho biết ở đâu)`, `${message} (a bug in vn-worktime; VN_WORKTIME_DEBUG=1 shows where)`);
    return fail('INTERNAL_ERROR', bug[lang], 70);
  }
}
