import type { SourcedFact } from '../model';
import { factsFromSources } from './claims';
import type { Graph } from './graph';
import { ALL_PROPERTIES, FactReads, propertyMap } from './projection';
import { decodePath, shortestPathsName } from './statements/shortestPaths';

/**
 * The research questions' data access: one function per kind of question, each running its own
 * statement from cypher/ in one read transaction and handing back plain rows. Checking arguments
 * and shaping answers is the resolvers' job (src/schema/questions/).
 */

export type Props = Record<string, unknown>;

/** A node with the one entity label that decides its GraphQL type. */
export interface LabelledProps {
  label: string;
  props: Props;
}

/** A region a work or party is tied to, with the relationship that ties it (its source and locator). */
export interface RegionTieRow {
  region: Props;
  fact: Props;
}

export interface CoProductionPartyRow extends LabelledProps {
  fact: Props;
  region: Props;
  /** The BASED_IN fact when the party is a studio; null when the party is the region itself. */
  basedIn: Props | null;
}

/** The best date the graph holds for a work, and where it comes from (cypher/coProductionsAfterPolicy.cypher). */
export interface WorkDateRow {
  basis: 'FIRST_SHOWN' | 'RELEASE_DATE' | 'FIRST_SHOWN_MONTH' | 'YEAR';
  date?: string | null;
  month?: string | null;
  /** The fact's type when the date is a release's or airing's start. */
  type?: string;
  source?: string | null;
  locator?: string | null;
  placeLabel?: string;
  place?: Props;
}

export interface CoProductionRow {
  work: Props;
  parties: CoProductionPartyRow[];
  dated: boolean;
  when: WorkDateRow | null;
  citation: { source: string; locator: string } | null;
}

export const coProductionsAfter = async (graph: Graph, policyId: string, regionIds: string[]): Promise<CoProductionRow[]> =>
  (await graph.read('coProductionsAfterPolicy', { policyId, regionIds })) as unknown as CoProductionRow[];

export interface TradeFlowRow {
  flow: Props;
  region: Props;
  fromTable?: boolean;
}

export interface YearRange {
  from: number | null;
  to: number | null;
}

/**
 * Trade flows with the properties `reads` names of each flow (`fact`) and of its partner region (`node`);
 * all of them by default.
 */
async function tradeFlows(graph: Graph, query: string, params: Props, reads: FactReads): Promise<TradeFlowRow[]> {
  const rows = await graph.read(query, { ...params, factProperties: reads.fact, nodeProperties: reads.node });
  return rows.map((row) => ({ ...row, flow: propertyMap(row.flow, reads.fact), region: propertyMap(row.region, reads.node) }));
}

export const importRanking = (
  graph: Graph,
  importerId: string,
  years: YearRange,
  reads: FactReads = ALL_PROPERTIES,
): Promise<TradeFlowRow[]> => tradeFlows(graph, 'importRanking', { importerId, ...years }, reads);

export const importSharesByYear = (
  graph: Graph,
  importerId: string,
  regionId: string,
  years: YearRange,
  reads: FactReads = ALL_PROPERTIES,
): Promise<TradeFlowRow[]> => tradeFlows(graph, 'importSharesByYear', { importerId, regionId, ...years }, reads);

export const exportsByYear = (
  graph: Graph,
  exporterId: string,
  years: YearRange,
  reads: FactReads = ALL_PROPERTIES,
): Promise<TradeFlowRow[]> => tradeFlows(graph, 'exportsByYear', { exporterId, ...years }, reads);

export interface RemakeRow {
  fact: Props;
  original: Props;
  remake: Props;
  remakeOrigins: RegionTieRow[];
}

export const remakes = async (graph: Graph, originRegionId: string): Promise<RemakeRow[]> =>
  (await graph.read('remakesOfRegionFilms', { originRegionId })) as unknown as RemakeRow[];

export interface AiringRow {
  fact: Props;
  work: Props;
  platform: Props;
}

export const primeTimeAirings = async (
  graph: Graph,
  params: { platformId: string; year: number | null; originRegionId: string | null },
): Promise<AiringRow[]> => (await graph.read('primeTimeAirings', { ...params })) as unknown as AiringRow[];

export const airingsByAcquisition = async (
  graph: Graph,
  params: { platformId: string; year: number | null; acquisition: string[] | null },
): Promise<AiringRow[]> => (await graph.read('airingsByAcquisition', { ...params })) as unknown as AiringRow[];

/** Which cinema releases a question is about; null leaves a filter off. */
export interface ReleaseFilterParams {
  regionId: string;
  from: string | null;
  to: string | null;
  originRegionIds: string[] | null;
  minBoxOfficeHKD: number | null;
  /**
   * Asked with `sources`: each release as those sources state it, by fact id (src/model/claims.ts, factFromSources);
   * a release not in it is left out, and the box office filtered, ordered and totalled is the answered one. Null: as held.
   */
  answered?: Record<string, SourcedFact> | null;
}

export type ReleaseOrder = 'BOX_OFFICE_DESC' | 'START_DATE';

export interface ReleaseRow {
  fact: Props;
  work: Props;
  region: Props;
  origins: RegionTieRow[];
}

export const releases = async (graph: Graph, filter: ReleaseFilterParams, orderBy: ReleaseOrder): Promise<ReleaseRow[]> =>
  (await graph.read('releasesInPeriod', { ...filter, answered: filter.answered ?? null, orderBy })) as unknown as ReleaseRow[];

export interface ReleaseTotalsRow {
  origin: Props | null;
  works: number;
  withBoxOffice: number;
  boxOfficeHKD: number | null;
  averageBoxOfficeHKD: number | null;
  withAdmissions: number;
  admissions: number | null;
  averageAdmissions: number | null;
  approximate: boolean;
  sources: string[];
  locators: string[];
}

export const releaseTotals = async (graph: Graph, filter: ReleaseFilterParams): Promise<ReleaseTotalsRow[]> =>
  (await graph.read('releaseTotalsByOrigin', { ...filter, answered: filter.answered ?? null })) as unknown as ReleaseTotalsRow[];

/**
 * The releases a filter keeps, as the sources state them (the `answered` of ReleaseFilterParams): those in the period
 * and of the origins asked for, before the box-office floor, which applies to the answered figures.
 */
export async function answeredReleases(
  graph: Graph,
  filter: ReleaseFilterParams,
  sources: readonly string[],
): Promise<Record<string, SourcedFact>> {
  const held = await releases(graph, { ...filter, minBoxOfficeHKD: null, answered: null }, 'START_DATE');
  const answered = await factsFromSources(
    graph,
    held.map((row) => row.fact),
    sources,
  );
  return Object.fromEntries([...answered].filter((entry): entry is [string, SourcedFact] => entry[1] !== undefined));
}

export interface PolicyEffectRow {
  fact: Props;
  policy: Props;
  enabledLabel: string;
  enabled: Props;
}

export const policyEffects = async (graph: Graph, policyId: string | null): Promise<PolicyEffectRow[]> =>
  (await graph.read('policyEffects', { policyId })) as unknown as PolicyEffectRow[];

export interface PolicyWithEffectsRow {
  policy: Props;
  effects: { fact: Props; enabledLabel: string; enabled: Props }[];
  citation: { source: string; locator: string } | null;
}

export const policiesWithEffects = async (graph: Graph, policyId: string | null): Promise<PolicyWithEffectsRow[]> =>
  (await graph.read('policiesWithEffects', { policyId })) as unknown as PolicyWithEffectsRow[];

export interface FestivalRecordRow {
  type: 'SCREENED_AT' | 'HONOURED_AT';
  fact: Props;
  festival: Props;
  subjectLabel: string;
  subject: Props;
  tie: Props;
  region: Props;
}

export const festivalRecords = async (graph: Graph, regionId: string, year: number | null): Promise<FestivalRecordRow[]> =>
  (await graph.read('festivalRecordsOfRegion', { regionId, year })) as unknown as FestivalRecordRow[];

export interface PathStepRow {
  from: LabelledProps;
  to: LabelledProps;
  type: string;
  /** True when the relationship points from `from` to `to`, the way the path is walked. */
  forward: boolean;
  props: Props;
}

/** Shortest paths, at most `limit` of them, each step with the properties `reads` names of its relationship and its two ends. */
export const shortestPaths = async (
  graph: Graph,
  fromId: string,
  toId: string,
  maxLength: number,
  reads: FactReads = ALL_PROPERTIES,
  limit: number = Number.MAX_SAFE_INTEGER,
): Promise<PathStepRow[][]> => {
  const params = { fromId, toId, factProperties: reads.fact, nodeProperties: reads.node, limit };
  const rows = await graph.read(shortestPathsName(maxLength), params);
  return rows.map(decodePath).map((path) => {
    const nodes = path.nodes.map(([label, props]) => ({ label, props: propertyMap(props, reads.node) }));
    return path.steps.map(([type, forward, props], i) => ({
      type,
      forward,
      props: propertyMap(props, reads.fact),
      from: nodes[i],
      to: nodes[i + 1],
    }));
  });
};

export interface FilmsInMarketRow {
  fact: Props;
  market: Props;
}

export const filmsAbroad = async (graph: Graph, originRegionId: string, year: number): Promise<FilmsInMarketRow[]> =>
  (await graph.read('filmsShownAbroad', { originRegionId, year })) as unknown as FilmsInMarketRow[];
