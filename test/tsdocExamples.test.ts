/**
 * The `@example` blocks of the source comments (what TypeDoc and editors show) run like the
 * README's: each block runs against the sources, and each `expression; //=> value` line is checked.
 *
 * - The names in scope: the package's public entries, the exports of the example's own file and
 *   of the files it imports, `fc` (fast-check), `civil` (the civil-service calendar) and `cal` (the
 *   Monday–Friday 07:00–11:30, 13:30–17:00 office calendar). An `import … from 'vn-worktime…'`
 *   line is checked (the entry exports those names), then dropped.
 * - A value line may follow its expression (`//=> value` alone on a line) and go on over
 *   `//   …` lines; a trailing `(comment)` is not part of the value.
 * - An object shows the fields it names; `…` stands for any value (`vi: …`), for any run of
 *   elements in an array (`['a', …, 'z']`), ends a decimal (`0.333…`, a number with those
 *   digits) and ends a string (`'Nộp ngoài giờ…'`, a text that starts so). `//=> throws CODE: why` expects a `WorktimeError` with that code.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import * as api from '../src/index.js';
import * as calendarEntry from '../src/calendar/index.js';
import * as lunarEntry from '../src/lunar/index.js';
import * as tthcEntry from '../src/tthc/index.js';
import * as testingEntry from '../src/testing/index.js';
import * as vietnamEntry from '../src/vietnam/index.js';
import { WorktimeError, civilServiceCalendar } from '../src/index.js';
import { officeCalendar } from './support/calendars.js';
import { depth, stringEnd } from './support/codeText.js';

const root = join(import.meta.dirname, '..');
const tmp = join(import.meta.dirname, '.tsdoc');

const ENTRIES: Readonly<Record<string, object>> = {
  'vn-worktime': api,
  'vn-worktime/calendar': calendarEntry,
  'vn-worktime/lunar': lunarEntry,
  'vn-worktime/vietnam': vietnamEntry,
  'vn-worktime/tthc': tthcEntry,
  'vn-worktime/testing': testingEntry,
};

const FIXTURES = {
  fc,
  civil: civilServiceCalendar(),
  cal: officeCalendar,
};

interface Example {
  file: string;
  /** `src/x.ts:12`, where the comment starts. */
  where: string;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The `@example` blocks of a file's doc comments, without the comment's ` * `. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (m[1] as string).split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    let at = lines.findIndex((l) => l.startsWith('@example'));
    while (at >= 0) {
      const body: string[] = [];
      let i = at + 1;
      for (; i < lines.length && !(lines[i] as string).startsWith('@'); i++) body.push(lines[i] as string);
      const where = `${relative(root, file)}:${text.slice(0, m.index).split('\n').length}`;
      out.push({ file, where, code: body.join('\n').trim() });
      at = lines.findIndex((l, k) => k >= i && l.startsWith('@example'));
    }
  }
  return out;
}

/** The source of an expected value with `…` turned into matchers (outside strings). */
function withEllipses(value: string): string {
  let out = '';
  const stack: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = stringEnd(value, i);
      const literal = value.slice(i, end + 1);
      out += literal.endsWith(`…${ch}`) ? `__prefix(${literal.slice(0, -2)}${ch})` : literal;
      i = end;
    } else if (ch === '…') {
      const number = /(-?\d+\.\d+)$/.exec(out);
      if (number) out = `${out.slice(0, -number[0].length)}__approx('${number[1]}')`;
      else out += stack.at(-1) === '[' && /[[,]\s*$/.test(out) ? '__anyRun' : '__any';
    } else {
      if (ch === '[' || ch === '{' || ch === '(') stack.push(ch);
      else if (ch === ']' || ch === '}' || ch === ')') stack.pop();
      out += ch;
    }
  }
  return out;
}

const ANY = Symbol('any value');
const ANY_RUN = Symbol('any run of elements');
class Approx {
  constructor(readonly digits: string) {}
}
class Prefix {
  constructor(readonly start: string) {}
}

/** The expected value of a `//=>` text, a trailing `(comment)` left out. */
function expectedOf(text: string): unknown {
  let candidate = text.trim();
  for (;;) {
    try {
      const read = new Function('__any', '__anyRun', '__approx', '__prefix', `return (${withEllipses(candidate)});`);
      return read(ANY, ANY_RUN, (d: string) => new Approx(d), (p: string) => new Prefix(p));
    } catch {
      const shorter = candidate.replace(/\s*\([^()]*\)\s*$/, '');
      if (shorter === candidate) throw new Error(`cannot read the expected value ${JSON.stringify(text)}`);
      candidate = shorter;
    }
  }
}

/** Whether `actual` is what the example shows: see the file's comment. */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === ANY) return true;
  if (expected instanceof Approx) return typeof actual === 'number' && String(actual).startsWith(expected.digits);
  if (expected instanceof Prefix) return typeof actual === 'string' && actual.startsWith(expected.start);
  if (Array.isArray(expected)) return Array.isArray(actual) && matchRun(actual, 0, expected, 0);
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
  }
  return Object.is(actual, expected);
}

function matchRun(actual: readonly unknown[], i: number, expected: readonly unknown[], j: number): boolean {
  if (j === expected.length) return i === actual.length;
  if (expected[j] === ANY_RUN) {
    for (let k = i; k <= actual.length; k++) if (matchRun(actual, k, expected, j + 1)) return true;
    return false;
  }
  return i < actual.length && matches(actual[i], expected[j]) && matchRun(actual, i + 1, expected, j + 1);
}

interface Check {
  source: string;
  expected: unknown;
  throws?: string;
}

/** The example as a module body: checks in place of `//=>` lines, import lines dropped (and checked). */
function instrument(example: Example, checks: Check[]): string {
  const lines = example.code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const imported = /^import\s+\{([^}]*)\}\s+from\s+'(vn-worktime[^']*)';?$/.exec(line.trim());
    if (imported) {
      const entry = ENTRIES[imported[2] as string];
      expect(entry, `${example.where}: ${imported[2]} is an entry of the package`).toBeDefined();
      for (const name of (imported[1] as string).split(',').map((n) => n.trim())) expect(Object.keys(entry as object), `${example.where}: ${imported[2]} exports ${name}`).toContain(name);
      continue;
    }
    if (/^import\s/.test(line.trim())) continue;
    const at = line.indexOf('//=>');
    if (at < 0) {
      out.push(line);
      continue;
    }
    let value = line.slice(at + 4);
    while (depth(value) > 0 && /^\s*\/\/ /.test(lines[i + 1] ?? '')) value += `\n${(lines[++i] as string).replace(/^\s*\/\//, '')}`;
    let expr = line.slice(0, at).trim().replace(/;$/, '');
    if (expr === '') {
      while (out.length > 0 && (out.at(-1) as string).trim() === '') out.pop();
      expr = (out.pop() as string).replace(/\s*\/\/.*$/, '').trim().replace(/;$/, '');
    }
    while (depth(expr) !== 0 && out.length > 0) expr = `${out.pop() as string}\n${expr}`;
    const thrown = /^\s*throws ([A-Z_]+)/.exec(value);
    checks.push(thrown ? { source: expr, expected: undefined, throws: thrown[1] as string } : { source: expr, expected: expectedOf(value) });
    out.push(`await __check(${checks.length - 1}, async () => (${expr}));`);
  }
  return out.join('\n');
}

async function scopeOf(file: string): Promise<Record<string, unknown>> {
  const text = readFileSync(file, 'utf8');
  const imported = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)';/gm)].map((m) => resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')));
  const modules = await Promise.all([...imported, file].map((path) => import(/* @vite-ignore */ path) as Promise<Record<string, unknown>>));
  return Object.assign({}, FIXTURES, ...Object.values(ENTRIES), ...modules) as Record<string, unknown>;
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const examples = sourceFiles(join(root, 'src')).flatMap(examplesOf);

describe('the @example blocks of the sources', () => {
  test('there are examples to check', () => {
    expect(examples.length).toBeGreaterThan(40);
    expect(examples.reduce((n, e) => n + e.code.split('//=>').length - 1, 0)).toBeGreaterThan(80);
  });

  test.each(examples.map((e) => [e.where, e] as const))('example at %s', async (_where, example) => {
    const checks: Check[] = [];
    const body = instrument(example, checks);
    const scope = await scopeOf(example.file);
    const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && new RegExp(`\\b${n.replace(/\$/g, '\\$')}\\b`).test(body));
    const failures: string[] = [];
    const g = globalThis as Record<string, unknown>;
    g.__tsdocScope = scope;
    g.__check = async (index: number, fn: () => Promise<unknown>) => {
      const check = checks[index] as Check;
      const last = check.source.split('\n').at(-1);
      try {
        const actual = await fn();
        if (check.throws !== undefined) failures.push(`${last}: returned ${JSON.stringify(actual)} instead of throwing ${check.throws}`);
        else if (!matches(actual, check.expected)) failures.push(`${last}: got ${JSON.stringify(actual)}`);
      } catch (e) {
        if (check.throws === undefined || !(e instanceof WorktimeError) || e.code !== check.throws) failures.push(`${last}: threw ${String(e)}`);
      }
    };
    mkdirSync(tmp, { recursive: true });
    const module = join(tmp, `${example.where.replace(/\W/g, '-')}.ts`);
    writeFileSync(module, `const { ${names.join(', ')} } = (globalThis as any).__tsdocScope;\nconst __check = (globalThis as any).__check;\n{\n${body}\n}\nexport {};\n`);
    await import(/* @vite-ignore */ `${module}?t=${Date.now()}`);
    expect(failures).toEqual([]);
    expect(checks.length + (body.includes('fc.assert') ? 1 : 0), `${example.where} checks nothing: add a //=> line`).toBeGreaterThanOrEqual(example.code.includes('//=>') ? 1 : 0);
  });
});
