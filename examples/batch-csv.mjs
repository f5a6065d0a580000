// Summarize a register of dossiers (examples/dossiers.csv) as a provincial dashboard does: read
// the file line by line, turn each row into a dossier, and let summarize() count them in
// constant memory. (The `vn-worktime batch` command does this for any CSV or NDJSON file.)
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { summarize } from 'vn-worktime/tthc';

const file = new URL('./dossiers.csv', import.meta.url);

/** The rows of a simple CSV file (no quoted fields) as objects, one at a time. */
async function* rows(url) {
  let header;
  for await (const line of createInterface({ input: createReadStream(url), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const fields = line.split(',');
    if (!header) header = fields;
    else yield Object.fromEntries(header.map((name, i) => [name, fields[i] ?? '']));
  }
}

/** A row as a dossier of summarize(): a deadline, or acceptedAt + a period. */
async function* dossiers() {
  for await (const r of rows(file)) {
    const period = r.workingDays ? { workingDays: Number(r.workingDays) } : r.workingHours ? { workingHours: Number(r.workingHours) } : undefined;
    yield {
      id: r.id,
      channel: r.channel,
      ...(r.deadline ? { deadline: r.deadline } : { acceptedAt: r.acceptedAt, period }),
      ...(r.completedAt && { completedAt: r.completedAt }),
    };
  }
}

const s = await summarize(dossiers(), { now: '2026-03-02T09:00' });
console.log(`Dossiers: ${s.total} valid, ${s.invalid.length} invalid`);
console.log(`By status: ${Object.entries(s.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`By channel: ${Object.entries(s.byChannel).map(([k, v]) => `${k} ${v.total} (late ${v.late})`).join(', ')}`);
console.log(`Late rate: ${(s.lateRate * 100).toFixed(1)} %, on-time rate: ${(s.onTimeRate * 100).toFixed(1)} %`);
for (const bad of s.invalid) console.log(`Invalid row ${bad.index + 1} (${bad.id}): ${bad.code}`);
