/**
 * One dossier record of `summarize`: validated and classified, or rejected with a
 * `WorktimeError` that `summarize` lists in `invalid`.
 *
 * @module
 */
import { WorktimeError, describe } from '../errors.js';
import { toEpoch } from '../time/instant.js';
import type { InstantInput } from '../time/instant.js';
import { deadlineEpoch, statusOf } from './dossierStatus.js';
import type { SlaStatusName } from './dossierStatus.js';
import type { DayClock } from './periodDays.js';
import { periodDeadline } from './periodDeadline.js';
import { parseExtensions, parsePauses, parsePeriod } from './periodInput.js';
import type { Extension, Period } from './periodInput.js';
import { provisionalYearsBetween } from './provisional.js';
import type { Channel } from './types.js';

/**
 * A dossier (hồ sơ) as `summarize` reads it: its channel, its deadline — given, or computed from
 * `acceptedAt` and `period` (with optional `pauses` and `extensions`) — and its completion.
 * `null` counts as absent; other properties (a database row's columns) are ignored.
 */
export interface Dossier {
  /** An identifier, repeated in `invalid` to find a bad record. */
  id?: string;
  /** trực tuyến, trực tiếp, bưu chính công ích. */
  channel: Channel;
  /** The deadline (hạn giải quyết); a date alone means the close of working hours that day. */
  deadline?: InstantInput | null;
  /** When the dossier was accepted; with `period`, the deadline is computed by `processingDeadline`. */
  acceptedAt?: InstantInput | null;
  /** The processing period, with `acceptedAt`. */
  period?: Period | null;
  /** Pauses of the clock, with `acceptedAt` and `period`. */
  pauses?: Array<{ from: InstantInput; to: InstantInput }> | null;
  /** Extensions, with `acceptedAt` and `period`. */
  extensions?: Extension[] | null;
  /** When the dossier was settled; absent while in progress. */
  completedAt?: InstantInput | null;
}

/** A classified dossier. */
export interface DossierResult {
  readonly channel: Channel;
  readonly status: SlaStatusName;
  /** A day it used lies in a year whose civil-service schedule is provisional. */
  readonly provisional: boolean;
}

function invalid(message: string, details: Record<string, unknown>): WorktimeError {
  return new WorktimeError('INVALID_ARGUMENT', message, details);
}

const present = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * Validates a record and gives its channel and status at `now`.
 *
 * @throws WorktimeError for an invalid record: `INVALID_ARGUMENT` (not an object, bad channel,
 *   no or two ways to the deadline, completed before accepted, bad period/pause/extension),
 *   `INVALID_INSTANT`, `OUT_OF_RANGE`, `INVALID_NUMBER`.
 */
export function classifyDossier(record: unknown, clock: DayClock, now: number): DossierResult {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    // Stryker disable next-line ObjectLiteral: summarize, the only caller, reports only the code and message
    throw invalid(`Expected the dossier to be an object { channel, deadline | acceptedAt + period, completedAt? }, got ${describe(record)}`, {
      dossier: record,
    });
  }
  const r = record as Record<string, unknown>;
  const channel = r['channel'];
  if (channel !== 'online' && channel !== 'direct' && channel !== 'postal') {
    // Stryker disable next-line ObjectLiteral: summarize, the only caller, reports only the code and message
    throw invalid(`Expected \`channel\` to be 'online', 'direct' or 'postal', got ${describe(channel)}`, { channel });
  }
  const hasPeriod = present(r['period']);
  const adjusted = present(r['pauses']) || present(r['extensions']);
  const accepted = present(r['acceptedAt']) ? toEpoch(r['acceptedAt'], clock.zone, 'acceptedAt') : undefined;

  let deadline: number;
  if (present(r['deadline'])) {
    if (hasPeriod || adjusted) {
      // Stryker disable next-line ObjectLiteral: summarize, the only caller, reports only the code and message
      throw invalid('Expected either `deadline` or `acceptedAt` + `period` (with `pauses`, `extensions`), not both', {
        // Stryker disable next-line StringLiteral: summarize, the only caller, reports only the code and message
        deadline: r['deadline'],
      });
    }
    deadline = deadlineEpoch(r['deadline'], clock, 'deadline');
    if (accepted !== undefined && deadline < accepted) {
      // Stryker disable next-line ObjectLiteral: summarize, the only caller, reports only the code and message
      throw invalid(`Expected \`deadline\` not before \`acceptedAt\`, got ${describe(r['deadline'])} and ${describe(r['acceptedAt'])}`, {
        // Stryker disable next-line StringLiteral: summarize, the only caller, reports only the code and message
        deadline: r['deadline'],
      });
    }
  } else {
    if (accepted === undefined || !hasPeriod) {
      // Stryker disable next-line ObjectLiteral: summarize, the only caller, reports only the code and message
      throw invalid('Expected a `deadline`, or `acceptedAt` and `period` to compute it', {
        // Stryker disable next-line StringLiteral: summarize, the only caller, reports only the code and message
        acceptedAt: r['acceptedAt'],
        // Stryker disable next-line StringLiteral: summarize, the only caller, reports only the code and message
        period: r['period'],
      });
    }
    const period = parsePeriod(r['period']);
    const extensions = present(r['extensions']) ? parseExtensions(r['extensions']) : [];
    // Stryker disable next-line ArrayDeclaration: a pause that is not an object has NaN bounds and is dropped by mergePauses: it changes nothing
    const pauses = present(r['pauses']) ? parsePauses(r['pauses'], clock.zone) : [];
    deadline = periodDeadline(clock, accepted, period, extensions, pauses);
  }

  let completed: number | undefined;
  if (present(r['completedAt'])) {
    completed = toEpoch(r['completedAt'], clock.zone, 'completedAt');
    if (accepted !== undefined && completed < accepted) {
      // Stryker disable next-line ObjectLiteral: summarize, the only caller, reports only the code and message
      throw invalid(`Expected \`completedAt\` not before \`acceptedAt\`, got ${describe(r['completedAt'])} and ${describe(r['acceptedAt'])}`, {
        // Stryker disable next-line StringLiteral: summarize, the only caller, reports only the code and message
        completedAt: r['completedAt'],
      });
    }
  }
  const from = accepted ?? deadline;
  const to = Math.max(deadline, completed ?? now);
  return { channel, status: statusOf(clock, deadline, completed, now), provisional: provisionalYearsBetween(clock.calendar, clock.zone, from, to).length > 0 };
}
