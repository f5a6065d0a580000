/**
 * README.md, CONTRIBUTING.md and the guides in docs/ are part of the test suite: every `js` block
 * runs (against the sources) and each `expression; //=> value` line is checked; every
 * `vn-worktime …` command of a `sh` block runs against the built command (a `# → text` comment is
 * checked against its output), and a `text` block is the exact output of the first command of the
 * `sh` block before it. The other lines of a `sh` block are contributors' commands, not run here
 * (CI runs `npm ci` and `npm test`; the others build, time or take minutes): each must be one of
 * the forms `contributorCommand` knows, naming a script or file that exists. `ts` and `json`
 * blocks are shown, not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { depth } from './support/codeText.js';

const root = join(import.meta.dirname, '..');
/** The documents whose blocks are checked, README.md first. */
const DOCUMENTS = ['README.md', 'CONTRIBUTING.md', 'docs/cli.md', 'docs/calendar.md', 'docs/lunar.md', 'docs/tthc.md'];
const SCRIPTS = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const tmp = join(import.meta.dirname, '.readme');

interface Block {
  lang: string;
  body: string;
  /** Where the block starts: `README.md:12`. */
  line: string;
}

function blocks(doc: string): Block[] {
  const text = readFileSync(join(root, doc), 'utf8');
  const out: Block[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ lang: m[1] ?? '', body: m[2] ?? '', line: `${doc}:${text.slice(0, m.index).split('\n').length}` });
  }
  return out;
}

function expectedSource(text: string): string {
  const candidates = [text.trim(), text.trim().replace(/\s*\([^()]*\)\s*$/, '')];
  for (const c of candidates) {
    try {
      new Function(`return (${c});`)();
      return c;
    } catch {
      // try the next form
    }
  }
  throw new Error(`README: cannot read the expected value ${JSON.stringify(text)}`);
}

/** Turns `expr; //=> value` lines (an expression may span lines) into checks. */
function instrument(body: string): string {
  const lines = body.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const at = line.indexOf('//=>');
    if (at < 0) {
      out.push(line);
      continue;
    }
    let expr = line.slice(0, at).trim().replace(/;$/, '');
    let d = depth(expr);
    while (d !== 0 && out.length > 0) {
      const previous = out.pop() as string;
      expr = `${previous}\n${expr}`;
      d = depth(expr);
    }
    out.push(`__check(() => (${expr}), ${expectedSource(line.slice(at + 4))}, ${JSON.stringify(expr.split('\n').pop())});`);
  }
  return out.join('\n');
}

function shellWords(command: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(command); m; m = re.exec(command)) words.push(m[1] ?? m[2] ?? m[3] ?? '');
  return words;
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(inject('buildDir'), 'cli/main.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The `vn-worktime` arguments of a command line, or undefined for a line that is not one. */
function cliArgs(line: string): string[] | undefined {
  const words = shellWords(line);
  if (words[0] === 'vn-worktime') return words.slice(1);
  if (words[0] === 'npx' && words[1] === 'vn-worktime') return words.slice(2);
  const start = line.indexOf('npm start -- ');
  if (start >= 0) return shellWords(line.slice(start + 'npm start -- '.length));
  return undefined;
}

/**
 * Whether a line is a contributor's command that this test does not run: `npm ci|install|test`,
 * `npm run <script of package.json>`, `npx vitest run <existing paths>`, `node <existing file>`
 * or `bash <existing file>`, possibly after `NAME=value` settings and joined with `&&`.
 */
function contributorCommand(line: string): boolean {
  return line.split('&&').every((part) => {
    const words = shellWords(part);
    while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/.test(words[0] as string)) words.shift();
    const [first, second, third] = words;
    if (first === 'npm') {
      if (second === 'ci' || second === 'install' || second === 'test') return true;
      return second === 'run' && third !== undefined && Object.hasOwn(SCRIPTS, third);
    }
    if (first === 'npx' && second === 'vitest' && third === 'run') {
      return words.slice(3).every((w) => w.startsWith('-') || existsSync(join(root, w)));
    }
    if (first === 'node' || first === 'bash') return second !== undefined && existsSync(join(root, second));
    return false;
  });
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const all = DOCUMENTS.flatMap(blocks);

describe('README js blocks', () => {
  const js = all.filter((b) => b.lang === 'js');
  test('there are examples to check', () => {
    expect(js.length).toBeGreaterThan(5);
    expect(js.reduce((n, b) => n + b.body.split('//=>').length - 1, 0)).toBeGreaterThan(40);
  });
  test.each(js.map((b) => [b.line, b] as const))('block at %s', async (_line, block) => {
    mkdirSync(tmp, { recursive: true });
    const file = join(tmp, `block-${block.line.replace(/\W/g, '-')}.mjs`);
    writeFileSync(file, instrument(block.body));
    const failures: string[] = [];
    (globalThis as Record<string, unknown>).__check = (fn: () => unknown, expected: unknown, source: string) => {
      try {
        expect(fn()).toEqual(expected);
      } catch (e) {
        failures.push(`${source}: ${(e as Error).message.split('\n')[0]}`);
      }
    };
    await import(/* @vite-ignore */ `${file}?t=${Date.now()}`);
    expect(failures).toEqual([]);
  });
});

describe('README command lines', () => {
  const sh = all.filter((b) => b.lang === 'sh');
  const commands = sh.flatMap((b) =>
    b.body
      .split('\n')
      .filter((l) => cliArgs(l.split(' # ')[0] as string) !== undefined)
      .map((l) => [b.line, l] as const),
  );
  test('every command line is a vn-worktime command or a known contributor command', () => {
    for (const b of sh) {
      for (const l of b.body.split('\n').filter((x) => x.trim() !== '')) {
        const code = l.split(' # ')[0] as string;
        expect(cliArgs(code) !== undefined || contributorCommand(code), `${b.line}: ${l}`).toBe(true);
      }
    }
  });
  test('a contributor command names a script or a file that exists', () => {
    expect(contributorCommand('npm ci && npm test')).toBe(true);
    expect(contributorCommand('npm run bench')).toBe(true);
    expect(contributorCommand('npm run no-such-script')).toBe(false);
    expect(contributorCommand('node scripts/bundle-size.mjs --markdown')).toBe(true);
    expect(contributorCommand('STRYKER_SCOPE=tthc node scripts/no-such-file.mjs')).toBe(false);
    expect(contributorCommand('npx vitest run test/readme.test.ts')).toBe(true);
    expect(contributorCommand('npx vitest run test/no-such.test.ts')).toBe(false);
    expect(contributorCommand('rm -rf dist')).toBe(false);
  });
  test.each(commands)('block at %s: %s', (_line, line) => {
    const [code, comment] = line.split(' # ') as [string, string | undefined];
    const r = cli(cliArgs(code) as string[]);
    expect(r.stderr).not.toMatch(/INTERNAL_ERROR|at .*\.js:\d+/);
    // `# → text (exit 1)`: a command whose input has invalid rows ends with status 1.
    expect(r.status, r.stderr).toBe(Number(comment?.match(/\(exit (\d+)\)$/)?.[1] ?? 0));
    const want = comment?.match(/→ (.*?)(?: \(exit \d+\))?$/)?.[1];
    if (want) expect(r.stdout).toContain(want.trim());
  });
  test('each text block is the output of the command before it', () => {
    let checked = 0;
    all.forEach((b, i) => {
      if (b.lang !== 'text') return;
      const before = all.slice(0, i).reverse().find((x) => x.lang === 'sh');
      const first = before?.body.split('\n').find((l) => cliArgs(l.split(' # ')[0] as string) !== undefined);
      expect(first, `text block at line ${b.line}`).toBeDefined();
      const r = cli(cliArgs((first as string).split(' # ')[0] as string) as string[]);
      expect(r.stdout.trimEnd()).toBe(b.body.trimEnd());
      checked++;
    });
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});
