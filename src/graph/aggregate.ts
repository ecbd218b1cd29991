import { averageDecimals, endpointsOf, isFactType, PROPERTY_NAME, rangeOf } from '../model';
import { FilterInput, FilterScope, listFilter, listScope, toAnyOf } from './filter';
import type { Graph } from './graph';
import { badInput, inlineRelationships, otherEnd } from './relationshipFilter';
import { groupingName, Grouping, levelName } from './statements/aggregates';

/**
 * Counts and aggregates over a filtered list's entities and over the facts of a relationship type (the API's
 * `…Aggregate` and `factsAggregate`), in one statement each; the aggregating is cypher/fragments/aggregateValues.cypher's.
 */

export interface GroupByInput {
  property?: string | null;
  relationship?: { type: string; direction?: 'OUT' | 'IN' | null; label?: string | null } | null;
  /** Facts only: the node the fact starts from (FROM) or ends at (TO). */
  end?: 'FROM' | 'TO' | null;
}

export interface PropertyAggregateRow {
  property: string;
  /** The sources the values came from (facts only). */
  sources: string[];
  known: number;
  sum: number | null;
  average: number | null;
  min: unknown;
  max: unknown;
}

export interface AggregateRow {
  key: unknown;
  node: { label: string; props: Record<string, unknown> } | null;
  count: number;
  values: PropertyAggregateRow[];
}

const MAX_PROPERTIES = 16;

/** The grouping asked for, checked against the model (from a node with one of `labels`), with the names to check. */
function grouping(
  groupBy: GroupByInput | null | undefined,
  labels: readonly string[],
  facts: boolean,
  names: Map<string, string>,
): Grouping {
  if (!groupBy) return 'none';
  const given = [groupBy.property, groupBy.relationship, groupBy.end].filter((g) => g !== undefined && g !== null);
  if (given.length !== 1) throw badInput('groupBy: give one of property, relationship' + (facts ? ' or end' : ''));
  if (typeof groupBy.property === 'string') {
    if (!PROPERTY_NAME.test(groupBy.property)) throw badInput(`groupBy.property: "${groupBy.property}" is not a property name`);
    names.set(groupBy.property, 'groupBy.property');
    return 'property';
  }
  if (groupBy.end) {
    if (!facts) throw badInput('groupBy.end: only facts have ends; group a list through a relationship instead');
    return groupBy.end;
  }
  const { type, direction, label } = groupBy.relationship!;
  const ends = otherEnd('groupBy.relationship', type, direction === 'IN' ? 'IN' : 'OUT', labels, label);
  return { type, direction: direction === 'IN' ? 'IN' : 'OUT', label: ends.length === 1 ? ends[0] : null };
}

/**
 * The properties aggregated, checked as names, with the decimals their averages are given to and the ranges
 * (src/model/ranges.ts) outside which a stored number is left out of sums and averages.
 */
function aggregated(
  properties: readonly string[],
  names: Map<string, string>,
): { properties: string[]; decimals: Record<string, number>; ranges: Record<string, { min: number; max: number }> } {
  if (properties.length > MAX_PROPERTIES) throw badInput(`properties: at most ${MAX_PROPERTIES} properties in one aggregate`);
  properties.forEach((p, i) => {
    if (!PROPERTY_NAME.test(p)) throw badInput(`properties[${i}]: "${p}" is not a property name`);
    if (!names.has(p)) names.set(p, `properties[${i}]`);
  });
  return {
    properties: [...new Set(properties)],
    decimals: Object.fromEntries(properties.map((p) => [p, averageDecimals(p)])),
    ranges: Object.fromEntries(properties.map((p) => [p, { min: rangeOf(p).min, max: rangeOf(p).max }])),
  };
}

export async function entityAggregate(
  graph: Graph,
  label: string,
  request: {
    filter?: FilterInput | null;
    properties: readonly string[];
    groupBy?: GroupByInput | null;
    sources?: readonly string[] | null;
  },
): Promise<AggregateRow[]> {
  const { anyOf, relationships, fields } = listFilter(label, request.filter);
  const group = grouping(request.groupBy, [label], false, fields);
  const values = aggregated(request.properties, fields);
  await graph.propertyKeys.check(graph, fields);
  const data = !(anyOf.length === 1 && anyOf[0].length === 0);
  const parts = [levelName('', relationships, data), `group=${groupingName(group)}`, request.sources ? 'sources=1' : ''];
  const name = `entityAggregate@${label}?${parts.filter(Boolean).join('&')}`;
  const params = {
    anyOf,
    rel: relationships.params,
    groupProperty: request.groupBy?.property ?? null,
    sources: request.sources ?? null,
    ...values,
  };
  return (await graph.read(name, params)) as unknown as AggregateRow[];
}

export interface FactsAggregateRequest {
  type: string;
  fact?: FilterInput | null;
  from?: FilterInput | null;
  to?: FilterInput | null;
  properties: readonly string[];
  groupBy?: GroupByInput | null;
  /**
   * Answer from these sources' claims (src/model/claims.ts) instead of the facts' own values: per fact and property,
   * the first listed source that states it; a fact none of them states gives no value. Null: the facts' own.
   */
  sources?: readonly string[] | null;
}

/** One end's filter: its conditions, relationship filters, and its id when asked for by one (written in, index-backed). */
function endFilter(filter: FilterInput | null | undefined, path: string, labels: string[], fields: Map<string, string>) {
  const scope: FilterScope = { ...listScope(labels[0], fields), labels };
  const all = toAnyOf(filter, path, 0, scope);
  const test = all.length === 1 ? all[0].find((c) => c.field === 'id' && c.op === 'eq' && !c.negate) : undefined;
  const { anyOf, listed } = inlineRelationships(test ? [all[0].filter((c) => c !== test)] : all, scope.level);
  return { anyOf, id: test?.value, level: { ...scope.level, listed }, data: !(anyOf.length === 1 && anyOf[0].length === 0) };
}

export async function factsAggregate(graph: Graph, request: FactsAggregateRequest): Promise<AggregateRow[]> {
  const { type } = request;
  if (!isFactType(type)) throw badInput(`type: "${type}" is not a relationship type of the model`);
  const fields = new Map<string, string>();
  const [fromLabels, toLabels] = [0, 1].map((side) => [...new Set(endpointsOf(type).flatMap((pair) => pair[side]))]);
  const from = endFilter(request.from, 'from', fromLabels, fields);
  const to = endFilter(request.to, 'to', toLabels, fields);
  const fact = toAnyOf(request.fact, 'fact', 0, { ...listScope(fromLabels[0], fields), labels: [], onRelationship: true });
  const group = grouping(request.groupBy, fromLabels, true, fields);
  const values = aggregated(request.properties, fields);
  await graph.propertyKeys.check(graph, fields);
  const factData = !(fact.length === 1 && fact[0].length === 0);
  const name = [
    `factAggregate@${type}?group=${groupingName(group)}`,
    from.id === undefined ? '' : 'from=id',
    to.id === undefined ? '' : 'to=id',
    factData ? 'fact=1' : '',
    request.sources ? 'sources=1' : '',
    levelName('from.', from.level, from.data),
    levelName('to.', to.level, to.data),
  ];
  const params = {
    from: from.anyOf,
    fromRel: from.level.params,
    fromId: from.id ?? null,
    to: to.anyOf,
    toRel: to.level.params,
    toId: to.id ?? null,
    fact,
    groupProperty: request.groupBy?.property ?? null,
    sources: request.sources ?? null,
    ...values,
  };
  if (request.sources?.length === 0) throw badInput('sources: give at least one Source id, or leave sources out');
  return (await graph.read(name.filter(Boolean).join('&'), params)) as unknown as AggregateRow[];
}
