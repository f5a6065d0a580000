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
import { parseDuration } from '../duration.js';
import { provisionalLines } from '../provisionalText.js';
import { basisLines, fields, instantText, jsonLine, pick } from '../text.js';
import { instantArg, rulesArg } from '../values.js';

export const intake: Command = {
  name: 'intake',
  synopsis: '<submittedAt>',
  summary: 'intake deadline of an online dossier (8 working hours; +1 h after off-hours submission)',
  description: [
    'When a dossier submitted online must be accepted, or refused with a notice: 8 working hours from its receipt by the TTHC system (NĐ 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c; before 01/07/2025 NĐ 45/2020/NĐ-CP, Điều 11). --received gives the receipt when it is later than the submission.',
    'Under the Tây Ninh rules (the default), a dossier submitted outside working hours (evening, lunch break, weekend, holiday) starts its clock 1 working hour after the next working time (QĐ 35/2022/QĐ-UBND Tây Ninh, Điều 10); --rules national (or --grace 0) starts it when the office opens.',
    'A deadline that crosses a year whose schedule is not announced yet is marked provisional (tạm tính).',
  ],
  arity: { min: 1, max: 1 },
  options: [
    { name: 'received', value: '<instant>', help: 'when the TTHC system received the dossier (default: the submission)' },
    { name: 'rules', value: '<tay-ninh|national>', help: 'tay-ninh: national rules + QĐ 35/2022 (default); national: NĐ 118/2025 (NĐ 61/2018 before 01/07/2025), no grace' },
    { name: 'grace', value: '<duration>', help: 'working time added after the next working time when submitted off hours (default 1h under tay-ninh; 0 disables)' },
    { name: 'limit', value: '<duration>', help: 'the working time allowed for intake (default 8h)' },
    ...calendarOptions(true),
  ],
  examples: [
    ['vn-worktime intake 2026-03-13T20:00', 'Friday evening → Thứ Ba, 17/03/2026 08:00'],
    ['vn-worktime intake "13/02/2026 16:45"', 'Friday before Tết Bính Ngọ → after the 9-day break'],
    ['vn-worktime intake 2026-03-13T20:00 --grace 0 --json', 'the stricter reading, for scripts'],
    ['vn-worktime intake 2026-03-14T09:00 --saturday 07:30-11:30', 'a one-stop desk open on Saturday morning'],
  ],
  run(ctx) {
    const [submitted = ''] = ctx.args.positionals;
    const options: IntakeDeadlineOptions = { calendar: ctx.calendar() };
    const received = ctx.args.string('received');
    if (received !== undefined) options.receivedAt = instantArg(received, ctx.now, '--received');
    const rules = ctx.args.string('rules');
    if (rules !== undefined) options.rules = rulesArg(rules);
    const grace = ctx.args.string('grace');
    if (grace !== undefined) options.offHoursGrace = parseDuration(grace, '--grace');
    const limit = ctx.args.string('limit');
    if (limit !== undefined) options.limit = parseDuration(limit, '--limit');
    const r = intakeDeadline(instantArg(submitted, ctx.now, '<submittedAt>'), options);
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
