export type { Language, Localized } from './common/localized.js';
export { isValidationCode, validationMessages, validationText, type ValidationCode } from './common/messages.js';
export {
  ageOn,
  identityNumberIssue,
  parseIdentityNumber,
  formatIdentityNumber,
  luhnCheckDigit,
  type ParsedIdentityNumber,
} from './common/personnummer.js';
export {
  conditionHolds,
  isFieldVisible,
  isRecord,
  isStepVisible,
  minimumRows,
  rowTitle,
  visibleAnswers,
  visibleSteps,
  type CheckContext,
  type CrossFieldCheck,
  type FieldDefinition,
  type FieldIssue,
  type FieldKind,
  type FieldOption,
  type FormData,
  type FormDefinition,
  type StepDefinition,
  type VisibilityCondition,
} from './common/form-definition.js';
export { defineForm, stepOfPath, validateForm, validateStep } from './common/validate.js';
export { carryOverAnswers } from './common/carry-over.js';
export {
  changedAnswers,
  compareAnswers,
  type AnswersToCompare,
  type ComparisonItem,
  type ComparisonSection,
  type ComparisonStatus,
} from './forms/compare-answers.js';
export {
  answerText,
  describeAnswers,
  formatAmount,
  formatDate,
  formatMonth,
  type AnswerEntry,
  type AnswerSection,
} from './common/describe.js';
export { dateSchema, emailSchema, kronorSchema, monthSchema, personnummerSchema, phoneSchema } from './common/fields.js';
export { householdChecks } from './forms/checks.js';
export { manadsansokanV1 } from './forms/manadsansokan/v1.js';
export { manadsansokanV2 } from './forms/manadsansokan/v2.js';
export { nyansokanV1 } from './forms/nyansokan/v1.js';
export { kompletteringV1 } from './forms/komplettering/v1.js';
export {
  ALL_FORMS,
  MONTHLY_APPLICATION_FORM_ID,
  NEW_APPLICATION_FORM_ID,
  SUPPLEMENT_FORM_ID,
  currentForm,
  getForm,
} from './forms/registry.js';
export {
  RECEIPT_CATEGORIES,
  isReceiptCategory,
  requiredReceipts,
  type ReceiptCategory,
  type ReceiptRequirement,
} from './receipts/index.js';
export {
  AGE_GROUPS,
  NORM_TABLES,
  ageGroupFor,
  calculateEntitlement,
  commonCostFor,
  formatKronor,
  normTableFor,
  parsePeriod,
  type AgeGroup,
  type NormChild,
  type NormCost,
  type NormHousehold,
  type NormIncome,
  type NormLine,
  type NormLineCode,
  type NormOptions,
  type NormResult,
  type NormTable,
  type NormTableStatus,
  type PreschoolAgeGroup,
} from './norm/index.js';
export {
  exampleMonthlyApplication,
  exampleNewApplication,
  exampleSupplement,
  nextPeriod,
  shiftMonth,
} from './forms/examples.js';
export { estimateEntitlement } from './forms/estimate.js';
export {
  adjustmentIssues,
  allowsJobStimulus,
  approvesAllCosts,
  calculateDecision,
  decisionInput,
  type AdjustmentIssueCode,
  type DecisionAdjustments,
  type DecisionCost,
  type DecisionIncome,
  type DecisionInput,
  type IncomeRecipient,
} from './forms/decision-input.js';
export {
  DECISION_ADULTS,
  DECISION_OUTCOMES,
  DECISION_OUTCOME_TEXT,
  decisionIssues,
  decisionMessages,
  type DecisionAdult,
  type DecisionChoice,
  type DecisionFacts,
  type DecisionIssueCode,
  type DecisionOutcome,
} from './forms/decision-rules.js';
export {
  FORSORJNINGSHINDER,
  FORSORJNINGSHINDER_CODES,
  forsorjningshinderText,
  type Forsorjningshinder,
  type ForsorjningshinderCode,
} from './forms/forsorjningshinder.js';
export {
  CASE_EVENT_SCHEMA_VERSION,
  CASE_EVENT_TYPES,
  WEBHOOK_EVENT_TYPES,
  isCaseEventType,
  statusAfterEvent,
  webhookEventsOf,
  type CaseEventType,
  type WebhookEventType,
} from './events/case-events.js';
