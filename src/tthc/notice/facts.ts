/**
 * What the rules of a notice depend on, worked out once from its plain data: the zone, calendar
 * and rule set of the context, the notice's dossier, kind and times, the channels allowed on its
 * day of issue.
 *
 * @module
 */
import { allowedChannels } from './channels.js';
import { instantOf } from './issues.js';
import type { InstantRead } from './instant.js';
import { is, zoneOf } from './read.js';
import type { PlainContext, PlainNotice } from './read.js';
import { isBlank } from './text.js';
import { NOTICE_KINDS } from './types.js';
import { RULE_SETS } from '../rulesInForce.js';

/** Longest dossier id examined. */
export const MAX_ID = 1_000;

/** The epoch of an instant that could be read. */
export const epochOf = (read: InstantRead | undefined): number | undefined => (read?.ok ? read.epoch : undefined);

/**
 * The facts of a notice and its context. `rules` is `'tay-ninh'` unless given, `undefined` when
 * the value given is not a rule set; `badCalendar` when a calendar is given but is not usable (then
 * no deadline is computed); `allowed` needs a readable `issuedAt` and a rule set.
 */
export function factsOf(notice: PlainNotice, context: PlainContext) {
  const zone = zoneOf(context.calendar);
  const id = notice.dossierId;
  const rules = context.rules === undefined ? 'tay-ninh' : RULE_SETS.find((r) => r === context.rules);
  const issued = instantOf(notice.issuedAt, zone);
  const issuedAt = epochOf(issued);
  return {
    zone,
    calendar: is(context.calendar, 'calendar') ? context.calendar.calendar : undefined,
    badCalendar: context.calendar !== undefined && !is(context.calendar, 'calendar'),
    rules,
    submitted: context.submittedAt === undefined ? undefined : instantOf(context.submittedAt, zone),
    /** The dossier id, trimmed, when valid. */
    dossierId: typeof id === 'string' && id.length <= MAX_ID && !isBlank(id) ? id.trim() : undefined,
    kind: NOTICE_KINDS.find((k) => k === notice.kind),
    issued,
    allowed: rules !== undefined && issuedAt !== undefined ? allowedChannels(rules, issuedAt, zone) : undefined,
  };
}

/** What the rules depend on. */
export type Facts = Readonly<ReturnType<typeof factsOf>>;
