/**
 * `vn-worktime deadline <acceptedAt> --days N | --hours N`: the processing deadline of a dossier,
 * with pauses (`--pause FROM..TO`) and extensions (`--extend 2d:reason`).
 *
 * @module
 */
import { processingDeadline } from '../../tthc/processing/processingDeadline.js';
import type { Extension, Pause, Period, Supplement } from '../../tthc/processing/processingDeadline.js';
import type { ParsedArgs } from '../args.js';
import { calendarOptions } from '../calendarOptions.js';
import type { Command } from '../command.js';
import { msg } from '../messages.js';
import { parseAmount } from '../duration.js';
import { InputError, UsageError } from '../errors.js';
import { withInputs } from '../inputs.js';
import type { Source } from '../inputs.js';
import type { Msg } from '../messages.js';
import { provisionalLines } from '../provisionalText.js';
import { basisLines, dayText, fields, instantText, jsonLine, pick } from '../text.js';
import { asDateTime, label, methodArg, notA, numberArg, rulesArg } from '../values.js';

/** Reads an instant typed into an option (`ctx.instant`). */
type Read = (text: string, name: Msg) => string | Date;

function periodOf(args: ParsedArgs): Period {
  const days = args.string('days');
  const hours = args.string('hours');
  if (days !== undefined && hours !== undefined) {
    throw new UsageError('CONFLICTING_OPTIONS', msg('chỉ dùng --days hoặc --hours (thời hạn giải quyết), không dùng cả hai', 'expected either --days or --hours (the processing period), not both'));
  }
  if (days !== undefined) return { workingDays: numberArg(days, label('--days')) };
  if (hours === undefined) {
    throw new UsageError(
      'MISSING_OPTION',
      msg('thiếu thời hạn giải quyết: --days <n> (ngày làm việc) hoặc --hours <n> (giờ làm việc)', 'expected the processing period: --days <n> (working days) or --hours <n> (working hours)'),
    );
  }
  if (hours.includes(':')) {
    throw new InputError(
      'INVALID_NUMBER',
      notA(label('--hours'), hours, 'số giờ làm việc của thời hạn (như 8)', 'the processing period in working hours (such as 8)', msg('giờ làm việc của cơ quan là --office-hours ở lệnh này', 'office hours are --office-hours on this command')),
    );
  }
  const amount = /[hms]/.test(hours) ? parseAmount(hours, label('--hours')) : undefined;
  return { workingHours: amount?.kind === 'time' ? amount.ms / 3_600_000 : numberArg(hours, label('--hours')) };
}

function pauseOf(text: string, read: Read): Pause {
  const parts = text.split('..');
  if (parts.length !== 2) {
    throw new InputError('INVALID_ARGUMENT', notA(label('--pause'), text, 'TỪ..ĐẾN', 'FROM..TO', msg('như 2026-03-03T09:00..2026-03-05T09:00', 'such as 2026-03-03T09:00..2026-03-05T09:00')));
  }
  return { from: read(parts[0] ?? '', msg('lúc bắt đầu của --pause', 'the start of --pause')), to: read(parts[1] ?? '', msg('lúc kết thúc của --pause', 'the end of --pause')) };
}

function supplementOf(text: string, read: Read): Supplement {
  const parts = text.split('..');
  if (parts.length > 2 || parts[0] === '') {
    throw new InputError(
      'INVALID_ARGUMENT',
      notA(
        label('--supplement'),
        text,
        'YÊU_CẦU..HOÀN_THÀNH (hoặc chỉ YÊU_CẦU khi chưa bổ sung)',
        'REQUESTED..COMPLETED (or REQUESTED alone while the applicant has not completed the dossier)',
        msg('như 2026-03-04T10:00..2026-03-09T14:00', 'such as 2026-03-04T10:00..2026-03-09T14:00'),
      ),
    );
  }
  const requestedAt = read(parts[0] ?? '', msg('lúc yêu cầu của --supplement', 'the request of --supplement'));
  const completed = parts[1];
  return completed === undefined || completed === '' ? { requestedAt } : { requestedAt, completedAt: read(completed, msg('lúc hoàn thành của --supplement', 'the completion of --supplement')) };
}

function extensionOf(text: string, read: Read): Extension {
  // 2d:reason, or 2d@2026-03-08T10:00:reason with the day the extension was requested
  const colon = text.indexOf(':');
  let head = colon < 0 ? text : text.slice(0, colon);
  let reason = colon < 0 ? '' : text.slice(colon + 1);
  let requestedAt: string | Date | undefined;
  const at = head.indexOf('@');
  if (at >= 0) {
    // The request instant may hold colons itself (10:00): the reason follows the last ':' after the '@' part's time.
    const rest = text.slice(at + 1);
    const m = /^(\S+?(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?)(?::(.*))?$/s.exec(rest);
    requestedAt = read(m?.[1] ?? rest, msg('lúc đề nghị của --extend', 'the request of --extend'));
    reason = m?.[2] ?? '';
    head = head.slice(0, at);
  }
  const amount = parseAmount(head, label('--extend'));
  const base = amount.kind === 'days' ? { workingDays: amount.days, reason } : { workingHours: amount.ms / 3_600_000, reason };
  return requestedAt === undefined ? base : { ...base, requestedAt };
}

/** Where each value of the command line goes in the library's call, for its errors (inputs.ts). */
function sourcesOf(accepted: string, args: ParsedArgs, typed: Readonly<Record<'pauses' | 'extensions' | 'supplements', readonly string[]>>): Source[] {
  const days = args.string('days');
  const hours = args.string('hours');
  const list = (name: keyof typeof typed, option: string): Source[] => typed[name].map((text, i) => ({ label: label(option), text, names: [`${name}[${i}]`] }));
  return [
    { label: label('<acceptedAt>'), text: accepted, names: ['acceptedAt'] },
    ...(days === undefined ? [] : [{ label: label('--days'), text: days, names: ['period'], reasons: { INVALID_ARGUMENT: msg('không phải là số nguyên dương ngày làm việc (1, 2, …)', 'is not a positive whole number of working days (1, 2, …)') } }]),
    ...(hours === undefined ? [] : [{ label: label('--hours'), text: hours, names: ['period'], reasons: { INVALID_ARGUMENT: msg('không phải là số giờ làm việc dương', 'is not a positive number of working hours') } }]),
    ...list('pauses', '--pause'),
    ...list('extensions', '--extend'),
    ...list('supplements', '--supplement'),
  ];
}

export const deadline: Command = {
  name: 'deadline',
  synopsis: '<acceptedAt> --days <n> | --hours <n>',
  summary: msg('hạn giải quyết: ngày hoặc giờ làm việc, có tạm dừng và gia hạn', 'processing deadline: working days or hours, with pauses and extensions'),
  description: [
    msg('Hạn giải quyết hồ sơ tiếp nhận lúc <acceptedAt>. Ngày làm việc tính như Bộ luật Dân sự tính ngày (BLDS 2015, Điều 147–148): từ ngày sau ngày tiếp nhận, kết thúc khi hết giờ làm việc của ngày cuối. Giờ làm việc tính từ <acceptedAt>.', 'The processing deadline of a dossier accepted at <acceptedAt>. Working days count as the Civil Code counts days (BLDS 2015, Điều 147–148): from the day after acceptance, ending at the close of working hours of the last day. Working hours count from <acceptedAt>.'),
    msg('Bổ sung hồ sơ (--supplement YÊU_CẦU..HOÀN_THÀNH): theo quy định hiện hành (NĐ 118/2025/NĐ-CP, Điều 19 khoản 5) thời hạn tính lại từ đầu khi nhận đủ hồ sơ; khi chưa bổ sung (chỉ có YÊU_CẦU) thì chưa có hạn và hồ sơ bị đóng sau 15 ngày. --method kpi766 tính như bảng theo dõi QĐ 766: thời gian chờ là tạm dừng.', 'Supplements (--supplement REQUESTED..COMPLETED): under the law in force (NĐ 118/2025/NĐ-CP, Điều 19 khoản 5) the period restarts in full from the complete dossier; while it is outstanding (REQUESTED alone) there is no deadline and the dossier is closed after 15 days. --method kpi766 counts as the QĐ 766 dashboards do: the waiting time is a pause.'),
    msg('Gia hạn cộng thêm ngày hoặc giờ làm việc kèm lý do (nhiều nhất một lần, đề nghị chậm nhất 01 ngày trước ngày hết hạn: 2d@2026-03-08:lý do); tạm dừng cộng lại thời gian làm việc bên trong. Mọi bước được liệt kê trong căn cứ, mọi quy định bị vi phạm trong mục Vi phạm.', 'Extensions (gia hạn) add working days or hours with a reason (one extension at most, requested at least one day before the due date: 2d@2026-03-08:reason); pauses (tạm dừng) add back the working time inside them. Every step is listed in the basis, and every broken rule under Vi phạm.'),
    msg('Thời hạn giải quyết tính theo ngày làm việc của cơ quan: bộ phận một cửa mở thứ Bảy (--saturday) là giờ mở cửa, không phải ngày làm việc, và không rút ngắn thời hạn.', 'Processing periods count the civil service\'s working days: a Saturday desk (--saturday) is opening hours, not a working day, and does not shorten them.'),
    msg('Ở lệnh này --hours là thời hạn; giờ làm việc là --office-hours.', 'On this command --hours is the period; office hours are --office-hours.'),
  ],
  arity: { min: 1, max: 1 },
  options: [
    { name: 'days', value: '<n>', help: msg('thời hạn tính bằng ngày làm việc (số nguyên ≥ 1)', 'the period in working days (a whole number ≥ 1)') },
    { name: 'hours', value: '<n>', help: msg('thời hạn tính bằng giờ làm việc (8, 0.5 hoặc 4h30m)', 'the period in working hours (8, 0.5 or 4h30m)') },
    { name: 'pause', value: '<from..to>', repeatable: true, help: msg('một khoảng tạm dừng, ví dụ 2026-03-03T09:00..2026-03-05T09:00 (lặp lại được)', 'a pause of the clock, e.g. 2026-03-03T09:00..2026-03-05T09:00 (repeatable)') },
    { name: 'supplement', value: '<requested..completed>', repeatable: true, help: msg('yêu cầu bổ sung và lúc nộp đủ; chỉ YÊU_CẦU khi chưa bổ sung (lặp lại được)', 'a request to supplement and the complete resubmission; REQUESTED alone while outstanding (repeatable)') },
    { name: 'extend', value: '<amount[@requested]:reason>', repeatable: true, help: msg('gia hạn: 2d:lý do (ngày làm việc) hoặc 4h:lý do (giờ làm việc), có thể thêm @thời điểm đề nghị (lặp lại được)', 'an extension: 2d:reason (working days) or 4h:reason (working time), optionally @when it was requested (repeatable)') },
    { name: 'method', value: '<legal|kpi766>', help: msg('legal: quy định hiện hành (mặc định); kpi766: cách tính của bảng theo dõi QĐ 766 (bổ sung là tạm dừng)', 'legal: the law in force (default); kpi766: the QĐ 766 dashboards\' method (supplements pause the clock)') },
    { name: 'rules', value: '<tay-ninh|national>', help: msg('bộ quy định (thời hạn giải quyết là luật quốc gia: cả hai cho cùng một hạn)', 'the rule set (processing periods are national law: both give the same deadline)') },
    ...calendarOptions(false),
  ],
  examples: [
    ['vn-worktime deadline 2026-02-13T16:30 --days 5', msg('5 ngày làm việc từ thứ Sáu trước Tết → Thứ Sáu, 27/02/2026 17:00', '5 working days from the Friday before Tết → Thứ Sáu, 27/02/2026 17:00')],
    ['vn-worktime deadline 2026-03-02T09:00 --days 3 --pause 2026-03-03T09:00..2026-03-05T09:00', msg('chờ bổ sung 2 ngày làm việc → 09/03/2026', 'waiting 2 working days for a supplement → 09/03/2026')],
    ['vn-worktime deadline 2026-04-28T10:00 --days 10 --extend "5d:Xác minh thực địa"', msg('10 ngày làm việc qua 30/4–1/5, gia hạn 5 ngày làm việc', '10 working days over 30/4–1/5, extended by 5 working days')],
    ['vn-worktime deadline 2026-03-02T09:00 --days 5 --supplement 2026-03-04T10:00..2026-03-09T14:00', msg('tính lại từ khi nhận đủ hồ sơ → Thứ Hai, 16/03/2026 17:00', 'restarted from the complete dossier → Thứ Hai, 16/03/2026 17:00')],
    ['vn-worktime deadline 2026-03-02T09:00 --days 5 --supplement 2026-03-04T10:00..2026-03-09T14:00 --method kpi766', msg('thời gian chờ là tạm dừng → Thứ Sáu, 13/03/2026 17:00', 'the waiting time paused → Thứ Sáu, 13/03/2026 17:00')],
    ['vn-worktime deadline 2026-03-10T09:00 --hours 8 --json', msg('thủ tục 8 giờ làm việc, cho chương trình', 'an 8-working-hour service, for scripts')],
  ],
  run(ctx) {
    const [accepted = ''] = ctx.args.positionals;
    const period = periodOf(ctx.args);
    const calendar = ctx.processingCalendar();
    const acceptedAt = ctx.instant(accepted, label('<acceptedAt>'));
    const method = ctx.args.string('method');
    const rules = ctx.args.string('rules');
    const typed = { pauses: ctx.args.list('pause'), extensions: ctx.args.list('extend'), supplements: ctx.args.list('supplement') };
    const options = {
      calendar,
      pauses: typed.pauses.map((p) => pauseOf(p, ctx.instant)),
      extensions: typed.extensions.map((e) => extensionOf(e, ctx.instant)),
      supplements: typed.supplements.map((s) => supplementOf(s, ctx.instant)),
      ...(method !== undefined && { method: methodArg(method) }),
      ...(rules !== undefined && { rules: rulesArg(rules) }),
    };
    const r = withInputs(sourcesOf(accepted, ctx.args, typed), () => processingDeadline(acceptedAt, period, options));
    const at = asDateTime(calendar, acceptedAt);
    if (ctx.json) {
      ctx.print(jsonLine({ acceptedAt: at, period, ...r }));
      return 0;
    }
    const { lang, style } = ctx;
    const length =
      'workingDays' in period
        ? `${period.workingDays} ${pick(lang, 'ngày làm việc', period.workingDays === 1 ? 'working day' : 'working days')}`
        : `${period.workingHours} ${pick(lang, 'giờ làm việc', period.workingHours === 1 ? 'working hour' : 'working hours')}`;
    const rows: Array<[string, string]> = [
      [
        pick(lang, 'Hạn giải quyết', 'Deadline'),
        r.deadline === null ? style.yellow(pick(lang, 'chưa có (đang chờ bổ sung hồ sơ)', 'none yet (waiting for a supplement)')) : style.bold(style.cyan(instantText(r.deadline, lang))),
      ],
      [pick(lang, 'Tiếp nhận', 'Accepted'), instantText(at, lang)],
      [pick(lang, 'Thời hạn', 'Period'), length],
    ];
    if (r.waiting) {
      rows.push([pick(lang, 'Chờ bổ sung từ', 'Waiting since'), instantText(r.waiting.since, lang)]);
      rows.push([pick(lang, 'Đóng hồ sơ sau ngày', 'Closed after'), dayText(r.waiting.closesOn, lang)]);
    }
    const violations = r.violations.map((v) => style.red(`  - ${lang === 'vi' ? v.vi : v.en} [${v.source}]`));
    ctx.print(
      ...fields(rows, style),
      ...provisionalLines(calendar, at, r.deadline ?? r.waiting?.since ?? at, lang, style),
      ...(violations.length > 0 ? [style.bold(pick(lang, 'Vi phạm:', 'Violations:')), ...violations] : []),
      ...basisLines(r.basis, lang, style),
    );
    return 0;
  },
};
