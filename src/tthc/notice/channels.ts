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
import { describe, invalid, issue, itemIssues } from './issues.js';
import { EXPECTED, FIELD } from './labels.js';
import { MAX_ITEMS, is } from './read.js';
import type { List, Plain, PlainChannel } from './read.js';
import { isBlank } from './text.js';
import { NOTICE_CHANNEL_TYPES } from './types.js';
import type { NoticeChannelType, NoticeIssue } from './types.js';
import { rulesOn } from '../rulesInForce.js';
import type { RuleSetName } from '../rulesInForce.js';

/** Longest address examined. */
export const MAX_ADDRESS = 1_000;

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

const VALID_ADDRESS = { email: isValidEmail, sms: isVietnameseMobile };

/**
 * The address `to`: required and valid for `email` (an email address) and `sms` (a Vietnamese
 * mobile number), otherwise `INVALID_CONTACT`; optional for the other types; a string when given.
 */
function checkAddress(to: Plain, type: NoticeChannelType | undefined, i: number): NoticeIssue[] {
  const path = `channels[${i}].to`;
  const contact = type === 'email' || type === 'sms' ? type : undefined;
  if (to === undefined || (contact !== undefined && (to === null || (typeof to === 'string' && isBlank(to))))) {
    return contact === undefined ? [] : [issue('INVALID_CONTACT', path, { channel: contact, position: i + 1 })];
  }
  if (typeof to !== 'string' || to.length > MAX_ADDRESS) return [invalid(path, FIELD.channelTo(i), EXPECTED.shortText, describe(to))];
  return contact === undefined || VALID_ADDRESS[contact](to) ? [] : [issue('INVALID_CONTACT', path, { channel: contact, position: i + 1, to })];
}

/** Checks one channel: an object with a known type, allowed on the day of issue, and its address. */
function checkChannel(channel: Plain | PlainChannel, i: number, allowed: AllowedChannels | undefined): NoticeIssue[] {
  const path = `channels[${i}]`;
  if (!is(channel, 'record')) return [invalid(path, FIELD.channel(i), EXPECTED.object, describe(channel))];
  const type = NOTICE_CHANNEL_TYPES.find((t) => t === channel.type);
  const issues = type === undefined ? [invalid(`${path}.type`, FIELD.channelType(i), EXPECTED.channelType, describe(channel.type))] : [];
  if (type !== undefined && allowed !== undefined && !allowed.types.includes(type)) {
    const { rules, date, source, types } = allowed;
    const later = allowed.later.get(type);
    issues.push(issue('CHANNEL_NOT_ALLOWED', `${path}.type`, { channel: type, position: i + 1, rules, date, source, allowed: types, ...(later && { later }) }));
  }
  return [...issues, ...checkAddress(channel.to, type, i)];
}

/**
 * Checks `channels`: absent, null or empty → `NO_CHANNEL`; not an array → `INVALID_FIELD`; then
 * each channel, and with `allowed` (the rules in force on the day of issue) each known type outside
 * it → `CHANNEL_NOT_ALLOWED`. At most {@link MAX_ITEMS} channels are examined, and channels stop
 * being examined once 20 channel issues are reported.
 */
export function checkChannels(channels: Plain | List<Plain | PlainChannel>, allowed: AllowedChannels | undefined): NoticeIssue[] {
  if (channels === undefined || channels === null || (is(channels, 'list') && channels.length === 0)) return [issue('NO_CHANNEL', 'channels', {})];
  if (!is(channels, 'list')) return [invalid('channels', FIELD.channels, EXPECTED.channels, describe(channels))];
  return [...(channels.length > MAX_ITEMS ? [invalid('channels', FIELD.channels, EXPECTED.atMost(MAX_ITEMS))] : []), ...itemIssues(channels.items, (channel, i) => checkChannel(channel, i, allowed))];
}
