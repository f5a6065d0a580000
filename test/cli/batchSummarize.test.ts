/**
 * One implementation: `vn-worktime batch` and `summarize()` (and `evaluateDossier` row by row)
 * give identical counts, statuses and QĐ 766 figures on the same 10,000 generated dossiers,
 * invalid ones included.
 */
import { describe, expect, test } from 'vitest';
import { evaluateDossier } from '../../src/tthc/report/evaluateDossier.js';
import { summarize } from '../../src/tthc/report/summarize.js';
import { ndjsonLines, runCli } from '../support/cli.js';

/** A small seeded generator (mulberry32), so the 10,000 dossiers are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const MINUTE = 60_000;
const START = Date.UTC(2025, 5, 1, 1); // 01/06/2025 08:00 in Vietnam

function iso(epoch: number): string {
  return new Date(epoch + 7 * 3_600_000).toISOString().slice(0, 16);
}

function dossiers(n: number): Array<Record<string, unknown>> {
  const rnd = random(20261207);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < n; i++) {
    const accepted = START + Math.floor(rnd() * 560 * 1440) * MINUTE; // to mid-December 2026
    const d: Record<string, unknown> = { id: `HS-${i}`, channel: pick(['online', 'direct', 'postal']) };
    if (rnd() < 0.2) d['deadline'] = iso(accepted + Math.floor(rnd() * 20 * 1440) * MINUTE);
    else {
      d['acceptedAt'] = iso(accepted);
      d['period'] = rnd() < 0.8 ? { workingDays: 1 + Math.floor(rnd() * 20) } : { workingHours: 1 + Math.floor(rnd() * 40) };
      const r = rnd();
      if (r < 0.15) {
        const asked = accepted + Math.floor(rnd() * 5 * 1440) * MINUTE;
        d['supplements'] = rnd() < 0.3 ? [{ requestedAt: iso(asked) }] : [{ requestedAt: iso(asked), completedAt: iso(asked + Math.floor(rnd() * 10 * 1440) * MINUTE) }];
      } else if (r < 0.2) {
        const a = accepted + 1440 * MINUTE;
        d['supplements'] = [
          { requestedAt: iso(a), completedAt: iso(a + 1440 * MINUTE) },
          { requestedAt: iso(a + 2 * 1440 * MINUTE), completedAt: iso(a + 3 * 1440 * MINUTE) },
        ];
      } else if (r < 0.25) d['extensions'] = [{ workingDays: 1 + Math.floor(rnd() * 5), reason: 'Xác minh', requestedAt: iso(accepted + Math.floor(rnd() * 10 * 1440) * MINUTE) }];
    }
    if (rnd() < 0.6) d['completedAt'] = iso(accepted + Math.floor(rnd() * 30 * 1440) * MINUTE);
    if (rnd() < 0.5) d['digitized'] = rnd() < 0.7;
    if (rnd() < 0.4) {
      d['paperResult'] = true;
      d['electronicResult'] = rnd() < 0.5;
    }
    if (rnd() < 0.1) d['receivedAt'] = iso(accepted - 30 * MINUTE);
    // about 5% invalid, of several kinds
    const bad = rnd();
    if (bad < 0.01) d['channel'] = 'fax';
    else if (bad < 0.02) d['completedAt'] = '2025-01-01T09:00';
    else if (bad < 0.03) d['acceptedAt'] = '31/02/2026 09:00';
    else if (bad < 0.04) d['supplements'] = [{ requestedAt: iso(accepted + 1440 * MINUTE), completedAt: iso(accepted) }];
    else if (bad < 0.05) d['digitized'] = 'maybe';
    out.push(d);
  }
  return out;
}

describe('batch and summarize: one implementation', () => {
  const records = dossiers(10_000);
  const input = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
  const now = '2026-12-15T09:00';

  test('identical counts, statuses and QĐ 766 figures on 10,000 dossiers (invalid ones included)', async () => {
    const r = await runCli(['batch', '--now', now, '--output', 'ndjson', '--period', '2026-01-01..2026-06-30', '--sync-rate', '0.8'], { stdin: input });
    expect(r.code).toBe(1); // some rows are invalid: all are written, the status says so
    const rows = ndjsonLines(r.stdout);
    const { summary } = rows.pop() as { summary: Record<string, unknown> };
    const expected = await summarize(records as never, { now, period: { from: '2026-01-01', to: '2026-06-30' }, syncRate: 0.8 });
    expect(expected.invalidCount).toBeGreaterThan(300);
    expect(expected.waiting).toBeGreaterThan(0);
    expect(summary).toMatchObject({
      rows: 10_000,
      total: expected.total,
      byStatus: expected.byStatus,
      byChannel: expected.byChannel,
      lateRate: expected.lateRate,
      onTimeRate: expected.onTimeRate,
      invalid: expected.invalidCount,
      provisional: expected.provisional,
      waiting: expected.waiting,
      kpi766: expected.kpi766,
    });
    // Row by row: the same status and due date as evaluateDossier, the same invalid records as summarize
    expect(rows.filter((row) => 'error' in row).map((row) => row['id'])).toEqual(expected.invalid.map((i) => i.id));
    const nowMs = Date.parse('2026-12-15T02:00:00Z');
    for (let i = 0; i < records.length; i += 7) {
      const e = evaluateDossier(records[i] as never, { now: nowMs });
      const row = rows[i] as Record<string, unknown>;
      if (e.ok) expect([row['status'], row['dueDate'], row['provisional']], String(i)).toEqual([e.status, e.dueDate, e.provisional]);
      else expect((row['error'] as { code: string }).code, String(i)).toBe(e.code);
    }
  });

  test('the same under --method kpi766', async () => {
    const sample = records.slice(0, 2_000);
    const r = await runCli(['batch', '--now', now, '--output', 'ndjson', '--method', 'kpi766'], { stdin: `${sample.map((x) => JSON.stringify(x)).join('\n')}\n` });
    const rows = ndjsonLines(r.stdout);
    rows.pop();
    for (let i = 0; i < sample.length; i += 3) {
      const e = evaluateDossier(sample[i] as never, { now, method: 'kpi766' });
      if (e.ok) expect([rows[i]?.['status'], rows[i]?.['dueDate']], String(i)).toEqual([e.status, e.dueDate]);
    }
  });
});
