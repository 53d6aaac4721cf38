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
  isFieldVisible,
  visibleAnswers,
  validateForm,
  validateStep,
  type FieldDefinition,
  type FieldIssue,
  type FieldKind,
  type FieldOption,
  type FormData,
  type FormDefinition,
  type StepDefinition,
  type VisibilityCondition,
} from './common/form-definition.js';
export { kronorSchema, monthSchema, personnummerSchema } from './common/fields.js';
export { manadsansokanV1, type ManadsansokanV1 } from './forms/manadsansokan/index.js';
export { getForm, currentForm, MONTHLY_APPLICATION_FORM_ID } from './forms/registry.js';
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
