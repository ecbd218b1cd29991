import type DataLoader from 'dataloader';
import type { ChainStep } from './statements/relationshipChain';
import type { Graph } from './graph';
import { claimsLoader, type ClaimData } from './claims';
import { weeklyNumberOnesLoader, type WeekRow, type WeeklyNumberOnesRequest } from './weeklyNumberOnes';
import { createLoaders, Loaders } from './loaders';
import { Entity, toEntity } from './entity';
import { decodePage, listStatement } from './statements/entityPage';
import { FilterInput, listFilter } from './filter';
import type { PropertyNames } from './projection';
import { searchEntities, SearchHitData } from './search/run';

export interface PageRequest {
  filter?: FilterInput | null;
  sortField: string;
  descending: boolean;
  offset: number;
  limit: number;
  /** The properties to return of each entity (the query's selection); all when null or left out. */
  properties?: PropertyNames;
}

export type { SearchHitData } from './search/run';

export { luceneTerms } from './search/lucene';

export interface GraphStatsData {
  nodesByLabel: { label: string; count: number }[];
  relationshipsByType: { type: string; count: number }[];
  nodeCount: number;
  relationshipCount: number;
}

const sum = (rows: { count: number }[]): number => rows.reduce((total, r) => total + r.count, 0);

/**
 * The data-access module resolvers call: one method per question, each running named statements
 * from cypher/. Made fresh for every request, together with its DataLoaders, so no cache outlives
 * the request that filled it.
 */
export class GraphStore {
  readonly loaders: Loaders;
  private claimsOfFacts?: DataLoader<string, ClaimData[]>;
  private weeklySeries?: DataLoader<WeeklyNumberOnesRequest, WeekRow[], string>;

  constructor(readonly graph: Graph) {
    this.loaders = createLoaders(graph);
  }

  /** Every claim of a fact (a relationship's id, or an entity's for its own figures), the preferred first; batched per tick. */
  claims(factId: string): Promise<ClaimData[]> {
    this.claimsOfFacts ??= claimsLoader(this.graph);
    return this.claimsOfFacts.load(factId);
  }

  /** A market's weekly number-one series, as asked; every such field of one tick is one statement. */
  weeklyNumberOnes(request: WeeklyNumberOnesRequest): Promise<WeekRow[]> {
    this.weeklySeries ??= weeklyNumberOnesLoader(this.graph);
    return this.weeklySeries.load(request);
  }

  /**
   * One entity by id, batched with every other lookup of the same tick; with only the properties
   * named, when the caller knows what its query reads (src/schema/selection.ts), else all; and with
   * the chain of relationship fields the query selects on it, loaded in the same statement.
   */
  async node(id: string, properties: PropertyNames = null, chain?: readonly ChainStep[]): Promise<Entity | null> {
    const row = await this.loaders.node.load({ id, properties, chain });
    return row ? toEntity(row) : null;
  }

  /**
   * One page of a label's entities, filtered and sorted in Neo4j, with the count of all matches; of each
   * entity, the properties named (the query's selection), else all.
   */
  async entityPage(label: string, request: PageRequest): Promise<{ total: number; entities: Entity[] }> {
    const { anyOf, relationships, fields } = listFilter(label, request.filter);
    await this.graph.propertyKeys.check(this.graph, fields);
    const statement = listStatement(label, { ...request, anyOf, relationships }, this.graph.statements.indexedProperties());
    const [row] = await this.graph.read(statement.name, statement.params);
    const { total, page } = decodePage(row, request.properties ?? null);
    return { total, entities: page.map((props) => toEntity({ label, props })) };
  }

  /**
   * Full-text search over names, titles and aliases, English and Chinese, best first; of each hit, the
   * properties named (the query's selection), else all, and, when `explained`, which name matched.
   */
  async search(
    text: string,
    labels: string[],
    limit: number,
    properties: PropertyNames = null,
    explained = true,
  ): Promise<SearchHitData[]> {
    return searchEntities(this.graph, text, labels, limit, properties, explained);
  }

  async ping(): Promise<boolean> {
    const rows = await this.graph.read('ping');
    return rows[0]?.ok === 1;
  }

  async graphStats(): Promise<GraphStatsData> {
    const nodesByLabel = (await this.graph.read('nodeCountsByLabel')) as GraphStatsData['nodesByLabel'];
    const relationshipsByType = (await this.graph.read('relationshipCountsByType')) as GraphStatsData['relationshipsByType'];
    return {
      nodesByLabel,
      relationshipsByType,
      nodeCount: (await this.graph.read('nodeCount'))[0].count as number,
      relationshipCount: sum(relationshipsByType),
    };
  }
}
