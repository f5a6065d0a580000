/**
 * Checks of a notice's single-valued fields: dossierId, kind, issuedAt, content, reason and
 * authority (docs/domain.md §4).
 *
 * @module
 */
import type { CompiledZone } from '../../time/zone.js';
import type { NoticeIssueList } from './issues.js';
import { readInstant } from './instant.js';
import { EXPECTED, FIELD } from './labels.js';
import { MAX_SHORT_TEXT, MAX_TEXT, UNREADABLE_VALUE, describeValue, isBlank, isMeaningful, readOwn } from './read.js';
import type { Read } from './read.js';
import { NOTICE_KINDS } from './types.js';
import type { NoticeKind, NoticeText } from './types.js';

/** What later checks need to know of a notice: the fields that could be read correctly. */
export interface NoticeHead {
  /** The dossier id, trimmed, when valid. */
  dossierId?: string | undefined;
  /** The kind, when valid. */
  kind?: NoticeKind | undefined;
  /** `issuedAt` in epoch ms, when readable. */
  issuedAt?: number | undefined;
}

/** The issue code for an empty required text field. */
type MissingCode = 'MISSING_CONTENT' | 'MISSING_REASON' | 'MISSING_AUTHORITY';

/**
 * Checks a required text: absent or without a letter or digit → `missing`; not a string or too
 * long → `INVALID_FIELD`.
 */
function checkText(read: Read, path: string, field: NoticeText, missing: MissingCode, list: NoticeIssueList): void {
  if (!read.ok) return list.invalid(path, field, EXPECTED.text, UNREADABLE_VALUE);
  const value = read.value;
  if (value === undefined || value === null) return list.add(missing, path, {});
  if (typeof value !== 'string') return list.invalid(path, field, EXPECTED.text, describeValue(value));
  if (value.length > MAX_TEXT) return list.invalid(path, field, EXPECTED.longText);
  if (!isMeaningful(value)) list.add(missing, path, {});
}

function checkDossierId(read: Read, list: NoticeIssueList): string | undefined {
  if (!read.ok) return void list.invalid('dossierId', FIELD.dossierId, EXPECTED.id, UNREADABLE_VALUE);
  const value = read.value;
  if (typeof value !== 'string' || value.length > MAX_SHORT_TEXT || isBlank(value)) {
    return void list.invalid('dossierId', FIELD.dossierId, EXPECTED.id, describeValue(value));
  }
  return value.trim();
}

function checkKind(read: Read, list: NoticeIssueList): NoticeKind | undefined {
  if (!read.ok) return void list.invalid('kind', FIELD.kind, EXPECTED.kind, UNREADABLE_VALUE);
  const kind = NOTICE_KINDS.find((k) => k === read.value);
  if (kind === undefined) list.invalid('kind', FIELD.kind, EXPECTED.kind, describeValue(read.value));
  return kind;
}

function checkIssuedAt(read: Read, zone: CompiledZone, list: NoticeIssueList): number | undefined {
  if (!read.ok) return void list.invalid('issuedAt', FIELD.issuedAt, EXPECTED.instant, UNREADABLE_VALUE);
  const instant = readInstant(read.value, zone);
  if (instant.ok) return instant.epoch;
  list.invalid('issuedAt', FIELD.issuedAt, instant.outOfRange ? EXPECTED.inRange : EXPECTED.instant, describeValue(read.value));
  return undefined;
}

/** The competent agency: required (`MISSING_AUTHORITY`) for a redirect, otherwise optional. */
export function checkAuthority(read: Read, kind: NoticeKind | undefined, list: NoticeIssueList): void {
  if (kind === 'redirect') return checkText(read, 'authority', FIELD.authority, 'MISSING_AUTHORITY', list);
  if (!read.ok) return list.invalid('authority', FIELD.authority, EXPECTED.text, UNREADABLE_VALUE);
  if (read.value === undefined) return;
  if (typeof read.value !== 'string') return list.invalid('authority', FIELD.authority, EXPECTED.text, describeValue(read.value));
  if (read.value.length > MAX_TEXT) list.invalid('authority', FIELD.authority, EXPECTED.longText);
}

/**
 * Checks dossierId, kind, issuedAt, content and reason of `notice`, reading each own property
 * once, and returns what later checks depend on.
 */
export function checkFields(notice: object, zone: CompiledZone, list: NoticeIssueList): NoticeHead {
  const dossierId = checkDossierId(readOwn(notice, 'dossierId'), list);
  const kind = checkKind(readOwn(notice, 'kind'), list);
  const issuedAt = checkIssuedAt(readOwn(notice, 'issuedAt'), zone, list);
  checkText(readOwn(notice, 'content'), 'content', FIELD.content, 'MISSING_CONTENT', list);
  checkText(readOwn(notice, 'reason'), 'reason', FIELD.reason, 'MISSING_REASON', list);
  return { dossierId, kind, issuedAt };
}
