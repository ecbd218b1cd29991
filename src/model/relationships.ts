/**
 * The relationship types of the graph, with the labels each joins. The core types are the public
 * contract (graph-model.md); statements write them into their text (src/graph/statements), so they
 * are a fixed list. The additional types are the project's, for facts the paper states that the
 * contract has no type for. `CITED_IN` (any node to its Source) is made by the loaders, never sent.
 */
import { LABELS } from './labels';

export type Direction = 'OUT' | 'IN';

/** Labels a type may start from, and labels it may end at. */
export type Endpoints = [from: string[], to: string[]];

/** Which labels a core relationship type joins. */
export const ENDPOINTS: Record<string, Endpoints> = {
  CO_PRODUCED: [['Studio', 'Region'], ['Work']],
  AIRED_ON: [['Work'], ['Platform']],
  REMADE_AS: [['Work'], ['Work']],
  ENABLED_BY: [['Work', 'Studio', 'Platform', 'Policy'], ['Policy']],
  ORIGINATES_FROM: [['Work'], ['Region']],
  RELEASED_IN: [['Work'], ['Region']],
  IMPORTED_FROM: [['Region'], ['Region']],
  EXPORTED_TO: [['Region'], ['Region']],
  OPERATES: [['Studio'], ['Platform']],
  HONOURED_AT: [['Person', 'Work'], ['Festival']],
  SCREENED_AT: [['Work'], ['Festival']],
  FACTS_FOR: [['MarketYear'], ['Region', 'Platform', 'Studio']],
};

/**
 * The project's additional types: each a list of the endpoint pairs it may join (PART_OF joins a
 * scheme to its fund, an office to its agency, a region to a larger area, never one kind to another).
 */
export const ADDITIONAL_TYPES: Record<string, Endpoints[]> = {
  FILMS_SHOWN_IN: [[['Region'], ['Region']]],
  ANIMATION_EXPORTED_TO: [[['Region'], ['Region']]],
  BASED_IN: [[['Studio'], ['Region']]],
  PART_OF: [
    [['Policy'], ['Policy']],
    [['Studio'], ['Studio']],
    [['Region'], ['Region']],
  ],
  LAUNCHED_IN: [[['Platform'], ['Region']]],
  LICENSED_IN: [[['Platform', 'Studio'], ['Region']]],
  LICENSES_TO: [[['Studio'], ['Platform']]],
  HAS_ACCOUNTS_ON: [[['Studio'], ['Platform']]],
  SHOWS_CONTENT_FROM: [[['Platform'], ['Region']]],
  BROADCAST_IN: [[['Work', 'Platform'], ['Region']]],
  ENGAGEMENT_ON: [[['Work'], ['Platform']]],
  SEQUEL_OF: [[['Work'], ['Work']]],
  AMENDS: [[['Policy'], ['Policy']]],
  ISSUED_BY: [[['Policy'], ['Studio']]],
  ANNOUNCED_AT: [[['Policy', 'Work'], ['Festival']]],
  HELD_IN: [[['Festival'], ['Region']]],
  BROADCAST_VIA: [[['Festival'], ['Platform']]],
  HAILS_FROM: [[['Person'], ['Region']]],
  ACTED_IN: [[['Person'], ['Work']]],
  WORKS_FOR: [[['Person'], ['Studio']]],
  WORKED_IN: [[['Person'], ['Region']]],
  PARTY_TO: [[['Studio'], ['Agreement']]],
  NUMBER_ONE_IN: [[['Work'], ['Region']]],
};

/** The relationship every node has to the Source that states it, made by the loaders. */
export const CITATION_TYPE = 'CITED_IN';

/**
 * A relationship's id: its type, ends and key joined by `|`, so loading it again updates it rather than adding
 * another. Federating graphs and the history see these ids: the seed, the import, curation and the synthetic
 * graph all make them here.
 */
export const relationshipId = (type: string, from: string, to: string, key?: string | null): string =>
  [type, from, to, key ?? ''].join('|');

/** The id of an entity's citation, its CITED_IN to the Source it is taken from: three parts, no key (ids given out since the first load). */
export const citationId = (entityId: string, sourceId: string): string => [CITATION_TYPE, entityId, sourceId].join('|');

const CORE_TYPES = new Set(Object.keys(ENDPOINTS));

/** Whether a relationship type is one of the contract's, which statements write into their text. */
export const isCoreType = (type: string): boolean => CORE_TYPES.has(type);

/** Every pair of endpoints a type may join; none for a type outside the model. */
export const endpointsOf = (type: string): Endpoints[] => (ENDPOINTS[type] ? [ENDPOINTS[type]] : (ADDITIONAL_TYPES[type] ?? []));

/** How a relationship type's name is written: UPPER_SNAKE_CASE, at most 64 characters (the only form written into Cypher). */
export const RELATIONSHIP_TYPE_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;

/** Whether `type` is a type of facts of the model, core or additional (not the citation), so it may be written into a statement. */
export const isFactType = (type: unknown): type is string =>
  typeof type === 'string' && RELATIONSHIP_TYPE_NAME.test(type) && endpointsOf(type).length > 0;

/** Why a relationship of `type` may not join these labels, or undefined when it may. */
export function endpointProblem(type: string, fromLabel: string, toLabel: string): string | undefined {
  const pairs = endpointsOf(type);
  if (pairs.length === 0)
    return `${type} is not a relationship type of the model: declare it with its endpoints in ADDITIONAL_TYPES (src/model/relationships.ts) and document it in docs/model.md`;
  if (pairs.some(([from, to]) => from.includes(fromLabel) && to.includes(toLabel))) return undefined;
  const allowed = pairs.map(([from, to]) => `${from.join(' or ')} → ${to.join(' or ')}`).join('; ');
  return `${type} joins ${allowed}, not ${fromLabel} → ${toLabel}`;
}

/** Whether a type is any of the model's: core, additional or the citation. */
export const isModelType = (type: string): boolean => type === CITATION_TYPE || endpointsOf(type).length > 0;

/** A relationship type seen from one end: which way it points from a node. */
export interface TypeAtLabel {
  type: string;
  direction: Direction;
}

/**
 * The types and directions a node of this label can have relationships in, as the model's endpoints
 * allow them (every node cites its Source; a Source is cited): the groups a node's relationships fall in.
 */
export function typesAtLabel(label: string): TypeAtLabel[] {
  const pairs = [...Object.entries(ENDPOINTS).map(([type, ends]) => [type, [ends]] as const), ...Object.entries(ADDITIONAL_TYPES)];
  const found: TypeAtLabel[] = [];
  for (const [type, ends] of pairs) {
    if (ends.some(([from]) => from.includes(label))) found.push({ type, direction: 'OUT' });
    if (ends.some(([, to]) => to.includes(label))) found.push({ type, direction: 'IN' });
  }
  found.push({ type: CITATION_TYPE, direction: 'OUT' });
  if (label === 'Source') found.push({ type: CITATION_TYPE, direction: 'IN' });
  return found;
}

/**
 * The labels a node of this label can reach through relationships of a type in a direction, as the model's
 * endpoints allow them: the labels of its neighbours in that group (none when the model has no such group).
 */
export function neighbourLabels(type: string, direction: Direction, label: string): string[] {
  if (type === CITATION_TYPE) return direction === 'OUT' ? ['Source'] : label === 'Source' ? [...LABELS] : [];
  const found = new Set<string>();
  for (const [from, to] of endpointsOf(type)) {
    const [here, there] = direction === 'OUT' ? [from, to] : [to, from];
    if (here.includes(label)) for (const other of there) found.add(other);
  }
  return LABELS.filter((l) => found.has(l));
}

/**
 * Why a relationship of `type` may not point from a node of `fromLabel` to one of `toLabel`, or undefined
 * when it may. The pairs it allows, the citation's among them (any label of the model → Source), are exactly
 * those neighbourLabels walks, so a relationship it allows is one the relationship pages find.
 */
export function relationshipProblem(type: string, fromLabel: string, toLabel: string): string | undefined {
  if (LABELS.includes(fromLabel) && neighbourLabels(type, 'OUT', fromLabel).includes(toLabel)) return undefined;
  if (type === CITATION_TYPE) return `${CITATION_TYPE} joins a node of the model → Source, not ${fromLabel} → ${toLabel}`;
  return endpointProblem(type, fromLabel, toLabel) ?? `${type} does not join ${fromLabel} → ${toLabel}`;
}
