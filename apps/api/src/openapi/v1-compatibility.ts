/**
 * Breaking-change check for the versioned integration API: compares the released /api/v1 contract with the
 * current OpenAPI document and lists every change that could break a case system written against the
 * released one. Enum values may be added to answers (receivers must tolerate unknown values) but never
 * removed; anything else a client relies on must stay.
 */

type Json = Record<string, unknown>;
type Direction = 'request' | 'response';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export const V1_PREFIX = '/api/v1/';

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Inlines `#/components/schemas/…` references, so the contract file stands alone and compares by content. */
function dereference(value: unknown, schemas: Json, depth = 0): unknown {
  if (depth > 40) throw new Error('Schema nesting too deep (a recursive schema?)');
  if (Array.isArray(value)) return value.map((item) => dereference(item, schemas, depth + 1));
  if (!isObject(value)) return value;
  if (typeof value.$ref === 'string') {
    const name = value.$ref.replace('#/components/schemas/', '');
    if (!(name in schemas)) throw new Error(`Unknown schema reference ${value.$ref}`);
    return dereference(schemas[name], schemas, depth + 1);
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, dereference(item, schemas, depth + 1)]));
}

/** Problem answers share one schema and their types are documented apart; the contract keeps the 2xx ones. */
function successOnly(item: unknown) {
  if (!isObject(item)) return item;
  return Object.fromEntries(
    Object.entries(item).map(([method, operation]) =>
      isObject(operation) && isObject(operation.responses)
        ? [
            method,
            {
              ...operation,
              responses: Object.fromEntries(
                Object.entries(operation.responses).filter(([status]) => status.startsWith('2')),
              ),
            },
          ]
        : [method, operation],
    ),
  );
}

/** The /api/v1 operations and webhooks of a document, references inlined. */
export function v1Contract(document: Json): Json {
  const schemas =
    isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {};
  const paths = isObject(document.paths) ? document.paths : {};
  const v1Paths = Object.fromEntries(
    Object.entries(paths)
      .filter(([path]) => path.startsWith(V1_PREFIX))
      .map(([path, item]) => [path, dereference(successOnly(item), schemas)]),
  );
  const webhooks = isObject(document.webhooks) ? dereference(document.webhooks, schemas) : {};
  return { paths: v1Paths, webhooks };
}

const typesOf = (schema: Json) =>
  new Set(Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : []);

function compareSchema(before: unknown, after: unknown, at: string, direction: Direction, out: string[]) {
  if (same(before, after) || !isObject(before)) return;
  if (!isObject(after)) {
    out.push(`${at}: schema removed`);
    return;
  }
  const [oldTypes, newTypes] = [typesOf(before), typesOf(after)];
  if (oldTypes.size > 0 && newTypes.size > 0) {
    // A request must still accept every type it did; an answer must not start sending a new one.
    const [wider, narrower] = direction === 'request' ? [newTypes, oldTypes] : [oldTypes, newTypes];
    const missing = [...narrower].filter((type) => !wider.has(type));
    if (missing.length > 0) out.push(`${at}: type ${[...oldTypes].join('|')} became ${[...newTypes].join('|')}`);
  }
  if (Array.isArray(before.enum)) {
    const now = new Set(Array.isArray(after.enum) ? after.enum : []);
    for (const value of before.enum)
      if (Array.isArray(after.enum) && !now.has(value)) out.push(`${at}: enum value ${JSON.stringify(value)} removed`);
    if (direction === 'response' && !Array.isArray(after.enum) && after.const !== undefined)
      out.push(`${at}: enum narrowed to a constant`);
  }
  if (direction === 'request') {
    if (after.enum && !before.enum && after.type !== 'null') out.push(`${at}: now restricted to an enum`);
    for (const [key, tighter] of [
      ['maxLength', (a: number, b: number) => b < a],
      ['maxItems', (a: number, b: number) => b < a],
      ['maximum', (a: number, b: number) => b < a],
      ['minLength', (a: number, b: number) => b > a],
      ['minItems', (a: number, b: number) => b > a],
      ['minimum', (a: number, b: number) => b > a],
    ] as const) {
      const [a, b] = [before[key], after[key]];
      if (typeof b === 'number' && (typeof a !== 'number' || tighter(a, b)))
        out.push(`${at}: ${key} tightened to ${b}`);
    }
    if (after.pattern !== undefined && after.pattern !== before.pattern) out.push(`${at}: pattern changed`);
  }
  const oldProps = isObject(before.properties) ? before.properties : {};
  const newProps = isObject(after.properties) ? after.properties : {};
  const oldRequired = new Set(Array.isArray(before.required) ? (before.required as string[]) : []);
  const newRequired = new Set(Array.isArray(after.required) ? (after.required as string[]) : []);
  for (const [name, schema] of Object.entries(oldProps)) {
    if (!(name in newProps)) out.push(`${at}.${name}: property removed`);
    else compareSchema(schema, newProps[name], `${at}.${name}`, direction, out);
    if (direction === 'response' && oldRequired.has(name) && !newRequired.has(name) && name in newProps) {
      out.push(`${at}.${name}: no longer always present`);
    }
  }
  if (direction === 'request') {
    for (const name of newRequired) if (!oldRequired.has(name)) out.push(`${at}.${name}: became required`);
  }
  if (before.items !== undefined) compareSchema(before.items, after.items, `${at}[]`, direction, out);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const [a, b] = [before[key], after[key]];
    if (!Array.isArray(a)) continue;
    const variants = Array.isArray(b) ? b : [];
    // A request must keep accepting every variant; an answer must not add one.
    if (direction === 'request' ? variants.length < a.length : variants.length > a.length) {
      out.push(`${at}: ${key} variants changed from ${a.length} to ${variants.length}`);
    }
    a.slice(0, variants.length).forEach((variant, index) =>
      compareSchema(variant, variants[index], `${at}<${key}${index}>`, direction, out),
    );
  }
}

function compareContent(before: unknown, after: unknown, at: string, direction: Direction, out: string[]) {
  if (!isObject(before)) return;
  const now = isObject(after) ? after : {};
  for (const [mediaType, media] of Object.entries(before)) {
    if (!(mediaType in now)) out.push(`${at} ${mediaType}: no longer offered`);
    else
      compareSchema(
        isObject(media) ? media.schema : undefined,
        (now[mediaType] as Json).schema,
        `${at} ${mediaType}`,
        direction,
        out,
      );
  }
}

function compareOperation(before: Json, after: Json, name: string, out: string[]) {
  if (before.operationId !== after.operationId)
    out.push(`${name}: operationId ${String(before.operationId)} became ${String(after.operationId)}`);
  const key = (parameter: Json) => `${String(parameter.in)}:${String(parameter.name)}`;
  const oldParams = new Map(
    (Array.isArray(before.parameters) ? (before.parameters as Json[]) : []).map((p) => [key(p), p]),
  );
  const newParams = new Map(
    (Array.isArray(after.parameters) ? (after.parameters as Json[]) : []).map((p) => [key(p), p]),
  );
  for (const [id, parameter] of oldParams) {
    const now = newParams.get(id);
    if (!now) out.push(`${name}: parameter ${id} removed`);
    else compareSchema(parameter.schema, now.schema, `${name}: parameter ${id}`, 'request', out);
  }
  for (const [id, parameter] of newParams) {
    if (parameter.required === true && oldParams.get(id)?.required !== true)
      out.push(`${name}: parameter ${id} became required`);
  }
  const [oldBody, newBody] = [before.requestBody, after.requestBody];
  if (isObject(newBody) && newBody.required === true && !(isObject(oldBody) && oldBody.required === true)) {
    out.push(`${name}: request body became required`);
  }
  if (isObject(oldBody))
    compareContent(
      oldBody.content,
      isObject(newBody) ? newBody.content : undefined,
      `${name}: request`,
      'request',
      out,
    );
  const oldResponses = isObject(before.responses) ? before.responses : {};
  const newResponses = isObject(after.responses) ? after.responses : {};
  for (const [status, response] of Object.entries(oldResponses)) {
    if (!status.startsWith('2')) continue;
    const now = newResponses[status];
    if (!isObject(now)) out.push(`${name}: response ${status} removed`);
    else
      compareContent(
        isObject(response) ? response.content : undefined,
        now.content,
        `${name}: response ${status}`,
        'response',
        out,
      );
  }
}

/** Every breaking change from `released` to `current` (both as made by `v1Contract`), as stable lines. */
export function breakingChanges(released: Json, current: Json): string[] {
  const out: string[] = [];
  const oldPaths = isObject(released.paths) ? released.paths : {};
  const newPaths = isObject(current.paths) ? current.paths : {};
  for (const [path, item] of Object.entries(oldPaths)) {
    if (!isObject(item)) continue;
    const now = isObject(newPaths[path]) ? newPaths[path] : {};
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const name = `${method.toUpperCase()} ${path}`;
      if (!isObject(now[method])) out.push(`${name}: operation removed`);
      else compareOperation(operation, now[method], name, out);
    }
  }
  const oldHooks = isObject(released.webhooks) ? released.webhooks : {};
  const newHooks = isObject(current.webhooks) ? current.webhooks : {};
  for (const [hook, item] of Object.entries(oldHooks)) {
    const name = `WEBHOOK ${hook}`;
    const [before, after] = [
      isObject(item) ? item.post : undefined,
      isObject(newHooks[hook]) ? (newHooks[hook]).post : undefined,
    ];
    if (!isObject(before)) continue;
    if (!isObject(after)) {
      out.push(`${name}: webhook removed`);
      continue;
    }
    // We send the webhook body, so for the receiver it is an answer: it may gain, never lose.
    const [oldBody, newBody] = [before.requestBody, after.requestBody];
    if (isObject(oldBody))
      compareContent(
        oldBody.content,
        isObject(newBody) ? newBody.content : undefined,
        `${name}: payload`,
        'response',
        out,
      );
  }
  return out;
}
