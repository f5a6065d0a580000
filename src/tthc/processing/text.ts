/**
 * The `basis` of `processingDeadline`: each step of the computation (see `deadline.ts`)
 * in Vietnamese and English, with its legal reference.
 *
 * @module
 */
import { toDateTime } from '../../time/instant.js';
import type { CompiledZone } from '../../time/zone.js';
import { enDay, enInstant, hoursText, viDay, viInstant } from '../format.js';
import type { Step } from './deadline.js';
import type { Basis } from '../types.js';

/** Where day counting comes from. */
export const DAY_COUNT_SOURCE = 'BLDS 2015, Điều 147–148';
/** Where counting in hours comes from. */
export const HOUR_COUNT_SOURCE = 'BLDS 2015, Điều 147.1';
/** Where "a period in days ends at the end of its last day" comes from. */
export const END_OF_DAY_SOURCE = 'BLDS 2015, Điều 148.1';


function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The explanation of one step. */
function explain(step: Step, zone: CompiledZone): Basis {
  const vi = (e: number): string => viInstant(toDateTime(e, zone));
  const en = (e: number): string => enInstant(toDateTime(e, zone));
  switch (step.code) {
    case 'PERIOD_DAYS':
      return {
        code: 'PERIOD_WORKING_DAYS',
        vi:
          `Thời hạn ${step.days} ngày làm việc, không tính ngày tiếp nhận (${viDay(step.acceptedDay)}) mà tính từ ngày làm việc tiếp theo; ` +
          `ngày cuối cùng của thời hạn là ${viDay(step.dueDay)}, kết thúc vào cuối giờ làm việc: ${vi(step.deadline)}.`,
        en:
          `A period of ${plural(step.days, 'working day')}, not counting the day of acceptance (${enDay(step.acceptedDay)}) but from the next working day; ` +
          `its last day is ${enDay(step.dueDay)}, ending at the close of working hours: ${en(step.deadline)}.`,
        source: DAY_COUNT_SOURCE,
      };
    case 'PERIOD_HOURS': {
      const offHours = step.start !== step.acceptedAt;
      return {
        code: 'PERIOD_WORKING_HOURS',
        vi:
          `Thời hạn ${hoursText(step.ms, 'vi')} làm việc, tính từ thời điểm tiếp nhận (${vi(step.acceptedAt)})` +
          (offHours ? `; tiếp nhận ngoài giờ làm việc nên bắt đầu tính từ giờ làm việc kế tiếp (${vi(step.start)})` : '') +
          `: hết hạn ${vi(step.deadline)}.`,
        en:
          `A period of ${hoursText(step.ms, 'en')} of working time from acceptance (${en(step.acceptedAt)})` +
          (offHours ? `; accepted outside working hours, so it counts from the next working time (${en(step.start)})` : '') +
          `: it ends ${en(step.deadline)}.`,
        source: HOUR_COUNT_SOURCE,
      };
    }
    case 'EXTENSION_DAYS':
      return {
        code: 'EXTENSION_WORKING_DAYS',
        vi: `Gia hạn ${step.days} ngày làm việc (lý do: ${step.reason}): hạn chuyển sang ${vi(step.deadline)}.`,
        en: `Extended by ${plural(step.days, 'working day')} (reason: ${step.reason}): the deadline moves to ${en(step.deadline)}.`,
      };
    case 'EXTENSION_HOURS':
      return {
        code: 'EXTENSION_WORKING_HOURS',
        vi: `Gia hạn ${hoursText(step.ms, 'vi')} làm việc (lý do: ${step.reason}): hạn mới ${vi(step.deadline)}.`,
        en: `Extended by ${hoursText(step.ms, 'en')} of working time (reason: ${step.reason}): new deadline ${en(step.deadline)}.`,
      };
    case 'PAUSE':
      return {
        code: 'PAUSE',
        vi:
          `Tạm dừng tính thời hạn từ ${vi(step.from)} đến ${vi(step.to)}` +
          (step.count > 1 ? ` (${step.count} khoảng tạm dừng chồng nhau, tính một lần)` : '') +
          `: ${hoursText(step.ms, 'vi')} làm việc không tính vào thời hạn; hạn lùi đến ${vi(step.deadline)}.`,
        en:
          `The clock stopped from ${en(step.from)} to ${en(step.to)}` +
          (step.count > 1 ? ` (${step.count} overlapping pauses, counted once)` : '') +
          `: ${hoursText(step.ms, 'en')} of working time not counted; the deadline moves to ${en(step.deadline)}.`,
      };
    case 'PAUSE_BEFORE_ACCEPTANCE':
      return {
        code: 'PAUSE_BEFORE_ACCEPTANCE',
        vi: `${step.count} khoảng tạm dừng trước thời điểm tiếp nhận (${vi(step.acceptedAt)}) không được tính.`,
        en: `${plural(step.count, 'pause')} before acceptance (${en(step.acceptedAt)}) not counted.`,
      };
    case 'END_OF_DAY':
      return {
        code: 'END_OF_DAY',
        vi: `Thời hạn tính bằng ngày kết thúc vào cuối ngày làm việc cuối cùng: ${vi(step.deadline)} (thay vì ${vi(step.before)}).`,
        en: `A period in days ends at the close of its last working day: ${en(step.deadline)} (instead of ${en(step.before)}).`,
        source: END_OF_DAY_SOURCE,
      };
  }
}

/** The `basis` entries of a computation: its steps, then the resulting deadline. */
export function basisOf(trace: readonly Step[], deadline: number, zone: CompiledZone): Basis[] {
  const basis = trace.map((step) => explain(step, zone));
  const dt = toDateTime(deadline, zone);
  basis.push({
    code: 'PROCESSING_DEADLINE',
    vi: `Hạn giải quyết: ${viInstant(dt)}.`,
    en: `Processing deadline: ${enInstant(dt)}.`,
  });
  return basis;
}
