/**
 * `vn-worktime/tthc`: the rules of administrative procedures (thủ tục hành chính).
 *
 * - Intake: {@link intakeDeadline} — 8 working hours for an online dossier, with the off-hours rule.
 * - Order: {@link comparePriority}, {@link sortByPriority} — online > direct > postal.
 * - Notices: {@link validateNotice} — content, reason and complete guidance given once.
 * - Service level: {@link classifyService} — toàn trình / một phần (Nghị định 42/2022, Điều 11);
 *   {@link serviceLevel} — the same under the text in force on a day (Luật Chuyển đổi số from 01/07/2026), with its basis.
 * - Processing: {@link processingDeadline}, {@link slaStatus}, {@link summarize}.
 *
 * @module
 */
// The sources, by sub-domain: intake/ (intake deadline, off-hours reason, processing order),
// notice/ (validateNotice and its checks), processing/ (the period of a dossier, its legal clock,
// violations and SLA status), report/ (one dossier evaluated, many summarized), service/ (service
// levels). Shared here: types, options, format, rulesInForce (the rules in force on a day) and
// provisional (answers resting on a provisional schedule).
export type { Basis, Channel } from './types.js';
export { CHANNELS } from './types.js';
export { intakeDeadline, INTAKE_SOURCE, OFF_HOURS_SOURCE } from './intake/intakeDeadline.js';
export type { IntakeDeadline, IntakeDeadlineOptions } from './intake/intakeDeadline.js';
export { comparePriority, sortByPriority } from './intake/priority.js';
export type { Queued } from './intake/priority.js';
export { validateNotice } from './notice/validateNotice.js';
export type {
  Notice,
  NoticeKind,
  NoticeChannel,
  NoticeChannelType,
  NoticeContext,
  NoticeIssue,
  NoticeIssueCode,
  NoticeValidation,
  NoticeText,
} from './notice/types.js';
export { NOTICE_KINDS, NOTICE_CHANNEL_TYPES, NOTICE_ISSUE_CODES } from './notice/types.js';
export { NOTICE_MESSAGES } from './notice/messages.js';
export type { NoticeMessageParams, NoticeMessageCatalogue } from './notice/messages.js';
export { isValidEmail, isVietnameseMobile, normalizeVietnameseMobile } from './notice/contacts.js';
export { classifyService, serviceLevel, SERVICE_LEVEL_SOURCE, SERVICE_LEVEL_LAWS, PARTIAL_REASONS } from './service/classifyService.js';
export type {
  ServiceFeatures,
  LegacyServiceLevel,
  ServiceLevel,
  ServiceResultDelivery,
  ServiceLevelLaw,
  ServiceLevelOptions,
  ServiceLevelResult,
  ServiceStep,
  PartialReason,
} from './service/classifyService.js';
export { processingDeadline } from './processing/processingDeadline.js';
export type { ProcessingDeadline, ProcessingDeadlineOptions, Pause, Period, Extension, Supplement, Waiting, ProcessingMethod } from './processing/processingDeadline.js';
export { VIOLATION_CODES } from './processing/violations.js';
export type { Violation, ViolationCode } from './processing/violations.js';
export { RULE_SETS, NATIONAL_RULES, TAY_NINH_RULES } from './rulesInForce.js';
export type { RuleSetName, NationalRules, ProvincialRules } from './rulesInForce.js';
export { slaStatus } from './processing/slaStatus.js';
export type { SlaStatus, SlaStatusInput, SlaStatusName } from './processing/slaStatus.js';
export { summarize } from './report/summarize.js';
export type { Dossier, Summary, SummarizeOptions, InvalidDossier, Indicator, Kpi766 } from './report/summarize.js';
export { evaluateDossier } from './report/evaluateDossier.js';
export type { DossierEvaluation, DossierError, EvaluateDossierOptions } from './report/evaluateDossier.js';
export type { Issue, IssueText } from '../validation/issue.js';
