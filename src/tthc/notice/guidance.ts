/**
 * The guidance of a notice (hướng dẫn cụ thể, đầy đủ một lần): a supplement request needs at
 * least one concrete item; every item present must say something.
 *
 * @module
 */
import type { NoticeIssueList } from './issues.js';
import { EXPECTED, FIELD } from './labels.js';
import { MAX_ITEMS, MAX_ITEM_ISSUES, MAX_TEXT, UNREADABLE_VALUE, describeValue, isArray, isMeaningful, lengthOf, readOwn } from './read.js';
import type { Read } from './read.js';
import type { NoticeKind } from './types.js';

/**
 * Checks `guidance`. An empty list is fine for a refusal or a redirect; a supplement without any
 * item (or without the field) is `MISSING_GUIDANCE`. An item without a letter or digit is
 * `MISSING_GUIDANCE` at its own path; an item that is not a string is `INVALID_FIELD`. At most
 * {@link MAX_ITEMS} items are examined and {@link MAX_ITEM_ISSUES} item issues reported.
 */
export function checkGuidance(read: Read, kind: NoticeKind | undefined, list: NoticeIssueList): void {
  if (!read.ok) return list.invalid('guidance', FIELD.guidance, EXPECTED.guidance, UNREADABLE_VALUE);
  const value = read.value;
  if ((value === undefined || value === null) && kind === 'supplement') return list.add('MISSING_GUIDANCE', 'guidance', {});
  const length = isArray(value) === true ? lengthOf(value as object) : undefined;
  if (length === undefined) return list.invalid('guidance', FIELD.guidance, EXPECTED.guidance, describeValue(value));
  if (length > MAX_ITEMS) list.invalid('guidance', FIELD.guidance, EXPECTED.atMost(MAX_ITEMS));

  let itemIssues = 0;
  const report = (add: () => void): void => {
    if (itemIssues++ < MAX_ITEM_ISSUES) add();
  };
  for (let i = 0; i < Math.min(length, MAX_ITEMS); i++) {
    const item = readOwn(value as object, String(i));
    const path = `guidance[${i}]`;
    if (!item.ok) report(() => list.invalid(path, FIELD.guidanceItem(i), EXPECTED.text, UNREADABLE_VALUE));
    else if (typeof item.value !== 'string') report(() => list.invalid(path, FIELD.guidanceItem(i), EXPECTED.text, describeValue(item.value)));
    else if (item.value.length > MAX_TEXT) report(() => list.invalid(path, FIELD.guidanceItem(i), EXPECTED.longText));
    else if (!isMeaningful(item.value)) report(() => list.add('MISSING_GUIDANCE', path, { item: i + 1 }));
  }
  if (kind === 'supplement' && length === 0) list.add('MISSING_GUIDANCE', 'guidance', {});
}
