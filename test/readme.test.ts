/**
 * README.md and docs/cli.md (the command's reference) are part of the test suite: every `js` block runs (against the sources) and each
 * `expression; //=> value` line is checked; every `vn-worktime …` command of a `sh` block runs
 * against the built command (a `# → text` comment is checked against its output), and a `text`
 * block is the exact output of the first command of the `sh` block before it. `npm` lines are
 * the install and test commands that CI itself runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { depth } from './support/codeText.js';

const root = join(import.meta.dirname, '..');
/** The documents whose blocks are checked, README.md first. */
const DOCUMENTS = ['README.md', 'docs/cli.md'];
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
  test('every command line is a vn-worktime command or an npm command', () => {
    for (const b of sh) {
      for (const l of b.body.split('\n').filter((x) => x.trim() !== '')) {
        const code = l.split(' # ')[0] as string;
        expect(cliArgs(code) !== undefined || /^npm (ci|install|test)/.test(code.trim()), l).toBe(true);
      }
    }
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
