/**
 * `vn-worktime intake <submittedAt>`: the intake deadline of a dossier submitted online (8
 * working hours; submitted off hours, the clock starts 1 working hour after the office opens).
 *
 * @module
 */
import { intakeDeadline } from '../../tthc/intake/intakeDeadline.js';
import type { IntakeDeadlineOptions } from '../../tthc/intake/intakeDeadline.js';
import { calendarOptions } from '../calendarOptions.js';
import type { Command } from '../command.js';
import { msg } from '../messages.js';
import { parseDuration } from '../duration.js';
import { provisionalLines } from '../provisionalText.js';
import { basisLines, fields, instantText, jsonLine, pick } from '../text.js';
import { withInputs } from '../inputs.js';
import type { Source } from '../inputs.js';
import { label, rulesArg } from '../values.js';

export const intake: Command = {
  name: 'intake',
  synopsis: '<submittedAt>',
  summary: msg('hạn tiếp nhận hồ sơ trực tuyến (8 giờ làm việc; +1 giờ khi nộp ngoài giờ)', 'intake deadline of an online dossier (8 working hours; +1 h after off-hours submission)'),
  description: [
    msg('Hạn tiếp nhận, hoặc từ chối kèm thông báo, hồ sơ nộp trực tuyến: 8 giờ làm việc từ khi Hệ thống thông tin giải quyết TTHC tiếp nhận (NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c; trước 01/07/2025 là NĐ 45/2020/NĐ-CP, Điều 11). --received cho thời điểm hệ thống tiếp nhận khi muộn hơn lúc nộp.', 'When a dossier submitted online must be accepted, or refused with a notice: 8 working hours from its receipt by the TTHC system (NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c; before 01/07/2025 NĐ 45/2020/NĐ-CP, Điều 11). --received gives the receipt when it is later than the submission.'),
    msg('Theo quy định Tây Ninh (mặc định), hồ sơ nộp ngoài giờ làm việc (buổi tối, nghỉ trưa, cuối tuần, ngày lễ) bắt đầu tính 1 giờ làm việc sau giờ làm việc kế tiếp (QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10); --rules national (hoặc --grace 0) bắt đầu tính khi cơ quan mở cửa.', 'Under the Tây Ninh rules (the default), a dossier submitted outside working hours (evening, lunch break, weekend, holiday) starts its clock 1 working hour after the next working time (QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10); --rules national (or --grace 0) starts it when the office opens.'),
    msg('Hạn đi qua một năm chưa công bố lịch nghỉ được ghi là tạm tính.', 'A deadline that crosses a year whose schedule is not announced yet is marked provisional (tạm tính).'),
  ],
  arity: { min: 1, max: 1 },
  options: [
    { name: 'received', value: '<instant>', help: msg('thời điểm Hệ thống TTHC tiếp nhận hồ sơ (mặc định: lúc nộp)', 'when the TTHC system received the dossier (default: the submission)') },
    { name: 'rules', value: '<tay-ninh|national>', help: msg('tay-ninh: quy định quốc gia + QĐ 35/2022 (mặc định); national: NĐ 118/2025 (NĐ 61/2018 trước 01/07/2025), không cộng giờ', 'tay-ninh: national rules + QĐ 35/2022 (default); national: NĐ 118/2025 (NĐ 61/2018 before 01/07/2025), no grace') },
    { name: 'grace', value: '<duration>', help: msg('thời gian làm việc cộng sau giờ làm việc kế tiếp khi nộp ngoài giờ (mặc định 1h theo tay-ninh; 0 để bỏ)', 'working time added after the next working time when submitted off hours (default 1h under tay-ninh; 0 disables)') },
    { name: 'limit', value: '<duration>', help: msg('thời gian làm việc cho phép để tiếp nhận (mặc định 8h)', 'the working time allowed for intake (default 8h)') },
    ...calendarOptions(true),
  ],
  examples: [
    ['vn-worktime intake 2026-03-13T20:00', msg('tối thứ Sáu → Thứ Ba, 17/03/2026 08:00', 'Friday evening → Thứ Ba, 17/03/2026 08:00')],
    ['vn-worktime intake "13/02/2026 16:45"', msg('thứ Sáu trước Tết Bính Ngọ → sau kỳ nghỉ 9 ngày', 'Friday before Tết Bính Ngọ → after the 9-day break')],
    ['vn-worktime intake 2026-03-13T20:00 --grace 0 --json', msg('cách hiểu chặt hơn, cho chương trình', 'the stricter reading, for scripts')],
    ['vn-worktime intake 2026-03-14T09:00 --saturday 07:30-11:30', msg('bộ phận một cửa mở sáng thứ Bảy', 'a one-stop desk open on Saturday morning')],
  ],
  run(ctx) {
    const [submitted = ''] = ctx.args.positionals;
    const options: IntakeDeadlineOptions = { calendar: ctx.calendar() };
    const received = ctx.args.string('received');
    const sources: Source[] = [{ label: label('<submittedAt>'), text: submitted, names: ['submittedAt', 't'] }];
    if (received !== undefined) {
      options.receivedAt = ctx.instant(received, label('--received'));
      sources.push({ label: label('--received'), text: received, names: ['receivedAt'], reasons: { INVALID_ARGUMENT: msg('trước thời điểm nộp', 'is before the submission') } });
    }
    const rules = ctx.args.string('rules');
    if (rules !== undefined) options.rules = rulesArg(rules);
    const grace = ctx.args.string('grace');
    if (grace !== undefined) {
      options.offHoursGrace = parseDuration(grace, label('--grace'));
      sources.push({ label: label('--grace'), text: grace, names: ['offHoursGrace'] });
    }
    const limit = ctx.args.string('limit');
    if (limit !== undefined) {
      options.limit = parseDuration(limit, label('--limit'));
      sources.push({ label: label('--limit'), text: limit, names: ['limit'] });
    }
    const submittedAt = ctx.instant(submitted, label('<submittedAt>'));
    const r = withInputs(sources, () => intakeDeadline(submittedAt, options));
    if (ctx.json) {
      ctx.print(jsonLine(r));
      return 0;
    }
    const { lang, style } = ctx;
    const when = r.offHours ? pick(lang, 'ngoài giờ làm việc', 'outside working hours') : pick(lang, 'trong giờ làm việc', 'during working hours');
    ctx.print(
      ...fields(
        [
          [pick(lang, 'Hạn tiếp nhận', 'Intake deadline'), style.bold(style.cyan(instantText(r.deadline, lang)))],
          [pick(lang, 'Nộp lúc', 'Submitted'), `${instantText(r.submittedAt, lang)} (${when})`],
          [pick(lang, 'Bắt đầu tính', 'Clock starts'), instantText(r.clockStart, lang)],
        ],
        style,
      ),
      ...provisionalLines(ctx.calendar(), r.submittedAt, r.deadline, lang, style),
      ...basisLines(r.basis, lang, style),
    );
    return 0;
  },
};
