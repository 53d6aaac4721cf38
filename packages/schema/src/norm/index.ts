export {
  AGE_GROUPS,
  NORM_TABLES,
  commonCostFor,
  normTableFor,
  parsePeriod,
  type AgeGroup,
  type NormTable,
  type NormTableStatus,
  type PreschoolAgeGroup,
} from './tables.js';
export {
  ageGroupFor,
  calculateEntitlement,
  formatKronor,
  type NormChild,
  type NormCost,
  type NormHousehold,
  type NormIncome,
  type NormLine,
  type NormLineCode,
  type NormOptions,
  type NormResult,
} from './calculate.js';
