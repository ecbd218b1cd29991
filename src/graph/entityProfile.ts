/**
 * What an entity's page (the HTML answer at its IRI) shows, read as plain records: the entity's properties, every
 * fact leaving it and up to INCOMING_FACTS_LIMIT reaching it (the same statement the RDF description reads,
 * cypher/linkedDataOfEntities.cypher, so the page and the RDF agree), the claims of those facts and of the
 * entity's own figures (cypher/claimsOfFacts.cypher), and the graph's version: its last change's number and date.
 */
import { labelOfId } from '../model';
import { claimsOfFacts, type ClaimData } from './claims';
import type { Graph } from './graph';
import { entitiesWithFacts } from './linkedData';
import { keyLookup } from './statements';
import { decodeNode } from './statements/keys';

/** One fact at the entity, seen from it: its type, which way it points, its own values, and the entity at the other end. */
export interface ProfileFact {
  type: string;
  direction: 'OUT' | 'IN';
  props: Record<string, unknown>;
  other: { id: string; label: string; name: string | null };
}

export interface GraphVersion {
  /** The history's last change number (0 before the first). */
  seq: number;
  /** When that change was committed (ISO), or null before the first. */
  at: string | null;
}

export interface EntityProfile {
  id: string;
  label: string;
  props: Record<string, unknown>;
  /** Every fact of the description, citations (CITED_IN) among them. */
  facts: ProfileFact[];
  /** Claims by fact id (a relationship's id, or the entity's own id for its figures); only facts that have claims. */
  claims: Map<string, ClaimData[]>;
  /** The name of every source its facts and claims name, by id. */
  sourceNames: Map<string, string>;
  incoming: { shown: number; total: number };
  version: GraphVersion;
}

type FactCell = [type: string | null, props: Record<string, unknown>, otherId: string, otherLabel: string, otherName: unknown];

const factsOf = (cells: unknown, direction: 'OUT' | 'IN'): ProfileFact[] =>
  (cells as FactCell[])
    .filter((c) => c[0] !== null)
    .map(([type, props, id, label, name]) => ({
      type: type!,
      direction,
      props,
      other: { id, label, name: typeof name === 'string' ? name : null },
    }));

const NAME = ['name'];

/** The names of these entities (ids that name nothing left out), by id. */
async function namesOf(graph: Graph, ids: unknown[]): Promise<Map<string, string>> {
  const known = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (known.length === 0) return new Map();
  const { query, byLabel } = keyLookup('nodesByIds', known);
  const rows = (await graph.read(query, { byLabel, properties: NAME })).map((r) => decodeNode(r, NAME));
  return new Map(rows.map((n) => [n.id, typeof n.props.name === 'string' ? n.props.name : n.id]));
}

/** The graph's version: its last change number and that change's date. */
export async function graphVersion(graph: Graph): Promise<GraphVersion> {
  const [{ seq }] = (await graph.read('changeLogHead')) as { seq: number }[];
  if (!seq) return { seq: 0, at: null };
  const [change] = await graph.read('changeBySeq', { seq });
  return { seq, at: typeof change?.at === 'string' ? change.at : null };
}

/** The entity's profile, or undefined when its id names nothing. */
export async function entityProfile(graph: Graph, id: string): Promise<EntityProfile | undefined> {
  if (!labelOfId(id)) return undefined;
  const { query, params } = entitiesWithFacts([id]);
  const [[row], version] = await Promise.all([graph.read(query, params), graphVersion(graph)]);
  if (!row) return undefined;
  const facts = [...factsOf(row.outgoing, 'OUT'), ...factsOf(row.incoming, 'IN')];
  const factIds = [id, ...facts.map((f) => f.props.id).filter((f): f is string => typeof f === 'string')];
  const claims = await claimsOfFacts(graph, factIds);
  const sources = [...facts.map((f) => f.props.source), ...[...claims.values()].flat().map((c) => c.source)];
  const shown = factsOf(row.incoming, 'IN').length;
  return {
    id,
    label: row.label as string,
    props: row.props as Record<string, unknown>,
    facts,
    claims,
    sourceNames: await namesOf(graph, sources),
    incoming: { shown, total: row.incomingTotal as number },
    version,
  };
}
