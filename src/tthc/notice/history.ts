/**
 * The "một lần" rule: guidance to supplement a dossier is given completely, once. A second
 * supplement request for the same dossier is `REPEATED_REQUEST`.
 *
 * @module
 */
import type { CompiledZone } from '../../time/zone.js';
import type { NoticeHead } from './fields.js';
import type { NoticeIssueList } from './issues.js';
import { instantText, readInstant } from './instant.js';
import { EXPECTED, FIELD } from './labels.js';
import { MAX_ITEM_ISSUES, MAX_SHORT_TEXT, UNREADABLE_VALUE, describeValue, isArray, isRecord, readOwn } from './read.js';

/** The first earlier supplement request found: its index, and when it was issued if readable. */
interface Earlier {
  index: number;
  epoch: number | undefined;
  /** The dossier id of both, trimmed. */
  dossierId: string;
}

/**
 * Checks the previous notices: each must be an object whose `dossierId` and `kind` are strings
 * (otherwise `INVALID_FIELD`, at most {@link MAX_ITEM_ISSUES} of them). When `notice` is a
 * supplement request, the first previous supplement request for the same dossier (ids compared
 * after trimming) issued earlier — or whose time, or the notice's, cannot be compared — gives one
 * `REPEATED_REQUEST` at its path. The notice itself (same object) and requests issued at the
 * same instant or later are not "earlier".
 */
export function checkHistory(
  previous: { list: object; count: number },
  notice: unknown,
  head: NoticeHead,
  zone: CompiledZone,
  list: NoticeIssueList,
): void {
  const wanted = head.kind === 'supplement' ? head.dossierId : undefined;
  let found: Earlier | undefined;
  let reported = 0;
  const report = (add: () => void): void => {
    if (reported++ < MAX_ITEM_ISSUES) add();
  };
  for (let i = 0; i < previous.count; i++) {
    const item = readOwn(previous.list, String(i));
    const path = `context.previousNotices[${i}]`;
    if (!item.ok || !isRecord(item.value) || isArray(item.value) !== false) {
      report(() => list.invalid(path, FIELD.previous(i), EXPECTED.object, item.ok ? describeValue(item.value) : UNREADABLE_VALUE));
      continue;
    }
    if (item.value === notice) continue;
    const id = readOwn(item.value, 'dossierId');
    const kind = readOwn(item.value, 'kind');
    if (!id.ok || typeof id.value !== 'string') {
      report(() => list.invalid(`${path}.dossierId`, FIELD.previousField(i, 'dossierId'), EXPECTED.id, id.ok ? describeValue(id.value) : UNREADABLE_VALUE));
    }
    if (!kind.ok || typeof kind.value !== 'string') {
      report(() => list.invalid(`${path}.kind`, FIELD.previousField(i, 'kind'), EXPECTED.kind, kind.ok ? describeValue(kind.value) : UNREADABLE_VALUE));
    }
    // When the notice is not a supplement request, `wanted` is undefined and no id matches it.
    if (found || !kind.ok || kind.value !== 'supplement') continue;
    if (!id.ok || typeof id.value !== 'string' || id.value.length > MAX_SHORT_TEXT || id.value.trim() !== wanted) continue;
    const at = readOwn(item.value, 'issuedAt');
    const instant = at.ok ? readInstant(at.value, zone) : undefined;
    const epoch = instant?.ok ? instant.epoch : undefined;
    if (epoch === undefined || head.issuedAt === undefined || epoch < head.issuedAt) {
      found = { index: i, epoch, dossierId: wanted };
    }
  }
  if (found) {
    const params = found.epoch === undefined ? { dossierId: found.dossierId } : { dossierId: found.dossierId, earlier: instantText(found.epoch, zone) };
    list.add('REPEATED_REQUEST', `context.previousNotices[${found.index}]`, params);
  }
}
