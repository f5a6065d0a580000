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
import { calendarFrom } from './calendarOptions.js';
import { colorEnabled, styleOf } from './color.js';
import type { Style } from './color.js';
import type { Command, CommandContext } from './command.js';
import { COMMANDS } from './commands/index.js';
import { FileError, UsageError } from './errors.js';
import { GLOBAL_OPTIONS, commandHelp, mainHelp } from './help.js';
import type { Io } from './io.js';
import type { Lang } from './text.js';
import { packageVersion } from './version.js';

function commandNamed(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command !== undefined) return command;
  const close = suggest(name, [...COMMANDS.map((c) => c.name), 'help']);
  const hint = close === undefined ? 'see vn-worktime --help' : `did you mean ${close}?`;
  throw new UsageError('UNKNOWN_COMMAND', `Unknown command ${JSON.stringify(name)}; ${hint}`);
}

/** Options of every command written before the command name (`vn-worktime --lang en intake …`) go after it. */
function splitCommand(argv: readonly string[]): { name: string | undefined; rest: string[] } {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length && (argv[i] as string).startsWith('-') && argv[i] !== '-') {
    const token = argv[i] as string;
    const spec = GLOBAL_OPTIONS.find((o) => token === `--${o.name}` || token.startsWith(`--${o.name}=`));
    if (spec === undefined || spec.name === 'help') {
      throw new UsageError('UNKNOWN_OPTION', `Unknown option ${JSON.stringify(token)} before the command; see vn-worktime --help`);
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

async function dispatch(argv: readonly string[], io: Io, style: Style, errorStyle: Style): Promise<number> {
  const write = (text: string): void => void io.stdout.write(text);
  const [first, second] = argv;
  if (first === undefined) {
    io.stderr.write(mainHelp(COMMANDS, packageVersion(), errorStyle));
    return 2;
  }
  if (first === '--version' || first === '-V') {
    write(`${packageVersion()}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    write(second === undefined || second.startsWith('-') ? mainHelp(COMMANDS, packageVersion(), style) : commandHelp(commandNamed(second), style));
    return 0;
  }
  const { name, rest } = splitCommand(argv);
  if (name === undefined) throw new UsageError('UNKNOWN_COMMAND', 'Expected a command; see vn-worktime --help');
  const command = commandNamed(name);
  if (asksForHelp(rest)) {
    write(commandHelp(command, style));
    return 0;
  }
  const where = `vn-worktime ${command.name}`;
  const args = parseArgs(rest, [...command.options, ...GLOBAL_OPTIONS], where);
  const usage = `${where} ${command.synopsis}`;
  if (args.positionals.length < command.arity.min) {
    const missing = command.synopsis.split(' ').filter((w) => w.startsWith('<'))[args.positionals.length] ?? 'an argument';
    throw new UsageError('MISSING_ARGUMENT', `Expected ${missing}: ${usage}`);
  }
  if (args.positionals.length > command.arity.max) {
    throw new UsageError('TOO_MANY_ARGUMENTS', `Expected at most ${command.arity.max} argument${command.arity.max === 1 ? '' : 's'}, got ${args.positionals.length}: ${usage}`);
  }
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
    print: (...lines) => {
      if (lines.length > 0) write(`${lines.join('\n')}\n`);
    },
    calendar: () => (calendar ??= calendarFrom(args, io)),
    processingCalendar: () => (processing ??= args.has('saturday') ? calendarFrom(args, io, false) : (calendar ??= calendarFrom(args, io))),
  };
  return await command.run(ctx);
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
  const fail = (code: string, message: string, status: number): number => {
    io.stderr.write(`${errorStyle.red('vn-worktime:')} ${code}: ${oneLine(message)}\n`);
    return status;
  };
  try {
    return await dispatch(argv, io, styleOf(colorEnabled(io.stdoutIsTTY, io.env)), errorStyle);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.code, error.message, 2);
    if (error instanceof WorktimeError || error instanceof FileError) return fail(error.code, error.message, 1);
    if (io.env['VN_WORKTIME_DEBUG'] && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    const message = error instanceof Error ? error.message : String(error);
    return fail('INTERNAL_ERROR', `${message} (a bug in vn-worktime; VN_WORKTIME_DEBUG=1 shows where)`, 70);
  }
}
