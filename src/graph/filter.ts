import { LABELS, RELATIONSHIP_TYPE_NAME } from '../model';
import {
  badInput,
  checkRelationshipDepth,
  otherEnd,
  QUANTIFIERS,
  RelationshipFilterInput,
  RelationshipLevel,
  inlineRelationships,
  RelationshipParams,
  RelationshipShape,
} from './relationshipFilter';

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
  some?: RelationshipFilterInput<FilterInput> | null;
  none?: RelationshipFilterInput<FilterInput> | null;
  all?: RelationshipFilterInput<FilterInput> | null;
}

/** One test on one node, as cypher/entityPage.cypher reads it. */
export interface Condition {
  op: string;
  field: string | null;
  value: unknown;
  values: unknown[] | null;
  type: string | null;
  /** For op 'rel': which of its level's relationship filters (src/graph/relationshipFilter.ts) decides. */
  rel?: number;
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

/**
 * Where a filter applies: the labels its node may have, whether it tests a relationship (no relationship tests
 * of its own) or a node, how deep in relationship filters it stands, and what it collects on the way: its
 * level's relationship filters and every property name it tests (src/graph/propertyKeys.ts checks them).
 */
export interface FilterScope {
  labels: readonly string[];
  onRelationship: boolean;
  relDepth: number;
  level: RelationshipLevel;
  /** Each property name tested, with where it first stands in the filter. */
  fields: Map<string, string>;
}

export const listScope = (label: string, fields: Map<string, string> = new Map()): FilterScope => ({
  labels: [label],
  onRelationship: false,
  relDepth: 0,
  level: { shapes: [], params: [] },
  fields,
});

const anyScope = (): FilterScope => ({ ...listScope(LABELS[0]), labels: LABELS });

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

function leafConditions(f: FilterInput, path: string, scope: FilterScope): Condition[] {
  const present = [...COMPARISONS, 'in', 'exists'].filter(
    (op) => (f as Record<string, unknown>)[op] !== undefined && (f as Record<string, unknown>)[op] !== null,
  );
  const conditions: Condition[] = [];
  if (present.length > 0) {
    if (!f.field) throw badInput(`${path}: "${present[0]}" needs "field", the property to test`);
    if (!FIELD.test(f.field)) throw badInput(`${path}.field: "${f.field}" is not a property name`);
    if (!scope.fields.has(f.field)) scope.fields.set(f.field, `${path}.field`);
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
    if (!RELATIONSHIP_TYPE_NAME.test(type)) throw badInput(`${path}.hasRelationship.type: "${type}" is not a relationship type`);
    if (scope.onRelationship) throw badInput(`${path}.hasRelationship: a relationship's own properties take no relationship tests`);
    conditions.push({ op: direction === 'IN' ? 'hasIn' : 'hasOut', field: null, value: null, values: null, type, negate: false });
  }
  for (const quantifier of QUANTIFIERS) {
    const through = f[quantifier];
    if (through) conditions.push(relationshipCondition(through, `${path}.${quantifier}`, quantifier, scope));
  }
  return conditions;
}

/** A `some`, `none` or `all`: its shape and values join the level's, and the condition points at them. */
function relationshipCondition(
  f: RelationshipFilterInput<FilterInput>,
  path: string,
  quantifier: RelationshipShape[0],
  scope: FilterScope,
): Condition {
  if (scope.onRelationship) throw badInput(`${path}: a relationship's own properties take no relationship filters`);
  checkRelationshipDepth(path, scope.relDepth + 1);
  const direction = f.direction === 'IN' ? 'IN' : 'OUT';
  const ends = otherEnd(path, f.type, direction, scope.labels, f.label);
  const inner = (labels: readonly string[], onRelationship: boolean): FilterScope => ({
    labels,
    onRelationship,
    relDepth: scope.relDepth + 1,
    level: { shapes: [], params: [] },
    fields: scope.fields,
  });
  const nodeScope = inner(ends, false);
  const fact = toAnyOf(f.fact, `${path}.fact`, 0, inner([], true));
  const { anyOf: node, id } = byId(toAnyOf(f.node, `${path}.node`, 0, nodeScope));
  const { anyOf: nodeRest, listed } = inlineRelationships(node, nodeScope.level);
  const parts = [
    passesAll(fact) ? '' : 'f',
    passesAll(nodeRest) ? '' : 'n',
    nodeRest.some((conjunction) => conjunction.some((c) => c.op.startsWith('has'))) ? 'h' : '',
    id === undefined ? '' : 'i',
    listed ? 'l' : '',
  ].join('');
  const label = ends.length === 1 ? ends[0] : null;
  scope.level.shapes.push([quantifier, f.type, direction, label, nodeScope.level.shapes, parts]);
  scope.level.params.push({ fact, node: nodeRest, id: id ?? null, rels: nodeScope.level.params });
  return { op: 'rel', field: null, value: null, values: null, type: null, rel: scope.level.shapes.length - 1, negate: false };
}

const passesAll = (f: AnyOf): boolean => f.length === 1 && f[0].length === 0;

/** The other end's id test, when the filter is one conjunction with one: written into the text, where an index reaches it. */
function byId(f: AnyOf): { anyOf: AnyOf; id?: unknown } {
  const test = f.length === 1 ? f[0].find((c) => c.field === 'id' && c.op === 'eq' && !c.negate) : undefined;
  return test ? { anyOf: [f[0].filter((c) => c !== test)], id: test.value } : { anyOf: f };
}

/** Turns a client's filter tree into the flat form the list statement evaluates. */
export function toAnyOf(filter: FilterInput | null | undefined, path = 'filter', depth = 0, scope: FilterScope = anyScope()): AnyOf {
  if (!filter) return TRUE;
  if (depth > 10) throw badInput(`${path}: filters nest at most 10 levels deep`);
  let result: AnyOf = [leafConditions(filter, path, scope)];
  (filter.AND ?? []).forEach((f, i) => {
    result = and(result, toAnyOf(f, `${path}.AND[${i}]`, depth + 1, scope));
  });
  if (filter.OR && filter.OR.length > 0) {
    const alternatives = filter.OR.flatMap((f, i) => toAnyOf(f, `${path}.OR[${i}]`, depth + 1, scope));
    result = and(result, alternatives);
  }
  if (filter.NOT) result = and(result, not(toAnyOf(filter.NOT, `${path}.NOT`, depth + 1, scope)));
  return result;
}

/** A list's filter, translated: the conditions, the relationship filters of its top level, and the property names it tests. */
export interface ListFilter {
  anyOf: AnyOf;
  relationships: RelationshipLevel;
  fields: Map<string, string>;
}

export function listFilter(label: string, filter: FilterInput | null | undefined): ListFilter {
  const scope = listScope(label);
  const { anyOf, listed } = inlineRelationships(toAnyOf(filter, 'filter', 0, scope), scope.level);
  return { anyOf, relationships: { ...scope.level, listed }, fields: scope.fields };
}

/** What a fact list's `filter` sends: tests on each fact and on the node at its other end (as a relationship filter's). */
export interface FactListFilterInput {
  label?: string | null;
  fact?: FilterInput | null;
  node?: FilterInput | null;
}

/** A fact list's filter, translated: its shape (written into the statement's name), its values, and the property names it tests. */
export interface FactFilter {
  shape: RelationshipShape;
  params: RelationshipParams;
  fields: Map<string, string>;
}

/**
 * The filter of a fact list (`releases(filter: …)`) at a node of `label`: the list's facts are one relationship
 * filter's (a `some` over the list's type and direction, each fact tested on its own), so it is translated as one,
 * with the same checks (type and label against the model, depth, property names collected for propertyKeys).
 */
export function factListFilter(
  label: string,
  type: string,
  direction: 'OUT' | 'IN',
  filter: FactListFilterInput,
  path = 'filter',
): FactFilter {
  const scope = listScope(label);
  relationshipCondition({ type, direction, label: filter.label, fact: filter.fact, node: filter.node }, path, 'some', scope);
  return { shape: scope.level.shapes[0], params: scope.level.params[0], fields: scope.fields };
}
