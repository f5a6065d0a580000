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
export type { Basis, Channel } from './types.js';
export { CHANNELS } from './types.js';
export { intakeDeadline, INTAKE_SOURCE, OFF_HOURS_SOURCE } from './intakeDeadline.js';
export type { IntakeDeadline, IntakeDeadlineOptions } from './intakeDeadline.js';
export { comparePriority, sortByPriority } from './priority.js';
export type { Queued } from './priority.js';
export { validateNotice } from './validateNotice.js';
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
} from './noticeTypes.js';
export { NOTICE_KINDS, NOTICE_CHANNEL_TYPES, NOTICE_ISSUE_CODES } from './noticeTypes.js';
export { NOTICE_MESSAGES } from './noticeMessages.js';
export type { NoticeMessageParams, NoticeMessageCatalogue } from './noticeMessages.js';
export { isValidEmail, isVietnameseMobile, normalizeVietnameseMobile } from './contacts.js';
export { classifyService, serviceLevel, SERVICE_LEVEL_SOURCE, SERVICE_LEVEL_LAWS, PARTIAL_REASONS } from './classifyService.js';
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
} from './classifyService.js';
export { processingDeadline } from './processingDeadline.js';
export type { ProcessingDeadline, ProcessingDeadlineOptions, Pause, Period, Extension, Supplement, Waiting, ProcessingMethod } from './processingDeadline.js';
export { VIOLATION_CODES } from './violations.js';
export type { Violation, ViolationCode } from './violations.js';
export { RULE_SETS, NATIONAL_RULES, TAY_NINH_RULES } from './rulesInForce.js';
export type { RuleSetName, NationalRules, ProvincialRules } from './rulesInForce.js';
export { slaStatus } from './slaStatus.js';
export type { SlaStatus, SlaStatusInput, SlaStatusName } from './slaStatus.js';
export { summarize } from './summarize.js';
export type { Dossier, Summary, SummarizeOptions, InvalidDossier, Indicator, Kpi766 } from './summarize.js';
export { evaluateDossier } from './evaluateDossier.js';
export type { DossierEvaluation, DossierError, EvaluateDossierOptions } from './evaluateDossier.js';
