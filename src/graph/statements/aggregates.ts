import { endpointsOf, isFactType, LABELS } from '../../model';
import {
  allOf,
  clause,
  decodeShapes,
  encodeShapes,
  LevelTests,
  LevelText,
  levelFilter,
  levelMatch,
  levelParts,
  nodePattern,
  RelationshipLevel,
  relationshipOf,
} from '../relationshipFilter';
import { fillSlots, filterText, type QueryCatalog } from './catalog';
import type { Template } from './statement';

/**
 * The aggregate statements (cypher/entityAggregate.cypher, cypher/factAggregate.cypher): templates whose type, labels,
 * relationship filters and grouping are written in from the name alone, checked against the model, as entityPage's
 * are; the values of every test, and the property grouped by, stay parameters. Named like
 * `entityAggregate@Work?rest=1&group=rel:ORIGINATES_FROM.OUT.Region&rels=some.RELEASED_IN.OUT.Region.f` and
 * `factAggregate@RELEASED_IN?to=id&group=property&from.rels=…` (relationship filters spelled by encodeShapes, src/graph/relationshipFilter.ts).
 */

/** How a group is made: not at all, by a property (read as data), by an end of the fact, or through a relationship. */
export type Grouping = 'none' | 'property' | 'FROM' | 'TO' | { type: string; direction: 'OUT' | 'IN'; label: string | null };

export const groupingName = (g: Grouping): string => (typeof g === 'string' ? g : `rel:${g.type}.${g.direction}.${g.label ?? '_'}`);

/** A level's relationship filters in a name: `rels=…` (encodeShapes), and `listed=1` when its conditions pick from them. */
export function levelName(prefix: string, level: RelationshipLevel, data: boolean): string {
  const parts = [data ? '' : `${prefix}rest=0`];
  if (level.shapes.length > 0) parts.push(`${prefix}rels=${encodeShapes(level.shapes)}`, level.listed ? `${prefix}listed=1` : '');
  return parts.filter(Boolean).join('&');
}

interface GroupText {
  group: string;
  key: string;
  node: string;
}

/** The grouping slots, from its name; `from` is the variable a relationship is followed from. */
function groupText(text: LevelText, name: string, from: string, ends: boolean): GroupText {
  if (name === 'none') return { group: '', key: 'null', node: 'null' };
  if (name === 'property') return { group: '', key: clause(text, 'groupPropertyKey', {}), node: 'null' };
  if (ends && (name === 'FROM' || name === 'TO')) return { group: '', key: 'null', node: name === 'FROM' ? 'a' : 'b' };
  const match = /^rel:(\w+)\.(OUT|IN)\.(\w+)$/.exec(name);
  const label = match?.[3] === '_' ? null : match?.[3];
  if (!match || !isFactType(match[1]) || (label && !LABELS.includes(label))) throw new Error(`"${name}" is not a grouping of the model`);
  const pattern = relationshipOf(text, nodePattern(text, from), '', match[1], match[2] as 'OUT' | 'IN', nodePattern(text, 'g', label));
  return { group: clause(text, 'optionalMatch', { pattern }), key: 'null', node: 'g' };
}

/** The tests of one level of an aggregate's name: `prefix` tells the from, to and entity levels apart. */
function levelTests(args: URLSearchParams, prefix: string, params: { anyOf: string; rel: string }): LevelTests {
  const shapes = decodeShapes(args.get(`${prefix}rels`) ?? '');
  return { ...params, shapes, listed: args.get(`${prefix}listed`) === '1', data: args.get(`${prefix}rest`) !== '0' };
}

/** How a member's value is read: its own (the preferred claim's), or from the sources asked for (`sources=1`). */
interface MemberValues {
  own: string;
  fromSources: string;
}

function entityAggregateText(template: string, text: LevelText, variant: string, values: MemberValues): string {
  const [label, query = ''] = variant.split('?');
  if (!LABELS.includes(label)) throw new Error(`"${label}" is not an entity label`);
  const args = new URLSearchParams(query);
  return fillSlots(template, {
    matches: levelMatch(text, 'n', label, 'true', levelTests(args, '', { anyOf: '$anyOf', rel: '$rel' })),
    ...groupText(text, args.get('group') ?? 'none', 'n', false),
    memberValue: args.get('sources') === '1' ? values.fromSources : values.own,
  });
}

/** An end of a type as a node pattern: with the one label that end always has, written in so Neo4j reads that label; else none. */
function endNode(text: LevelText, v: string, type: string, side: 0 | 1): string {
  const labels = new Set(endpointsOf(type).flatMap((pair) => pair[side]));
  return nodePattern(text, v, labels.size === 1 ? [...labels][0] : null);
}

/**
 * The ends' relationship filters, after a WITH DISTINCT (a no-op: each fact is one row) that keeps Neo4j from
 * planning them ahead of the fact's own tests; nothing when there are none.
 */
function throughEnds(text: LevelText, from: string, to: string): string {
  const tests = [from, to].filter((t) => t !== 'true');
  return tests.length === 0 ? '' : clause(text, 'withDistinctWhere', { v: 'a, n, b', tests: allOf(tests) });
}

function factAggregateText(template: string, text: LevelText, variant: string, values: MemberValues): string {
  const [type, query = ''] = variant.split('?');
  if (!isFactType(type)) throw new Error(`"${type}" is not a relationship type of the model`);
  const args = new URLSearchParams(query);
  // An end asked for by id is tested first, then the end's own tests (`true` when none), as the template has them.
  const byId = (end: string, v: string, own: string) =>
    args.get(end) === 'id' ? allOf([clause(text, 'idTest', { v, id: `$${end}Id` }), own]) : own;
  const from = levelParts(text, 'a', levelTests(args, 'from.', { anyOf: '$from', rel: '$fromRel' }));
  const to = levelParts(text, 'b', levelTests(args, 'to.', { anyOf: '$to', rel: '$toRel' }));
  return fillSlots(template, {
    facts: relationshipOf(text, endNode(text, 'a', type, 0), 'n', type, 'OUT', endNode(text, 'b', type, 1)),
    from: byId('from', 'a', from.own),
    to: byId('to', 'b', to.own),
    through: throughEnds(text, from.through, to.through),
    fact: args.get('fact') === '1' ? levelFilter(text, 'n', '$fact', 0, [], false) : 'true',
    ...groupText(text, args.get('group') ?? 'none', 'a', true),
    memberValue: args.get('sources') === '1' ? values.fromSources : values.own,
  });
}

export const aggregateTemplates = (catalog: QueryCatalog): Template[] => [
  {
    name: 'entityAggregate',
    text: (variant) =>
      entityAggregateText(catalog.text('entityAggregate'), filterText(catalog), variant, {
        own: catalog.fragment('entityMemberValue'),
        fromSources: catalog.fragment('entityValueFromSources'),
      }),
  },
  {
    name: 'factAggregate',
    text: (variant) =>
      factAggregateText(catalog.text('factAggregate'), filterText(catalog), variant, {
        own: catalog.fragment('factMemberValue'),
        fromSources: catalog.fragment('valueFromSources'),
      }),
  },
];
