/**
 * Type tests of `vn-worktime/tthc` (the README's entry points): accepted and rejected inputs and the return
 * types. Checked by `tsc --noEmit -p .`; the rejected calls sit in functions that are never called.
 */
import type { DateTime, Duration } from 'luxon';
import { describe, expectTypeOf, it } from 'vitest';
import type { DateInput, DurationInput, InstantInput } from '../../src/calendar/index.js';
import { WorkingCalendar } from '../../src/calendar/index.js';
import {
  classifyService,
  comparePriority,
  intakeDeadline,
  processingDeadline,
  serviceLevel,
  slaStatus,
  sortByPriority,
  summarize,
  validateNotice,
} from '../../src/tthc/index.js';
import type {
  Basis,
  Channel,
  Dossier,
  IntakeDeadline,
  IntakeDeadlineOptions,
  LegacyServiceLevel,
  Notice,
  NoticeContext,
  NoticeIssue,
  NoticeValidation,
  Period,
  ProcessingDeadline,
  ProcessingDeadlineOptions,
  PartialReason,
  Queued,
  ServiceLevel,
  ServiceLevelOptions,
  ServiceLevelResult,
  ServiceFeatures,
  SlaStatus,
  SlaStatusInput,
  SlaStatusName,
  Summary,
  SummarizeOptions,
} from '../../src/tthc/index.js';
import { typeOnly } from '../support/typeOnly.js';

const cal = WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] } });

describe('tthc types', () => {
  it('shared types', () => {
    expectTypeOf<Channel>().toEqualTypeOf<'online' | 'direct' | 'postal'>();
    expectTypeOf<Basis>().toEqualTypeOf<{ code: string; vi: string; en: string; source?: string }>();
    expectTypeOf<SlaStatusName>().toEqualTypeOf<'early' | 'on-time' | 'late' | 'in-progress' | 'overdue'>();
    expectTypeOf<Period>().toEqualTypeOf<{ workingDays: number } | { workingHours: number }>();
  });

  it('intakeDeadline', () => {
    expectTypeOf(intakeDeadline).parameters.toEqualTypeOf<[submittedAt: InstantInput, options?: IntakeDeadlineOptions]>();
    expectTypeOf(intakeDeadline).returns.toEqualTypeOf<IntakeDeadline>();
    expectTypeOf<IntakeDeadline>().toEqualTypeOf<{
      submittedAt: DateTime;
      receivedAt: DateTime;
      offHours: boolean;
      clockStart: DateTime;
      deadline: DateTime;
      alertBy: DateTime | null;
      rules: 'tay-ninh' | 'national';
      provisional: boolean;
      basis: Basis[];
    }>();
    expectTypeOf<IntakeDeadlineOptions>().toEqualTypeOf<{
      calendar?: WorkingCalendar;
      receivedAt?: InstantInput;
      rules?: 'tay-ninh' | 'national';
      limit?: DurationInput;
      limitSource?: string;
      offHoursGrace?: DurationInput;
    }>();
    expectTypeOf(intakeDeadline).toBeCallableWith('2026-03-13T20:00');
    expectTypeOf(intakeDeadline).toBeCallableWith(new Date(), { calendar: cal, limit: { hours: 8 }, offHoursGrace: 0 });
    typeOnly(() => {
      // @ts-expect-error unknown option
      intakeDeadline('2026-03-13T20:00', { grace: 0 });
      // @ts-expect-error the calendar is a WorkingCalendar, not a spec
      intakeDeadline('2026-03-13T20:00', { calendar: { week: {} } });
      // @ts-expect-error the limit is a duration without days
      intakeDeadline('2026-03-13T20:00', { limit: { days: 1 } });
      // @ts-expect-error the submission instant is required
      intakeDeadline();
    });
  });

  it('comparePriority and sortByPriority', () => {
    expectTypeOf<Queued>().toEqualTypeOf<{ channel: Channel; receivedAt: InstantInput; id?: string }>();
    expectTypeOf(comparePriority).parameters.toEqualTypeOf<[a: Queued, b: Queued]>();
    expectTypeOf(comparePriority).returns.toEqualTypeOf<number>();
    type Row = Queued & { owner: string };
    const rows: readonly Row[] = [];
    expectTypeOf(sortByPriority(rows)).toEqualTypeOf<Row[]>();
    expectTypeOf(sortByPriority([{ channel: 'online' as const, receivedAt: 0, extra: 1 }])).toEqualTypeOf<
      Array<{ channel: 'online'; receivedAt: number; extra: number }>
    >();
    typeOnly(() => {
      // @ts-expect-error unknown channel
      comparePriority({ channel: 'fax', receivedAt: 0 }, { channel: 'online', receivedAt: 0 });
      // @ts-expect-error receivedAt is required
      comparePriority({ channel: 'online' }, { channel: 'online', receivedAt: 0 });
      // @ts-expect-error ids are strings
      sortByPriority([{ channel: 'online', receivedAt: 0, id: 1 }]);
      // @ts-expect-error an array, not one item
      sortByPriority({ channel: 'online', receivedAt: 0 });
    });
  });

  it('validateNotice', () => {
    expectTypeOf(validateNotice).parameters.toEqualTypeOf<[notice: unknown, context?: NoticeContext]>();
    expectTypeOf(validateNotice).returns.toEqualTypeOf<NoticeValidation>();
    expectTypeOf<NoticeValidation>().toEqualTypeOf<{ valid: boolean; issues: NoticeIssue[] }>();
    expectTypeOf<NoticeIssue['message']>().toEqualTypeOf<{ vi: string; en: string }>();
    expectTypeOf<NoticeIssue['path']>().toEqualTypeOf<string>();
    expectTypeOf<Notice['kind']>().toEqualTypeOf<'supplement' | 'refusal' | 'redirect'>();
    expectTypeOf<Notice['channels'][number]['type']>().toEqualTypeOf<'email' | 'sms' | 'app' | 'social' | 'portal' | 'vneid'>();
    expectTypeOf<NoticeContext['rules']>().toEqualTypeOf<'tay-ninh' | 'national' | undefined>();
    expectTypeOf<Notice['issuedAt']>().toEqualTypeOf<InstantInput>();
    expectTypeOf<Notice['guidance']>().toEqualTypeOf<string[]>();
    // Anything can be validated: that is the point of a validator.
    expectTypeOf(validateNotice).toBeCallableWith(null);
    expectTypeOf(validateNotice).toBeCallableWith({}, { submittedAt: '2026-03-13T16:00', calendar: cal, previousNotices: [], rules: 'national' });
    typeOnly(() => {
      // @ts-expect-error the context's calendar is a WorkingCalendar
      validateNotice({}, { calendar: 'civil' });
      // @ts-expect-error unknown context option
      validateNotice({}, { now: '2026-03-13T16:00' });
      // @ts-expect-error the rule sets are 'tay-ninh' | 'national'
      validateNotice({}, { rules: 'long-an' });
      const notice: Notice = {
        dossierId: 'X',
        kind: 'supplement',
        issuedAt: '2026-03-16T10:00',
        content: 'c',
        reason: 'r',
        guidance: ['g'],
        // @ts-expect-error unknown channel type
        channels: [{ type: 'fax' }],
      };
      void notice;
    });
  });

  it('classifyService', () => {
    expectTypeOf(classifyService).returns.toEqualTypeOf<ServiceLevel>();
    expectTypeOf<ServiceLevel>().toEqualTypeOf<'full' | 'partial' | 'not-online'>();
    expectTypeOf(classifyService).toBeCallableWith({ legacyLevel: 4 });
    expectTypeOf(classifyService).toBeCallableWith({ onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'postal' });
    typeOnly(() => {
      // @ts-expect-error levels are 1–4
      classifyService({ legacyLevel: 5 });
      // @ts-expect-error every feature is required
      classifyService({ onlineInfo: true, result: 'online' });
      // @ts-expect-error result delivery is 'online' | 'postal' | 'in-person'
      classifyService({ onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'email' });
    });
  });

  it('serviceLevel', () => {
    expectTypeOf(serviceLevel).parameters.toEqualTypeOf<[s: ServiceFeatures | LegacyServiceLevel, options?: ServiceLevelOptions]>();
    expectTypeOf(serviceLevel).returns.toEqualTypeOf<ServiceLevelResult>();
    expectTypeOf<ServiceLevelResult>().toEqualTypeOf<{ level: ServiceLevel; basis: Basis[] }>();
    expectTypeOf<ServiceLevelOptions>().toEqualTypeOf<{ on?: DateInput | undefined; partialReason?: PartialReason | undefined }>();
    expectTypeOf<PartialReason>().toEqualTypeOf<'legal-exception' | 'technical-incident'>();
    expectTypeOf(serviceLevel).toBeCallableWith({ legacyLevel: 3 }, { on: '2026-07-01', partialReason: 'technical-incident' });
    expectTypeOf(serviceLevel).toBeCallableWith({ onlineInfo: true, onlineSubmission: true, onlineProcessing: true, result: 'online' }, { on: new Date() });
    typeOnly(() => {
      // @ts-expect-error the reasons are 'legal-exception' | 'technical-incident'
      serviceLevel({ legacyLevel: 3 }, { partialReason: 'other' });
      // @ts-expect-error unknown option
      serviceLevel({ legacyLevel: 3 }, { now: '2026-07-01' });
      // @ts-expect-error a day, not epoch milliseconds
      serviceLevel({ legacyLevel: 3 }, { on: 0 });
    });
  });

  it('processingDeadline', () => {
    expectTypeOf(processingDeadline).parameters.toEqualTypeOf<
      [acceptedAt: InstantInput, period: Period, options?: ProcessingDeadlineOptions]
    >();
    expectTypeOf(processingDeadline).returns.toEqualTypeOf<ProcessingDeadline>();
    expectTypeOf<ProcessingDeadline>().toEqualTypeOf<{
      deadline: DateTime | null;
      dueDate: string | null;
      waiting?: { since: DateTime; closesOn: string };
      provisional: boolean;
      violations: Array<{ code: 'SUPPLEMENT_NOTICE_LATE' | 'REPEATED_SUPPLEMENT' | 'REPEATED_EXTENSION' | 'EXTENSION_NOTICE_LATE'; vi: string; en: string; source: string }>;
      basis: Basis[];
    }>();
    expectTypeOf(processingDeadline).toBeCallableWith('2026-03-10T09:00', { workingDays: 15 });
    expectTypeOf(processingDeadline).toBeCallableWith('2026-03-10T09:00', { workingHours: 8 }, {
      calendar: cal,
      pauses: [{ from: '2026-03-11T09:00', to: '2026-03-12T09:00' }],
      extensions: [{ workingDays: 5, reason: 'phức tạp' }, { workingHours: 4, reason: 'x' }],
    });
    typeOnly(() => {
      // @ts-expect-error no calendar weeks
      processingDeadline('2026-03-10T09:00', { workingWeeks: 3 });
      // @ts-expect-error the period is required
      processingDeadline('2026-03-10T09:00');
      // @ts-expect-error an extension needs its reason
      processingDeadline('2026-03-10T09:00', { workingDays: 1 }, { extensions: [{ workingDays: 5 }] });
      // @ts-expect-error a pause has both ends
      processingDeadline('2026-03-10T09:00', { workingDays: 1 }, { pauses: [{ from: '2026-03-11T09:00' }] });
    });
  });

  it('slaStatus', () => {
    expectTypeOf(slaStatus).parameters.toEqualTypeOf<[input: SlaStatusInput]>();
    expectTypeOf(slaStatus).returns.toEqualTypeOf<SlaStatus>();
    expectTypeOf<SlaStatus>().toEqualTypeOf<{ status: SlaStatusName; margin: Duration; provisional: boolean; deadline: DateTime; at: DateTime }>();
    expectTypeOf(slaStatus).toBeCallableWith({ deadline: '2026-03-20T17:00', now: '2026-03-19T09:00' });
    expectTypeOf(slaStatus).toBeCallableWith({ deadline: '2026-03-20T17:00', completedAt: new Date(), calendar: cal });
    typeOnly(() => {
      // @ts-expect-error the deadline is required
      slaStatus({ now: '2026-03-19T09:00' });
      // @ts-expect-error the input is an object
      slaStatus('2026-03-20T17:00');
    });
  });

  it('summarize', () => {
    expectTypeOf(summarize).returns.toEqualTypeOf<Promise<Summary>>();
    expectTypeOf(summarize).parameter(1).toEqualTypeOf<SummarizeOptions>();
    expectTypeOf<Summary['byStatus']>().toEqualTypeOf<Record<SlaStatusName, number>>();
    expectTypeOf<Summary['byChannel']>().toEqualTypeOf<Record<Channel, { total: number; late: number }>>();
    expectTypeOf<Summary['lateRate']>().toEqualTypeOf<number | null>();
    expectTypeOf<Summary['onTimeRate']>().toEqualTypeOf<number | null>();
    expectTypeOf<Summary['total']>().toEqualTypeOf<number>();
    const dossiers: Dossier[] = [{ channel: 'online', deadline: '2026-03-20T17:00' }];
    async function* stream(): AsyncGenerator<Dossier> {
      yield { channel: 'direct', acceptedAt: '2026-03-10T09:00', period: { workingDays: 3 } };
    }
    expectTypeOf(summarize).toBeCallableWith(dossiers, { now: '2026-03-19T09:00' });
    expectTypeOf(summarize).toBeCallableWith(new Set(dossiers), { now: new Date(), calendar: cal });
    expectTypeOf(summarize).toBeCallableWith(stream(), { now: 0 });
    typeOnly(() => {
      // @ts-expect-error `now` is required: nothing reads the clock
      void summarize(dossiers, {});
      // @ts-expect-error the options are required
      void summarize(dossiers);
      // @ts-expect-error a dossier has a channel
      void summarize([{ deadline: '2026-03-20T17:00' }], { now: 0 });
    });
  });
});
