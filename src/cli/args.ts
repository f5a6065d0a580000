/**
 * The option parser of the command line: GNU-style long options (`--now T`, `--now=T`), a few
 * one-letter short ones (`-h`), `--` to end the options, and nothing else. It only ever throws
 * {@link UsageError}.
 *
 * - A token that starts with `-` and a digit (`-2h`, `-1`) is an argument, not an option, so
 *   negative durations need no `--`; `-` alone is an argument too (standard input).
 * - A value may be given as the next token unless that token starts with `--`.
 * - An option that is not repeatable may be given once; unknown options are rejected, with a
 *   suggestion when one is close.
 *
 * @module
 */
import { UsageError } from './errors.js';
import { msg, typed } from './messages.js';
import type { Msg } from './messages.js';

/** One option a command accepts. */
export interface OptionSpec {
  /** The long name, without dashes: `now` for `--now`. */
  readonly name: string;
  /** A one-letter alias, without the dash: `h` for `-h`. */
  readonly short?: string;
  /** Other long names for the same option (their values are stored under `name`). */
  readonly aliases?: readonly string[];
  /** The placeholder of its value in the help (`<instant>`); absent for a flag. */
  readonly value?: string;
  /** Whether it may be given more than once (its values are collected in order). */
  readonly repeatable?: boolean;
  /** The only values accepted, when the value is one of a few words. */
  readonly choices?: readonly string[];
  /** One line for the help, in both languages. */
  readonly help: Msg;
}

/** The parsed command line. */
export class ParsedArgs {
  constructor(
    /** The arguments that are not options, in order. */
    readonly positionals: readonly string[],
    private readonly values: ReadonlyMap<string, readonly string[]>,
    private readonly flags: ReadonlySet<string>,
  ) {}

  /** Whether a flag (or a valued option) was given. */
  has(name: string): boolean {
    return this.flags.has(name) || this.values.has(name);
  }

  /** The value of an option given once, or `undefined`. */
  string(name: string): string | undefined {
    return this.values.get(name)?.[0];
  }

  /** Every value of a repeatable option, in order (empty when absent). */
  list(name: string): readonly string[] {
    return this.values.get(name) ?? [];
  }
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The closest of `candidates` to `word`, if it is close enough to be a typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const limit = word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

const isNegativeNumber = (token: string): boolean => /^-[\d.]/.test(token);

/**
 * Parses `argv` (without the command name) against the options of a command.
 *
 * @param where - how the command is named in messages, e.g. `'vn-worktime intake'`.
 * @throws UsageError `UNKNOWN_OPTION`, `MISSING_VALUE`, `UNEXPECTED_VALUE`, `DUPLICATE_OPTION`,
 *   `INVALID_CHOICE`.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], where: string): ParsedArgs {
  const byName = new Map(specs.flatMap((s) => [s.name, ...(s.aliases ?? [])].map((name) => [name, s] as const)));
  const byShort = new Map(specs.filter((s) => s.short !== undefined).map((s) => [s.short as string, s]));
  const positionals: string[] = [];
  const values = new Map<string, string[]>();
  const flags = new Set<string>();

  const unknown = (token: string): UsageError => {
    const name = token.replace(/^-+/, '').split('=')[0] ?? '';
    const close = suggest(name, [...byName.keys()]);
    const option = typed(token.split('=')[0] ?? token);
    return new UsageError(
      'UNKNOWN_OPTION',
      close === undefined
        ? msg(`${where} không có tùy chọn ${option}; xem ${where} --help`, `${where} has no option ${option}; see ${where} --help`)
        : msg(`${where} không có tùy chọn ${option}; có phải ý bạn là --${close}?`, `${where} has no option ${option}; did you mean --${close}?`),
    );
  };

  const record = (spec: OptionSpec, value: string | undefined): void => {
    const given = values.has(spec.name) || flags.has(spec.name);
    if (given && !spec.repeatable) throw new UsageError('DUPLICATE_OPTION', msg(`--${spec.name} chỉ được cho một lần với ${where}`, `--${spec.name} may be given only once to ${where}`));
    if (value === undefined) {
      flags.add(spec.name);
      return;
    }
    if (spec.choices !== undefined && !spec.choices.includes(value)) {
      throw new UsageError('INVALID_CHOICE', msg(`--${spec.name} ${typed(value)} không phải là ${spec.choices.join(' hay ')}`, `--${spec.name} ${typed(value)} is not ${spec.choices.join(' or ')}`));
    }
    const list = values.get(spec.name) ?? [];
    list.push(value);
    values.set(spec.name, list);
  };

  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-' || isNegativeNumber(token)) {
      positionals.push(token);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (token.startsWith('--')) {
      const eq = token.indexOf('=');
      spec = byName.get(eq < 0 ? token.slice(2) : token.slice(2, eq));
      if (eq >= 0) inline = token.slice(eq + 1);
    } else if (token.length === 2) {
      spec = byShort.get(token.slice(1));
    }
    if (spec === undefined) throw unknown(token);
    if (spec.value === undefined) {
      if (inline !== undefined) throw new UsageError('UNEXPECTED_VALUE', msg(`--${spec.name} không nhận giá trị, đã cho ${typed(inline)}`, `--${spec.name} takes no value, got ${typed(inline)}`));
      record(spec, undefined);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') throw new UsageError('MISSING_VALUE', msg(`thiếu giá trị sau --${spec.name}: --${spec.name} ${spec.value}`, `expected a value after --${spec.name}: --${spec.name} ${spec.value}`));
    record(spec, value);
  }
  return new ParsedArgs(positionals, values, flags);
}
