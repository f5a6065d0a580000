/**
 * One dossier of `batch`: its deadline — given, or computed from `acceptedAt` and a period by
 * `processingDeadline` — and its status at `now` by `slaStatus`; or why it cannot be read.
 *
 * The rules are those of `summarize`: a channel other than online/direct/postal, both or neither
 * of `deadline` and `acceptedAt` + period, an unreadable instant or number, a deadline or a
 * completion before the acceptance make the dossier invalid.
 *
 * @module
 */
import type { DateTime } from 'luxon';
import type { WorkingCalendar } from '../../calendar/WorkingCalendar.js';
import { WorktimeError, describe } from '../../errors.js';
import { processingDeadline } from '../../tthc/processingDeadline.js';
import type { Extension, Pause, Period, Supplement } from '../../tthc/processingDeadline.js';
import { provisionalYearsBetween } from '../../tthc/provisional.js';
import { CompiledZone } from '../../time/zone.js';
import { slaStatus } from '../../tthc/slaStatus.js';
import type { SlaStatusInput, SlaStatusName } from '../../tthc/slaStatus.js';
import type { Channel } from '../../tthc/types.js';
import { asDateTime, fromVietnameseForm, numberArg } from '../values.js';

/** What `batch` needs to evaluate dossiers. */
export interface DossierEnv {
  readonly calendar: WorkingCalendar;
  /** The instant the statuses are taken at. */
  readonly now: DateTime;
  /** A deadline as given (an instant or a day alone) → the instant it stands for. */
  readonly resolve: (input: string | Date) => DateTime;
}

/** A dossier evaluated, or the error that made it invalid. */
export type Outcome =
  | {
      readonly ok: true;
      readonly channel: Channel;
      /** `null` while a supplement is outstanding (the period restarts when it is completed). */
      readonly deadline: DateTime | null;
      readonly dueDate: string | null;
      readonly status: SlaStatusName | 'waiting';
      readonly marginMs: number | null;
      /** A day used lies in a year whose civil-service schedule is provisional. */
      readonly provisional: boolean;
      /** The codes of the procedural rules broken (e.g. `REPEATED_SUPPLEMENT`). */
      readonly violations: readonly string[];
    }
  | { readonly ok: false; readonly code: string; readonly message: string };

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

function argument(message: string, details: Record<string, unknown>): WorktimeError {
  return new WorktimeError('INVALID_ARGUMENT', message, details);
}

/** An instant field: a Vietnamese-form or ISO string, or epoch milliseconds. */
function instant(value: unknown): string | Date {
  if (typeof value === 'string') return fromVietnameseForm(value);
  if (typeof value === 'number') return new Date(value);
  return value as string;
}

function amount(value: unknown, name: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return numberArg(value, `\`${name}\``);
  throw new WorktimeError('INVALID_NUMBER', `Expected \`${name}\` to be a number, got ${describe(value)}`, { [name]: value });
}

function periodOf(f: Readonly<Record<string, unknown>>): Period | undefined {
  if (present(f['period'])) return f['period'] as Period;
  const days = present(f['workingDays']) ? amount(f['workingDays'], 'workingDays') : undefined;
  const hours = present(f['workingHours']) ? amount(f['workingHours'], 'workingHours') : undefined;
  if (days !== undefined && hours !== undefined) throw argument('Expected either `workingDays` or `workingHours`, not both', { workingDays: days, workingHours: hours });
  if (days !== undefined) return { workingDays: days };
  return hours === undefined ? undefined : { workingHours: hours };
}

/** A JSON field given as text in a CSV cell (`supplements`, `extensions`, `pauses`), or as it is. */
function structured(value: unknown, name: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw argument(`Expected \`${name}\` to be a JSON array such as [{"requestedAt":"2026-03-04T10:00","completedAt":"2026-03-09T14:00"}], got ${describe(value)}`, { [name]: value });
  }
}

function evaluateOrThrow(f: Readonly<Record<string, unknown>>, env: DossierEnv): Outcome {
  const { calendar } = env;
  const channel = f['channel'];
  if (channel !== 'online' && channel !== 'direct' && channel !== 'postal') {
    throw argument(`Expected \`channel\` to be 'online', 'direct' or 'postal', got ${describe(channel)}`, { channel });
  }
  const period = periodOf(f);
  const adjusted = present(f['pauses']) || present(f['extensions']) || present(f['supplements']);
  const accepted = present(f['acceptedAt']) ? asDateTime(calendar, instant(f['acceptedAt'])) : undefined;

  let deadline: DateTime | null;
  let dueDate: string | null;
  let provisional = false;
  let violations: string[] = [];
  if (present(f['deadline'])) {
    if (period !== undefined || adjusted) throw argument('Expected either `deadline` or `acceptedAt` + `workingDays`/`workingHours`, not both', { deadline: f['deadline'] });
    deadline = env.resolve(instant(f['deadline']));
    if (accepted !== undefined && deadline < accepted) {
      throw argument(`Expected \`deadline\` not before \`acceptedAt\`, got ${describe(f['deadline'])} and ${describe(f['acceptedAt'])}`, { deadline: f['deadline'] });
    }
    dueDate = deadline.minus(1).toISODate() ?? ''; // a deadline at 00:00 is 24:00 of the day before
  } else {
    if (accepted === undefined || period === undefined) {
      throw argument('Expected a `deadline`, or `acceptedAt` and `workingDays` or `workingHours` to compute it', { acceptedAt: f['acceptedAt'] });
    }
    const method = f['method'];
    const r = processingDeadline(accepted, period, {
      calendar,
      ...(present(f['pauses']) && { pauses: structured(f['pauses'], 'pauses') as Pause[] }),
      ...(present(f['extensions']) && { extensions: structured(f['extensions'], 'extensions') as Extension[] }),
      ...(present(f['supplements']) && { supplements: structured(f['supplements'], 'supplements') as Supplement[] }),
      ...(present(method) && { method: method as 'legal' }),
    });
    deadline = r.deadline;
    dueDate = r.dueDate;
    provisional = r.provisional;
    violations = r.violations.map((v) => v.code);
  }
  if (deadline === null) {
    return { ok: true, channel, deadline, dueDate, status: 'waiting', marginMs: null, provisional, violations };
  }

  const input: SlaStatusInput = { deadline, now: env.now, calendar };
  if (present(f['completedAt'])) {
    const completed = asDateTime(calendar, instant(f['completedAt']));
    if (accepted !== undefined && completed < accepted) {
      throw argument(`Expected \`completedAt\` not before \`acceptedAt\`, got ${describe(f['completedAt'])} and ${describe(f['acceptedAt'])}`, { completedAt: f['completedAt'] });
    }
    input.completedAt = completed;
  }
  const s = slaStatus(input);
  const zone = CompiledZone.get(calendar.zone);
  const end = input.completedAt === undefined ? env.now : (input.completedAt as DateTime);
  provisional ||= provisionalYearsBetween(calendar, zone, (accepted ?? deadline).toMillis(), Math.max(deadline.toMillis(), end.toMillis())).length > 0;
  return { ok: true, channel, deadline, dueDate, status: s.status, marginMs: s.margin.toMillis(), provisional, violations };
}

/** Evaluates one dossier; a `WorktimeError` makes it invalid, anything else is a bug and is thrown. */
export function evaluateDossier(fields: Readonly<Record<string, unknown>>, env: DossierEnv): Outcome {
  try {
    return evaluateOrThrow(fields, env);
  } catch (error) {
    if (error instanceof WorktimeError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
