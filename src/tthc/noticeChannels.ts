/**
 * The delivery channels of a notice: email, SMS, the provincial app, the provincial page on
 * social networks, or the portal account (DOMAIN.md §4).
 *
 * @module
 */
import { isValidEmail, isVietnameseMobile } from './contacts.js';
import type { NoticeIssueList } from './noticeIssues.js';
import { EXPECTED, FIELD } from './noticeLabels.js';
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
} from './noticeRead.js';
import type { Read } from './noticeRead.js';
import { NOTICE_CHANNEL_TYPES } from './noticeTypes.js';
import type { NoticeChannelType } from './noticeTypes.js';

/** Checks one channel; returns the number of issues it added. */
function checkChannel(channel: Read, i: number, list: NoticeIssueList): number {
  const before = list.issues.length;
  const path = `channels[${i}]`;
  if (!channel.ok) list.invalid(path, FIELD.channel(i), EXPECTED.object, UNREADABLE_VALUE);
  else if (!isRecord(channel.value) || isArray(channel.value) !== false) list.invalid(path, FIELD.channel(i), EXPECTED.object, describeValue(channel.value));
  else {
    const typeRead = readOwn(channel.value, 'type');
    const type: NoticeChannelType | undefined = typeRead.ok ? NOTICE_CHANNEL_TYPES.find((t) => t === typeRead.value) : undefined;
    if (type === undefined) list.invalid(`${path}.type`, FIELD.channelType(i), EXPECTED.channelType, typeRead.ok ? describeValue(typeRead.value) : UNREADABLE_VALUE);
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
 * channel. At most {@link MAX_ITEMS} channels are examined and about {@link MAX_ITEM_ISSUES}
 * channel issues reported.
 */
export function checkChannels(read: Read, list: NoticeIssueList): void {
  if (!read.ok) return list.invalid('channels', FIELD.channels, EXPECTED.channels, UNREADABLE_VALUE);
  const value = read.value;
  if (value === undefined || value === null) return list.add('NO_CHANNEL', 'channels', {});
  const length = isArray(value) === true ? lengthOf(value as object) : undefined;
  if (length === undefined) return list.invalid('channels', FIELD.channels, EXPECTED.channels, describeValue(value));
  if (length === 0) return list.add('NO_CHANNEL', 'channels', {});
  if (length > MAX_ITEMS) list.invalid('channels', FIELD.channels, EXPECTED.atMost(MAX_ITEMS));
  let reported = 0;
  for (let i = 0; i < Math.min(length, MAX_ITEMS) && reported < MAX_ITEM_ISSUES; i++) {
    reported += checkChannel(readOwn(value as object, String(i)), i, list);
  }
}
