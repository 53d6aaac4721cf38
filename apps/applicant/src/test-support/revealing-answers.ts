import type { FieldDefinition, FormData, StepDefinition, VisibilityCondition } from '@ebistans/schema';

/** What a condition asks of the field it names: a value, or one choice among those checked. */
type Demand = { value: string | boolean } | { includes: string };

/** Demands by scope (the dotted path of the object a condition is read in: '' or `children.0`), then by field. */
type Demands = Map<string, Map<string, Demand[]>>;

function demandOf(condition: VisibilityCondition): Demand {
  if ('equals' in condition) return { value: condition.equals };
  if ('oneOf' in condition) {
    const [first] = condition.oneOf;
    if (first === undefined) throw new Error(`Condition on ${condition.field} has no values`);
    return { value: first };
  }
  return { includes: condition.includes };
}

function scopePath(scope: string, key: string): string {
  return scope === '' ? key : `${scope}.${key}`;
}

function addDemand(demands: Demands, scope: string, condition: VisibilityCondition) {
  const fields = demands.get(scope) ?? new Map<string, Demand[]>();
  fields.set(condition.field, [...(fields.get(condition.field) ?? []), demandOf(condition)]);
  demands.set(scope, fields);
}

function collect(fields: readonly FieldDefinition[], scope: string, demands: Demands) {
  for (const field of fields) {
    if (field.visibleWhen) addDemand(demands, scope, field.visibleWhen);
    if (field.kind === 'group') collect(field.fields ?? [], scopePath(scope, field.name), demands);
    if (field.kind === 'list') collect(field.fields ?? [], scopePath(scope, `${field.name}.0`), demands);
  }
}

/** The distinct values wanted of one field; checkbox choices can all be checked at once. */
function wantedValues(wanted: readonly Demand[]): (string | boolean)[] {
  return [...new Set(wanted.flatMap((demand) => ('value' in demand ? [demand.value] : [])))];
}

function satisfy(wanted: readonly Demand[], variant: number): unknown {
  const includes = wanted.flatMap((demand) => ('includes' in demand ? [demand.includes] : []));
  if (includes.length > 0) return includes;
  const values = wantedValues(wanted);
  return values[variant % values.length];
}

function build(fields: readonly FieldDefinition[], scope: string, demands: Demands, variant: number): FormData {
  const object: FormData = {};
  for (const field of fields) {
    if (field.kind === 'group')
      object[field.name] = build(field.fields ?? [], scopePath(scope, field.name), demands, variant);
    if (field.kind === 'list') {
      object[field.name] = [build(field.fields ?? [], scopePath(scope, `${field.name}.0`), demands, variant)];
    }
  }
  for (const [name, wanted] of demands.get(scope) ?? []) object[name] = satisfy(wanted, variant);
  return object;
}

/**
 * Answers that make a step's conditional questions visible, built from the definition alone: each
 * condition's field is given a value that satisfies it (`equals`, the first of `oneOf`, every `includes`),
 * every group an object and every list one row. Conditions that want different values of the same field
 * (housing type "homeless" or "rental") cannot hold at once, so there is one set of answers per value:
 * every question is visible in at least one of them.
 */
export function revealingAnswers(step: StepDefinition): FormData[] {
  const demands: Demands = new Map();
  if (step.visibleWhen) addDemand(demands, '', step.visibleWhen);
  collect(step.fields, '', demands);
  const counts = [...demands.values()].flatMap((fields) =>
    [...fields.values()].map((wanted) => wantedValues(wanted).length),
  );
  const variants = Math.max(1, ...counts);
  return Array.from({ length: variants }, (_, variant) => build(step.fields, '', demands, variant));
}
