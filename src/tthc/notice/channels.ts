/**
 * The delivery channels of a notice: email, SMS, the provincial app, the provincial page on
 * social networks, the portal account or VNeID (docs/domain.md §4, §9), and which of them the rules in
 * force on the day of issue allow.
 *
 * @module
 */
import { DAY_MS, formatDay } from '../../time/civil.js';
import type { CompiledZone } from '../../time/zone.js';
import { isValidEmail, isVietnameseMobile } from './contacts.js';
import { dateText } from '../format.js';
import type { NoticeIssueList } from './issues.js';
import { EXPECTED, FIELD } from './labels.js';
import {
  MAX_ITEMS,
  MAX_ITEM_ISSUES,
  MAX_SHORT_TEXT,
  UNREADABLE_VALUE,
  describeValue,
  isArray,
  isBlank,
  isRecord,
  lengthOf,
  readOwn,
} from './read.js';
import type { Read } from './read.js';
import { NOTICE_CHANNEL_TYPES } from './types.js';
import type { NoticeChannelType } from './types.js';
import { rulesOn } from '../rulesInForce.js';
import type { RuleSetName } from '../rulesInForce.js';

/** The channels the rules in force allow on the day a notice is issued, and what the message of a refusal needs. */
export interface AllowedChannels {
  readonly rules: RuleSetName;
  /** The day of issue, `dd/MM/yyyy`. */
  readonly date: string;
  /** The allowed types, in the order of the texts (national first). */
  readonly types: readonly NoticeChannelType[];
  /** The texts that name them. */
  readonly source: string;
  /** Channels of the national row that become allowed on a later day. */
  readonly later: ReadonlyMap<NoticeChannelType, { date: string; source: string; secondary: boolean }>;
}

/** `'YYYY-MM-DD'` → `dd/MM/yyyy`. */
function dayText(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dateText(y, m, d);
}

/**
 * The channels allowed for a notice issued at `issuedAt` (its day in `zone`) under `rules`: the
 * national decree's intake channels in force that day, plus the province's own under `'tay-ninh'`.
 */
export function allowedChannels(rules: RuleSetName, issuedAt: number, zone: CompiledZone): AllowedChannels {
  const day = Math.floor(zone.toLocal(issuedAt) / DAY_MS);
  const date = formatDay(day);
  const inForce = rulesOn(rules, day);
  const types: NoticeChannelType[] = [];
  const later = new Map<NoticeChannelType, { date: string; source: string; secondary: boolean }>();
  for (const channel of inForce.national.intakeChannels) {
    if (channel.from === undefined || channel.from <= date) types.push(channel.type);
    else later.set(channel.type, { date: dayText(channel.from), source: channel.source ?? inForce.national.intakeChannelsSource, secondary: channel.secondary === true });
  }
  const sources = [inForce.national.intakeChannelsSource];
  if (inForce.provincial) {
    for (const type of inForce.provincial.channels) {
      const known = NOTICE_CHANNEL_TYPES.find((t) => t === type);
      if (known !== undefined && !types.includes(known)) types.push(known);
    }
    sources.push(inForce.provincial.channelsSource);
  }
  return { rules, date: dayText(date), types, source: sources.join('; '), later };
}

/** Checks one channel; returns the number of issues it added. */
function checkChannel(channel: Read, i: number, allowed: AllowedChannels | undefined, list: NoticeIssueList): number {
  const before = list.issues.length;
  const path = `channels[${i}]`;
  if (!channel.ok) list.invalid(path, FIELD.channel(i), EXPECTED.object, UNREADABLE_VALUE);
  else if (!isRecord(channel.value) || isArray(channel.value) !== false) list.invalid(path, FIELD.channel(i), EXPECTED.object, describeValue(channel.value));
  else {
    const typeRead = readOwn(channel.value, 'type');
    const type: NoticeChannelType | undefined = typeRead.ok ? NOTICE_CHANNEL_TYPES.find((t) => t === typeRead.value) : undefined;
    if (type === undefined) list.invalid(`${path}.type`, FIELD.channelType(i), EXPECTED.channelType, typeRead.ok ? describeValue(typeRead.value) : UNREADABLE_VALUE);
    else if (allowed !== undefined && !allowed.types.includes(type)) {
      const { rules, date, source, types } = allowed;
      const later = allowed.later.get(type);
      list.add('CHANNEL_NOT_ALLOWED', `${path}.type`, later ? { channel: type, position: i + 1, rules, date, source, allowed: types, later } : { channel: type, position: i + 1, rules, date, source, allowed: types });
    }
    checkAddress(readOwn(channel.value, 'to'), type, i, list);
  }
  return list.issues.length - before;
}

/**
 * The address `to`: required and valid for `email` (an email address) and `sms` (a Vietnamese
 * mobile number), otherwise `INVALID_CONTACT`; optional for the other types; a string when given.
 */
function checkAddress(read: Read, type: NoticeChannelType | undefined, i: number, list: NoticeIssueList): void {
  const path = `channels[${i}].to`;
  if (!read.ok) return list.invalid(path, FIELD.channelTo(i), EXPECTED.shortText, UNREADABLE_VALUE);
  const to = read.value;
  const needed = type === 'email' || type === 'sms';
  if (to === undefined || to === null || (needed && typeof to === 'string' && isBlank(to))) {
    if (needed) list.add('INVALID_CONTACT', path, { channel: type, position: i + 1 });
    else if (to === null) list.invalid(path, FIELD.channelTo(i), EXPECTED.shortText, describeValue(to));
    return;
  }
  if (typeof to !== 'string' || to.length > MAX_SHORT_TEXT) return list.invalid(path, FIELD.channelTo(i), EXPECTED.shortText, describeValue(to));
  if (type === 'email' && !isValidEmail(to)) list.add('INVALID_CONTACT', path, { channel: type, position: i + 1, to });
  if (type === 'sms' && !isVietnameseMobile(to)) list.add('INVALID_CONTACT', path, { channel: type, position: i + 1, to });
}

/**
 * Checks `channels`: absent or empty → `NO_CHANNEL`; not an array → `INVALID_FIELD`; then each
 * channel, and with `allowed` (the rules in force on the day of issue) each known type outside it
 * → `CHANNEL_NOT_ALLOWED`. At most {@link MAX_ITEMS} channels are examined and about
 * {@link MAX_ITEM_ISSUES} channel issues reported.
 */
export function checkChannels(read: Read, allowed: AllowedChannels | undefined, list: NoticeIssueList): void {
  if (!read.ok) return list.invalid('channels', FIELD.channels, EXPECTED.channels, UNREADABLE_VALUE);
  const value = read.value;
  if (value === undefined || value === null) return list.add('NO_CHANNEL', 'channels', {});
  const length = isArray(value) === true ? lengthOf(value as object) : undefined;
  if (length === undefined) return list.invalid('channels', FIELD.channels, EXPECTED.channels, describeValue(value));
  if (length === 0) return list.add('NO_CHANNEL', 'channels', {});
  if (length > MAX_ITEMS) list.invalid('channels', FIELD.channels, EXPECTED.atMost(MAX_ITEMS));
  let reported = 0;
  for (let i = 0; i < Math.min(length, MAX_ITEMS) && reported < MAX_ITEM_ISSUES; i++) {
    reported += checkChannel(readOwn(value as object, String(i)), i, allowed, list);
  }
}
