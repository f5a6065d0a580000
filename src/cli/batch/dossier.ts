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
import type { Extension, Pause, Period } from '../../tthc/processingDeadline.js';
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
  | { readonly ok: true; readonly channel: Channel; readonly deadline: DateTime; readonly dueDate: string; readonly status: SlaStatusName; readonly marginMs: number }
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

function evaluateOrThrow(f: Readonly<Record<string, unknown>>, env: DossierEnv): Outcome {
  const { calendar } = env;
  const channel = f['channel'];
  if (channel !== 'online' && channel !== 'direct' && channel !== 'postal') {
    throw argument(`Expected \`channel\` to be 'online', 'direct' or 'postal', got ${describe(channel)}`, { channel });
  }
  const period = periodOf(f);
  const adjusted = present(f['pauses']) || present(f['extensions']);
  const accepted = present(f['acceptedAt']) ? asDateTime(calendar, instant(f['acceptedAt'])) : undefined;

  let deadline: DateTime;
  let dueDate: string;
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
    const r = processingDeadline(accepted, period, {
      calendar,
      ...(present(f['pauses']) && { pauses: f['pauses'] as Pause[] }),
      ...(present(f['extensions']) && { extensions: f['extensions'] as Extension[] }),
    });
    deadline = r.deadline;
    dueDate = r.dueDate;
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
  return { ok: true, channel, deadline, dueDate, status: s.status, marginMs: s.margin.toMillis() };
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
