/**
 * What a command is (its arguments, options, help and examples) and what it gets when it runs.
 *
 * @module
 */
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import type { OptionSpec, ParsedArgs } from './args.js';
import type { Style } from './color.js';
import type { Io } from './io.js';
import type { Msg } from './messages.js';
import type { Lang } from './text.js';

/** Everything a command may use. */
export interface CommandContext {
  /** The arguments and options after the command name. */
  readonly args: ParsedArgs;
  readonly io: Io;
  /** `--lang`, default `'vi'`. */
  readonly lang: Lang;
  /** `--json`: one JSON document for scripts, instants in ISO 8601. */
  readonly json: boolean;
  /** Styles for standard output (plain unless it is a terminal and `NO_COLOR` is not set). */
  readonly style: Style;
  /** Styles for standard error. */
  readonly errorStyle: Style;
  /** The clock, for the words `now` and `today` only. */
  readonly now: () => Date;
  /**
   * An instant typed on the command line (`instantArg`); a day without a time is read as 00:00 of
   * that day, and the output ends with a note saying so (docs/cli.md, "A day without a time").
   */
  instant(text: string, name: Msg): string | Date;
  /** Writes lines to standard output. */
  print(...lines: string[]): void;
  /** The working calendar of the calendar options (built on first use). */
  calendar(): WorkingCalendar;
  /**
   * The calendar that counts processing periods: the same, without the Saturday desk's opening
   * hours (opening hours are not working days, docs/domain.md §11).
   */
  processingCalendar(): WorkingCalendar;
}

/** One command of `vn-worktime`. */
export interface Command {
  readonly name: string;
  /** The arguments in the usage line, e.g. `'<submittedAt>'`. */
  readonly synopsis: string;
  /** One line for the list of commands. */
  readonly summary: Msg;
  /** Paragraphs of the command's help. */
  readonly description: readonly Msg[];
  /** How many arguments it takes. */
  readonly arity: { readonly min: number; readonly max: number };
  /** Its options (the options of every command are added). */
  readonly options: readonly OptionSpec[];
  /** Examples: a command line and what it shows. */
  readonly examples: ReadonlyArray<readonly [commandLine: string, comment: Msg]>;
  /** Runs it; resolves to the exit status. */
  run(ctx: CommandContext): number | Promise<number>;
}
