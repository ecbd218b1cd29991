import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';

/** The filter a client sends, one level of it: a condition on a property, and/or nested filters. */
export interface FilterInput {
  AND?: FilterInput[] | null;
  OR?: FilterInput[] | null;
  NOT?: FilterInput | null;
  field?: string | null;
  eq?: unknown;
  in?: unknown[] | null;
  gt?: unknown;
  gte?: unknown;
  lt?: unknown;
  lte?: unknown;
  contains?: string | null;
  includes?: string | null;
  exists?: boolean | null;
  hasRelationship?: { type: string; direction?: 'OUT' | 'IN' | null } | null;
}

/** One test on one node, as cypher/entityPage.cypher reads it. */
export interface Condition {
  op: string;
  field: string | null;
  value: unknown;
  values: unknown[] | null;
  type: string | null;
  negate: boolean;
}

/**
 * A filter in disjunctive normal form: any of these conjunctions, each all of its conditions.
 * `[[]]` (one empty conjunction) lets everything through; `[]` lets nothing through.
 */
export type AnyOf = Condition[][];

export const MAX_CONJUNCTIONS = 64;
const FIELD = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const COMPARISONS = ['eq', 'gt', 'gte', 'lt', 'lte', 'contains', 'includes'] as const;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });

const TRUE: AnyOf = [[]];

function and(a: AnyOf, b: AnyOf): AnyOf {
  const out: AnyOf = [];
  for (const x of a) for (const y of b) out.push([...x, ...y]);
  if (out.length > MAX_CONJUNCTIONS) throw badInput(`filter is too complex: more than ${MAX_CONJUNCTIONS} alternatives once expanded`);
  return out;
}

/** NOT (c1 OR c2 ...) = NOT c1 AND NOT c2 ..., each NOT (a AND b) = NOT a OR NOT b. */
function not(f: AnyOf): AnyOf {
  return f.reduce<AnyOf>(
    (acc, conjunction) =>
      and(
        acc,
        conjunction.map((c) => [{ ...c, negate: !c.negate }]),
      ),
    TRUE,
  );
}

function leafConditions(f: FilterInput, path: string): Condition[] {
  const present = [...COMPARISONS, 'in', 'exists'].filter(
    (op) => (f as Record<string, unknown>)[op] !== undefined && (f as Record<string, unknown>)[op] !== null,
  );
  const conditions: Condition[] = [];
  if (present.length > 0) {
    if (!f.field) throw badInput(`${path}: "${present[0]}" needs "field", the property to test`);
    if (!FIELD.test(f.field)) throw badInput(`${path}.field: "${f.field}" is not a property name`);
  } else if (f.field) {
    throw badInput(`${path}: "field" needs a test such as eq, in, gte, contains or exists`);
  }
  for (const op of present) {
    const value = (f as Record<string, unknown>)[op];
    if (op === 'exists') {
      conditions.push({ op: 'exists', field: f.field!, value: null, values: null, type: null, negate: value === false });
    } else if (op === 'in') {
      if (!Array.isArray(value)) throw badInput(`${path}.in must be a list`);
      conditions.push({ op, field: f.field!, value: null, values: value, type: null, negate: false });
    } else {
      if (typeof value === 'object') throw badInput(`${path}.${op} must be a string, number or boolean`);
      conditions.push({ op, field: f.field!, value, values: null, type: null, negate: false });
    }
  }
  if (f.hasRelationship) {
    const { type, direction } = f.hasRelationship;
    if (!/^[A-Z][A-Z0-9_]{0,63}$/.test(type)) throw badInput(`${path}.hasRelationship.type: "${type}" is not a relationship type`);
    conditions.push({ op: direction === 'IN' ? 'hasIn' : 'hasOut', field: null, value: null, values: null, type, negate: false });
  }
  return conditions;
}

/** Turns a client's filter tree into the flat form the list statement evaluates. */
export function toAnyOf(filter: FilterInput | null | undefined, path = 'filter', depth = 0): AnyOf {
  if (!filter) return TRUE;
  if (depth > 10) throw badInput(`${path}: filters nest at most 10 levels deep`);
  let result: AnyOf = [leafConditions(filter, path)];
  (filter.AND ?? []).forEach((f, i) => {
    result = and(result, toAnyOf(f, `${path}.AND[${i}]`, depth + 1));
  });
  if (filter.OR && filter.OR.length > 0) {
    const alternatives = filter.OR.flatMap((f, i) => toAnyOf(f, `${path}.OR[${i}]`, depth + 1));
    result = and(result, alternatives);
  }
  if (filter.NOT) result = and(result, not(toAnyOf(filter.NOT, `${path}.NOT`, depth + 1)));
  return result;
}
