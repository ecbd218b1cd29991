/**
 * Reading claims (src/model/claims.ts): every claim of some facts, side by side, and the facts whose claims
 * disagree, and facts as other sources state them (`sources`). One statement each (cypher/claimsOfFacts.cypher,
 * cypher/claimConflicts.cypher, cypher/factValuesFromSources.cypher).
 */
import DataLoader from 'dataloader';
import { factFromSources, type ConflictKind, type SourcedFact, type SourcedValue } from '../model';
import type { Graph } from './graph';

/** A claim as stored: its values under the fact's property names, and `factId`, `claimed`, `source`, `locator`, .... */
/** `claimed` is absent on a claim that states no value (a noted contradiction's statement). */
export type ClaimData = Record<string, unknown> & { id: string; factId: string; claimed?: string[]; source: string; locator: string };

export interface ConflictData {
  /** BETWEEN_SOURCES when the claims come from more than one source, WITHIN_SOURCE when from one. */
  kind: ConflictKind;
  /** The fact (for a noted contradiction, its first statement's fact). */
  factId: string;
  /** Every fact the claims are about: one for values, one or more for a noted contradiction. */
  factIds: string[];
  factType: string;
  /** The property the values disagree on; null for a noted contradiction. */
  property: string | null;
  /** What a noted contradiction's statements disagree on; null for values. */
  contradiction: string | null;
  /** The claims that state the property, the preferred first (a noted contradiction's, by locator). */
  claims: ClaimData[];
  /** The ids of the entities the fact is about. */
  about: string[];
  /** The largest value less the smallest, when all are numbers. */
  difference: number | null;
}

export interface ConflictRequest {
  factType?: string | null;
  about?: string | null;
  sources?: readonly string[] | null;
  kind?: ConflictKind | null;
}

/** The request's loader of claims by fact id: every claims field of one tick is one statement. */
export const claimsLoader = (graph: Graph): DataLoader<string, ClaimData[]> =>
  new DataLoader(async (factIds) => {
    const byFact = await claimsOfFacts(graph, factIds);
    return factIds.map((id) => byFact.get(id)!);
  });

/** Every claim of some facts, by fact id (an empty list for a fact without claims), in one statement. */
export async function claimsOfFacts(graph: Graph, factIds: readonly string[]): Promise<Map<string, ClaimData[]>> {
  const rows = await graph.read('claimsOfFacts', { factIds: [...factIds] });
  const byFact = new Map<string, ClaimData[]>(factIds.map((id) => [id, []]));
  for (const row of rows) byFact.get(row.factId as string)?.push(row.claim as ClaimData);
  return byFact;
}

export async function claimConflicts(graph: Graph, request: ConflictRequest): Promise<ConflictData[]> {
  const params = {
    factType: request.factType ?? null,
    about: request.about ?? null,
    sources: request.sources ?? null,
    kind: request.kind ?? null,
  };
  return (await graph.read('claimConflicts', params)) as unknown as ConflictData[];
}

/** A fact as a question read it: its properties, `id` and `source` among them. */
export type FactProps = Record<string, unknown>;

/**
 * The facts as the listed sources state them (src/model/claims.ts, factFromSources), by fact id: undefined for a fact
 * none of them states. One statement for all of them, run only when a field is asked with `sources`.
 */
export async function factsFromSources(
  graph: Graph,
  facts: readonly FactProps[],
  sources: readonly string[],
): Promise<Map<string, SourcedFact | undefined>> {
  const byId = new Map(facts.filter((f) => typeof f.id === 'string').map((f) => [f.id as string, f]));
  const rows = byId.size === 0 ? [] : await graph.read('factValuesFromSources', { facts: [...byId.values()], sources: [...sources] });
  const answered = new Map(rows.map((row) => [row.factId as string, row.values as SourcedValue[]]));
  return new Map([...byId].map(([id, fact]) => [id, factFromSources(fact, answered.get(id) ?? [], sources)]));
}
