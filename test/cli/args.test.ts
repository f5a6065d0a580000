/**
 * The option parser of the command line: what it accepts, what it rejects, and that it never
 * throws anything but a UsageError, whatever the argv.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseArgs, suggest } from '../../src/cli/args.js';
import type { OptionSpec } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/errors.js';

const SPECS: OptionSpec[] = [
  { name: 'now', value: '<instant>', help: { vi: '', en: '' } },
  { name: 'pause', value: '<from..to>', repeatable: true, help: { vi: '', en: '' } },
  { name: 'format', value: '<f>', choices: ['table', 'json', 'ics'], help: { vi: '', en: '' } },
  { name: 'office-hours', aliases: ['hours'], value: '<ranges>', help: { vi: '', en: '' } },
  { name: 'json', help: { vi: '', en: '' } },
  { name: 'help', short: 'h', help: { vi: '', en: '' } },
];

const parse = (argv: string[]) => parseArgs(argv, SPECS, 'vn-worktime test');

function usageCode(argv: string[]): string | undefined {
  try {
    parse(argv);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as UsageError).code;
  }
}

describe('parseArgs', () => {
  test('positionals, --name value, --name=value, flags and short flags', () => {
    const a = parse(['2026-03-13T20:00', '--now', '2026-03-02T09:00', '--format=json', '--json', '-h']);
    expect(a.positionals).toEqual(['2026-03-13T20:00']);
    expect(a.string('now')).toBe('2026-03-02T09:00');
    expect(a.string('format')).toBe('json');
    expect(a.has('json')).toBe(true);
    expect(a.has('help')).toBe(true);
    expect(a.has('pause')).toBe(false);
  });

  test('repeatable options keep every value in order', () => {
    const a = parse(['--pause', 'a..b', '--pause=c..d']);
    expect(a.list('pause')).toEqual(['a..b', 'c..d']);
    expect(a.list('now')).toEqual([]);
  });

  test('aliases store under the canonical name', () => {
    expect(parse(['--hours', '07:00-11:30']).string('office-hours')).toBe('07:00-11:30');
    expect(usageCode(['--hours', '07:00-11:30', '--office-hours', '08:00-12:00'])).toBe('DUPLICATE_OPTION');
  });

  test('negative numbers and durations are arguments, and so is - alone', () => {
    expect(parse(['2026-03-16T08:00', '-2h']).positionals).toEqual(['2026-03-16T08:00', '-2h']);
    expect(parse(['-1d', '-', '-.5h']).positionals).toEqual(['-1d', '-', '-.5h']);
  });

  test('-- ends the options', () => {
    expect(parse(['--', '--json', '-h']).positionals).toEqual(['--json', '-h']);
  });

  test('a value may start with a single dash but not with two', () => {
    expect(parse(['--now', '-5']).string('now')).toBe('-5');
    expect(usageCode(['--now', '--json'])).toBe('MISSING_VALUE');
  });

  test.each([
    [['--bogus'], 'UNKNOWN_OPTION'],
    [['-x'], 'UNKNOWN_OPTION'],
    [['-abc'], 'UNKNOWN_OPTION'],
    [['--now'], 'MISSING_VALUE'],
    [['--now='], 'MISSING_VALUE'],
    [['--json=yes'], 'UNEXPECTED_VALUE'],
    [['--json', '--json'], 'DUPLICATE_OPTION'],
    [['--now', 'a', '--now', 'b'], 'DUPLICATE_OPTION'],
    [['--format', 'pdf'], 'INVALID_CHOICE'],
  ])('%j is a usage error %s', (argv, code) => {
    expect(usageCode(argv)).toBe(code);
  });

  test('an unknown option close to a known one is suggested', () => {
    expect(() => parse(['--formt', 'json'])).toThrow(/did you mean --format\?/);
    expect(() => parse(['--zzzzzz'])).toThrow(/see vn-worktime test --help/);
  });

  test('property: any argv parses or throws a UsageError, never anything else', () => {
    const token = fc.oneof(
      fc.string(),
      fc.constantFrom('--now', '--pause', '--format', '--json', '--help', '-h', '--hours', '--', '-', '--=', '---', '-1', '--now=', 'json', 'table'),
      fc.string().map((s) => `--${s}`),
      fc.string().map((s) => `-${s}`),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (argv) => {
        try {
          const a = parse(argv);
          for (const p of a.positionals) expect(typeof p).toBe('string');
        } catch (e) {
          if (!(e instanceof UsageError)) throw e;
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('property: arguments that do not look like options come back unchanged, in order', () => {
    const plain = fc.string().filter((s) => !s.startsWith('-') || s === '-' || /^-[\d.]/.test(s));
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 8 }), (argv) => {
        expect(parse(argv).positionals).toEqual(argv);
      }),
    );
  });
});

describe('suggest', () => {
  test('a close word, or nothing', () => {
    expect(suggest('intak', ['intake', 'deadline'])).toBe('intake');
    expect(suggest('dedline', ['intake', 'deadline'])).toBe('deadline');
    expect(suggest('xyz', ['intake', 'deadline'])).toBeUndefined();
  });
});
