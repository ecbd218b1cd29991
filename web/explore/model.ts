/**
 * The graph view's data: a node's neighbourhood as the API returns it, and how it becomes cytoscape
 * elements. Parallel relationships of one type between the same two nodes (Hong Kong's imports from
 * Japan, one a year) are drawn as one edge carrying all their facts, so labels stay readable.
 */
import type { ElementDefinition } from 'cytoscape';
import { postGraphQL } from '../pageData';
import { chineseName, scriptNow } from '../script';

export interface Entity {
  id: string;
  __typename: string;
  properties: Record<string, unknown>;
}

export interface Relationship {
  type: string;
  direction: 'OUT' | 'IN';
  locator: string | null;
  properties: Record<string, unknown>;
  source: { id: string; name: string } | null;
  node: Entity;
}

export interface Neighbourhood extends Entity {
  relationships: Relationship[];
}

/** One relationship on an edge: its facts, and where they come from. */
export interface EdgeFact {
  key: string;
  properties: Record<string, unknown>;
  locator: string | null;
  source: string | null;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  facts: EdgeFact[];
}

/** Citations are shown beside the node, not drawn: every entity is cited in the paper. */
export const HIDDEN_TYPES = new Set(['CITED_IN']);

/** One group of a node's relationships, as Node.relationshipGroups counts them. */
export interface Group {
  type: string;
  direction: 'OUT' | 'IN';
  count: number;
}

/** What one step's alias answers: the node, and its groups, relationships or a page of a group. */
export interface StepAnswer extends Entity {
  relationshipGroups?: Group[];
  relationships?: Relationship[];
  relationshipPage?: { neighbours: number; endCursor: string | null; facts: Relationship[] };
}

/** Runs a view's query; each alias's answer, null for an id that names nothing. */
export async function fetchSteps(query: string): Promise<Record<string, StepAnswer | null>> {
  const result = await postGraphQL<Record<string, StepAnswer | null>>({ query, operationName: 'GraphView' });
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.data ?? {};
}

export const labelOf = (entity: Entity): string => String(entity.properties.title ?? entity.properties.name ?? entity.id);

/** The Chinese name in the reader's script (script.ts): the graph's form of it in that script, else converted. */
const chineseOf = (properties: Record<string, unknown>): string | null => chineseName(properties, scriptNow());

/** A node's caption: its title or name, the Chinese on a line below where the graph knows it. */
export const captionOf = (entity: Entity): string => {
  const chinese = chineseOf(entity.properties);
  return chinese ? `${labelOf(entity)}\n${chinese}` : labelOf(entity);
};

export const nodeElement = (entity: Entity): ElementDefinition => ({
  group: 'nodes',
  data: { id: entity.id, label: labelOf(entity), caption: captionOf(entity), type: entity.__typename, properties: entity.properties },
});

const edgeLabel = (type: string, count: number): string => (count > 1 ? `${type} ×${count}` : type);

const factOf = (r: Relationship): EdgeFact => ({
  key: String(r.properties.id ?? JSON.stringify(r.properties)),
  properties: r.properties,
  locator: r.locator,
  source: r.source ? r.source.name : null,
});

/** The drawn edges of a neighbourhood, one per (from, type, to), each with its relationships' facts. */
export function edgesOf(centre: Neighbourhood): EdgeData[] {
  const edges = new Map<string, EdgeData>();
  for (const r of centre.relationships) {
    if (HIDDEN_TYPES.has(r.type)) continue;
    const [from, to] = r.direction === 'OUT' ? [centre.id, r.node.id] : [r.node.id, centre.id];
    const id = `${from}|${r.type}|${to}`;
    const edge = edges.get(id) ?? { id, source: from, target: to, type: r.type, label: r.type, facts: [] };
    edge.facts.push(factOf(r));
    edges.set(id, edge);
  }
  return [...edges.values()].map((e) => ({ ...e, label: edgeLabel(e.type, e.facts.length) }));
}

/** An edge already drawn, with the facts of the same edge seen again from its other end added. */
export function mergeFacts(drawn: EdgeData, seen: EdgeData): EdgeData {
  const facts = [...drawn.facts];
  for (const f of seen.facts) if (!facts.some((d) => d.key === f.key)) facts.push(f);
  return { ...drawn, facts, label: edgeLabel(drawn.type, facts.length) };
}

/** Facts worth a glance: every property but the bookkeeping ones, which have their own lines. */
export const factSummary = (properties: Record<string, unknown>): string =>
  Object.entries(properties)
    .filter(([k]) => !['id', 'source', 'locator'].includes(k))
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join(' · ');
