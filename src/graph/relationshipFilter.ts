import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import { endpointsOf, isFactType, LABELS } from '../model';
import { fillSlots, slotsOf } from './statements/slots';

/**
 * Filters through relationships: `some`, `none` and `all` over a relationship type and direction, with tests on
 * the relationship's own properties (`fact`) and on the node at its other end (`node`, which may in turn filter
 * through its own relationships). The type, direction and label are checked against the model and written into
 * the statement as identifiers (Neo4j plans `[r:RELEASED_IN]` far better than `type(r) = $t`); every value stays
 * a parameter, read as data by cypher/fragments/entityFilter.cypher.
 */

export type Quantifier = 'some' | 'none' | 'all';
export const QUANTIFIERS: readonly Quantifier[] = ['some', 'none', 'all'];

/** How deep relationship filters may nest: a work's release in a region that a policy names is 2. */
export const MAX_RELATIONSHIP_DEPTH = 3;

/** What a client sends under `some`, `none` or `all`. */
export interface RelationshipFilterInput<F> {
  type: string;
  direction?: 'OUT' | 'IN' | null;
  label?: string | null;
  fact?: F | null;
  node?: F | null;
}

/**
 * The part of a relationship filter that becomes query text: quantifier, type, direction, the other end's
 * label (or null), the relationship filters of that end (in the order its conditions number them), and which
 * parts the text needs, so Neo4j plans no test that is not there (each EXISTS costs planning time), as letters:
 * - `f`: tests on the relationship's properties; `n`: tests on the other end's, read as data; `h`: among them,
 *   hasRelationship tests; `i`: the other end by id, written as `m.id = $…id` so an index can reach it;
 * - `l`: the other end's filter has alternatives (OR, NOT of AND), so its relationship filters are a list its
 *   conditions pick from; otherwise they are ANDed into the text;
 * - `!`: this filter, ANDed into its level's text, is negated there (a NOT around a some);
 * - capitals (OP_LETTERS): the operators its tests on the relationship and the other end use, so its text holds only
 *   their branches of cypher/fragments/entityFilter.cypher: Neo4j plans every branch written inside a subquery, and a filter of
 *   16 tests each with all twelve took over 10 s to plan against about 3 s with one (bench/results/2026-12-07-cost).
 */
export type RelationshipShape = [
  quantifier: Quantifier,
  type: string,
  direction: 'OUT' | 'IN',
  label: string | null,
  nested: RelationshipShape[],
  parts: string,
];

/** The letter of each operator of cypher/fragments/entityFilter.cypher in a shape's parts; hasRelationship tests are `h`. */
export const OP_LETTERS: Readonly<Record<string, string>> = {
  eq: 'E',
  in: 'N',
  gt: 'G',
  gte: 'Q',
  lt: 'L',
  lte: 'K',
  includes: 'U',
  contains: 'C',
  exists: 'X',
  rel: 'R',
};

/** The letters of the operators some conditions use, each once, in OP_LETTERS' order. */
export function opLetters(conditions: readonly { op: string }[]): string {
  const used = new Set(conditions.map((c) => c.op));
  return Object.entries(OP_LETTERS)
    .filter(([op]) => used.has(op))
    .map(([, letter]) => letter)
    .join('');
}

/** The values of one relationship filter, as parameters: the tests in disjunctive form, the other end's id, its nested filters'. */
export interface RelationshipParams {
  fact: unknown;
  node: unknown;
  id: unknown;
  rels: RelationshipParams[];
}

/** The relationship filters of one level of a filter: their shapes (text) and values (parameters), in step. */
export interface RelationshipLevel {
  shapes: RelationshipShape[];
  params: RelationshipParams[];
  /** Whether the level's conditions pick from its filters as a list (it has alternatives), rather than ANDing them in. */
  listed?: boolean;
}

export const badInput = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });

/**
 * The labels at the other end of `type` from a node with one of `from`, or a refusal naming the type: one
 * outside the model, or one that never starts (ends) at these labels.
 */
export function otherEnd(path: string, type: string, direction: 'OUT' | 'IN', from: readonly string[], label?: string | null): string[] {
  if (!isFactType(type)) throw badInput(`${path}.type: "${type}" is not a relationship type of the model`);
  const ends = new Set<string>();
  for (const [starts, endsAt] of endpointsOf(type)) {
    const [near, far] = direction === 'OUT' ? [starts, endsAt] : [endsAt, starts];
    if (near.some((l) => from.includes(l))) far.forEach((l) => ends.add(l));
  }
  if (ends.size === 0) throw badInput(`${path}: no ${type} relationship goes ${direction} from ${from.join(' or ')}`);
  if (label === undefined || label === null) return [...ends];
  if (!LABELS.includes(label)) throw badInput(`${path}.label: "${label}" is not a label of the model`);
  if (!ends.has(label))
    throw badInput(`${path}.label: ${type} ${direction} from ${from.join(' or ')} reaches ${[...ends].join(' or ')}, not ${label}`);
  return [label];
}

/** The depth refusal, naming where the filter went too deep. */
export function checkRelationshipDepth(path: string, depth: number): void {
  if (depth > MAX_RELATIONSHIP_DEPTH) throw badInput(`${path}: relationship filters nest at most ${MAX_RELATIONSHIP_DEPTH} deep`);
}

/**
 * Relationship filters' shapes as a statement name carries them: each shape `quantifier.TYPE.DIRECTION.Label.parts`
 * (`_` for no label), followed by `(…)` holding its other end's shapes when it has any, shapes joined by `,`:
 * `some.REMADE_AS.OUT.Work.n(some.RELEASED_IN.OUT.Region.i)`. One shape has one spelling, so equal shapes share
 * a statement; nothing in it needs escaping in a name's query part (`?rels=…&…`).
 */
export const encodeShapes = (shapes: readonly RelationshipShape[]): string =>
  shapes
    .map(([q, type, direction, label, nested, parts]) => {
      const inner = nested.length > 0 ? `(${encodeShapes(nested)})` : '';
      return `${q}.${type}.${direction}.${label ?? '_'}.${parts}${inner}`;
    })
    .join(',');

const SHAPE_HEAD = new RegExp(`^(some|none|all)\\.(\\w+)\\.(OUT|IN)\\.(\\w+)\\.([fnhil!${Object.values(OP_LETTERS).join('')}]*)`);

/** Reads the shapes out of a statement name (encodeShapes' spelling) and checks every identifier in them against the model. */
export function decodeShapes(encoded: string): RelationshipShape[] {
  const refuse = (what: string): never => {
    throw new Error(`"${encoded}" is not a list of relationship filters of the model (${what})`);
  };
  let at = 0;
  const list = (depth: number): RelationshipShape[] => {
    if (depth > MAX_RELATIONSHIP_DEPTH) refuse(`nested deeper than ${MAX_RELATIONSHIP_DEPTH}`);
    const shapes: RelationshipShape[] = [];
    for (;;) {
      const head = SHAPE_HEAD.exec(encoded.slice(at));
      if (!head) return refuse(`at ${at}`);
      const [whole, q, type, direction, label, parts] = head;
      if (!isFactType(type)) refuse(`${type} is not a relationship type`);
      if (label !== '_' && !LABELS.includes(label)) refuse(`${label} is not a label`);
      at += whole.length;
      let nested: RelationshipShape[] = [];
      if (encoded[at] === '(') {
        at += 1;
        nested = list(depth + 1);
        if (encoded[at] !== ')') refuse(`at ${at}`);
        at += 1;
      }
      shapes.push([q as Quantifier, type, direction as 'OUT' | 'IN', label === '_' ? null : label, nested, parts]);
      if (encoded[at] !== ',') return shapes;
      at += 1;
    }
  };
  if (encoded === '') return [];
  const shapes = list(1);
  if (at !== encoded.length) refuse(`at ${at}`);
  return shapes;
}

/**
 * The small fragments of cypher/fragments/ that relationship filters, aggregates and groups are put together from:
 * node and relationship patterns, the quantifiers' subqueries, tests and clauses. TypeScript picks among them and
 * fills their slots with variables, parameters' names and the model's types and labels, never with a request's text.
 */
export const CLAUSES = [
  'nodePattern',
  'labelledNodePattern',
  'outgoingPattern',
  'incomingPattern',
  'someRelationship',
  'noRelationship',
  'allRelationships',
  'negatedTest',
  'idTest',
  'matchOfLabel',
  'matchFromFarEnd',
  'withDistinct',
  'withDistinctWhere',
  'optionalMatch',
  'groupPropertyKey',
  'relationshipDegree',
  'unionAllBranch',
] as const;
export type Clause = (typeof CLAUSES)[number];

/** The tests of one level, cypher/fragments/entityFilter.cypher with its variables named for that level. */
export interface LevelText {
  /** The fragment, its `{{…}}` slots still open. */
  fragment: string;
  /** cypher/fragments/hasRelationshipTests.cypher: tests only a node can take. */
  nodeTests: string;
  /** The CLAUSES' fragments, slots open. */
  clauses: Readonly<Record<Clause, string>>;
}

/** One of the CLAUSES, its slots filled. */
export const clause = (text: LevelText, name: Clause, values: Readonly<Record<string, string>>): string =>
  fillSlots(text.clauses[name], values);

/** A node of a pattern: its variable, with its label when it has one. */
export const nodePattern = (text: LevelText, v: string, label?: string | null): string =>
  label ? clause(text, 'labelledNodePattern', { v, label }) : clause(text, 'nodePattern', { v });

/** A relationship of `type` from `near` (a node pattern) in `direction` to `far`, named `r` (or not, when empty). */
export const relationshipOf = (text: LevelText, near: string, r: string, type: string, direction: 'OUT' | 'IN', far: string): string =>
  clause(text, direction === 'OUT' ? 'outgoingPattern' : 'incomingPattern', { near, r, type, far });

/** Tests that must all hold, in this order; the caller leaves out those it need not write. */
export const allOf = (tests: readonly string[]): string => tests.join(' AND ');

/** One operator's branch of the fragment: from its WHEN to the next branch, the node tests' slot or the CASE's end. */
const BRANCH = /\n[ \t]*WHEN '(\w+)' THEN[\s\S]*?(?=\n[ \t]*(?:WHEN '|\{\{nodeTests\}\}|END, false))/g;

/** The fragment with only the branches of the operators `ops` (OP_LETTERS) names. */
const onlyOperators = (fragment: string, ops: string): string =>
  fragment.replace(BRANCH, (branch, op: string) => (ops.includes(OP_LETTERS[op]) ? branch : ''));

/**
 * The fragment for one variable at one depth, reading its conditions from `anyOf` and its relationship filters from
 * `rels`; with `ops`, only the branches of those operators (a relationship filter's, whose operators its shape names).
 */
export function levelFilter(
  text: LevelText,
  v: string,
  anyOf: string,
  depth: number,
  rels: string[],
  onNode: boolean,
  ops?: string,
): string {
  const names = { v, c: `c${depth}`, h: `h${depth}` };
  const slots: Record<string, string> = {
    ...names,
    anyOf,
    k: `k${depth}`,
    nodeTests: onNode ? fillSlots(text.nodeTests, names) : '',
    rels: `[${rels.join(', ')}]`,
  };
  const fragment = ops === undefined ? text.fragment : onlyOperators(text.fragment, ops);
  // Leaving out operators' branches may leave out every use of a slot (`rels`, `v`): fill those the text still has.
  const open = slotsOf(fragment);
  return fillSlots(fragment, Object.fromEntries(Object.entries(slots).filter(([slot]) => open.includes(slot))));
}

/** The pattern of one relationship filter from `near` (a node pattern) to the other end. */
export function relationshipPattern(text: LevelText, shape: RelationshipShape, near: string, depth: number): string {
  const [, type, direction, label] = shape;
  return relationshipOf(text, near, `r${depth}`, type, direction, nodePattern(text, `m${depth}`, label));
}

/** The tests one relationship filter puts on its relationship and its other end (the variables its pattern names), or `true`. */
export function relationshipTests(text: LevelText, shape: RelationshipShape, param: string, depth: number): string {
  const [, , , , nested, parts] = shape;
  const [r, m] = [`r${depth}`, `m${depth}`];
  const inner = nested.map((s, i) => relationshipText(text, s, m, `${param}.rels[${i}]`, depth + 1));
  const listed = parts.includes('l');
  const tests = [
    parts.includes('i') ? clause(text, 'idTest', { v: m, id: `${param}.id` }) : '',
    parts.includes('f') ? levelFilter(text, r, `${param}.fact`, depth, [], false, parts) : '',
    parts.includes('n') ? levelFilter(text, m, `${param}.node`, depth, listed ? inner : [], parts.includes('h'), parts) : '',
    ...(listed ? [] : inner),
  ].filter(Boolean);
  return allOf(tests) || 'true';
}

/**
 * One relationship filter as Cypher, from the node `v`: `some` is EXISTS, `none` NOT EXISTS, and `all` NOT EXISTS
 * of one that fails the tests (so a node with no such relationship passes `all`, as in @neo4j/graphql).
 */
export function relationshipText(text: LevelText, shape: RelationshipShape, v: string, param: string, depth: number): string {
  const [quantifier, , , , , parts] = shape;
  const pattern = relationshipPattern(text, shape, nodePattern(text, v), depth);
  const tests = relationshipTests(text, shape, param, depth);
  const exists = clause(text, QUANTIFIER_CLAUSE[quantifier], { pattern, tests });
  return parts.includes('!') ? clause(text, 'negatedTest', { test: exists }) : exists;
}

const QUANTIFIER_CLAUSE: Readonly<Record<Quantifier, Clause>> = {
  some: 'someRelationship',
  none: 'noRelationship',
  all: 'allRelationships',
};

/**
 * Takes a level's relationship conditions out of its conditions when the level is one conjunction: they are then
 * ANDed into the text (negated where a NOT says so), which Neo4j plans better than a pick from a list. Returns the
 * conditions left, and whether the level's filters stay a list (the level has alternatives).
 */
export function inlineRelationships<C extends { op: string; rel?: number; negate: boolean }>(
  anyOf: C[][],
  level: RelationshipLevel,
): { anyOf: C[][]; listed: boolean } {
  if (level.shapes.length === 0) return { anyOf, listed: false };
  if (anyOf.length !== 1) return { anyOf, listed: true };
  for (const c of anyOf[0]) if (c.op === 'rel' && c.negate) level.shapes[c.rel!][5] += '!';
  return { anyOf: [anyOf[0].filter((c) => c.op !== 'rel')], listed: false };
}

/**
 * Which of a level's relationship filters a match may start from: the first `some` that names its other end by id
 * under one label (works released in region:hong-kong). Its far end is one unique-index seek, and its relationships
 * lead to the level's candidates, so Neo4j need not read the level's label at all. None when the level has
 * alternatives (the filter need not hold) or the filter is negated.
 */
export function farEndStart(shapes: readonly RelationshipShape[], listed: boolean): number | undefined {
  if (listed) return undefined;
  const i = shapes.findIndex(([q, , , end, , parts]) => q === 'some' && end !== null && parts.includes('i') && !parts.includes('!'));
  return i < 0 ? undefined : i;
}

/** What a level's entities must pass besides the tests written out: its tests read as data, and its relationship filters. */
export interface LevelTests {
  anyOf: string;
  rel: string;
  shapes: readonly RelationshipShape[];
  listed: boolean;
  data: boolean;
}

/**
 * The entities `v` (of `label`) that pass a level's tests, as a MATCH binding each once, with `seek` (tests an index
 * can answer) among its tests. When one of the level's relationship filters names its far end by id
 * (farEndStart), the match starts there and walks that end's relationships, testing the relationship's
 * conditions as it goes, as a hand-written query would; with `seek` in the same WHERE, Neo4j weighs the two
 * starts against each other. The filter it starts from is then met and not tested again.
 */
export function levelMatch(text: LevelText, v: string, label: string, seek: string, level: LevelTests): string {
  const start = farEndStart(level.shapes, level.listed);
  const node = nodePattern(text, v, label);
  if (start === undefined) return clause(text, 'matchOfLabel', { node, seek, tests: levelWhere(text, v, level) });
  const shape = level.shapes[start];
  const tests = allOf([relationshipTests(text, shape, `${level.rel}[${start}]`, 1), seek].filter((t) => t !== 'true'));
  const rest = levelWhere(text, v, level, start);
  const pattern = relationshipPattern(text, shape, node, 1);
  const match = clause(text, 'matchFromFarEnd', { pattern, far: 'm1', label: shape[3]!, tests });
  const distinct = rest === 'true' ? clause(text, 'withDistinct', { v }) : clause(text, 'withDistinctWhere', { v, tests: rest });
  return `${match} ${distinct}`;
}

/**
 * A level's tests in two parts: those it reads off the node itself (its conditions, as data) and those that follow
 * its relationships (its relationship filters, each a subquery), so that a statement can test the cheap part first.
 * Both are `true` when empty; a level with alternatives is all in the second, its conditions picking from its filters.
 * `met` is a filter the match already meets (levelMatch), left out; only a level without alternatives has one.
 */
export function levelParts(text: LevelText, v: string, level: LevelTests, met?: number): { own: string; through: string } {
  const rels = level.shapes.map((shape, i) => relationshipText(text, shape, v, `${level.rel}[${i}]`, 1));
  const data = level.data ? levelFilter(text, v, level.anyOf, 0, level.listed ? rels : [], true) : '';
  if (level.listed) return { own: 'true', through: data || 'true' };
  return { own: data || 'true', through: allOf(rels.filter((_, i) => i !== met)) || 'true' };
}

/** The whole test of one level written out: levelParts, ANDed. */
export function levelWhere(text: LevelText, v: string, level: LevelTests, met?: number): string {
  const { own, through } = levelParts(text, v, level, met);
  return allOf([own, through].filter((t) => t !== 'true')) || 'true';
}
