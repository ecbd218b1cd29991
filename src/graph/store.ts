import type { ChainStep } from './statements/relationshipChain';
import type { Graph } from './graph';
import { createLoaders, Loaders } from './loaders';
import { Entity, toEntity } from './entity';
import { decodePage, listStatement } from './statements/entityPage';
import { FilterInput, toAnyOf } from './filter';
import { propertyMap, PropertyNames } from './projection';

export interface PageRequest {
  filter?: FilterInput | null;
  sortField: string;
  descending: boolean;
  offset: number;
  limit: number;
  /** The properties to return of each entity (the query's selection); all when null or left out. */
  properties?: PropertyNames;
}

export interface SearchHitData {
  score: number;
  node: Entity;
}

/** How many index hits a typed search reads at most before it keeps those of the asked types. */
const SEARCH_SCAN_MAX = 1000;
/** With a type filter, a search first reads this many times the hits it keeps. */
export const TYPED_SEARCH_SCAN = 5;

/** Escapes Lucene's syntax so that a user's words are searched as words, never parsed as a query. */
export const luceneTerms = (text: string): string =>
  text.trim().split(/\s+/).filter(Boolean)
    .map((word) => (/^(AND|OR|NOT|TO)$/.test(word) ? word.toLowerCase() : word))
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')).join(' ');

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

  constructor(readonly graph: Graph) {
    this.loaders = createLoaders(graph);
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
    const statement = listStatement(label, { ...request, anyOf: toAnyOf(request.filter) }, this.graph.statements.indexedProperties());
    const [row] = await this.graph.read(statement.name, statement.params);
    const { total, page } = decodePage(row, request.properties ?? null);
    return { total, entities: page.map((props) => toEntity({ label, props })) };
  }

  /**
   * Full-text search over names, titles and aliases, English and Chinese, best first; of each hit, the
   * properties named (the query's selection), else all.
   */
  async search(text: string, labels: string[], limit: number, properties: PropertyNames = null): Promise<SearchHitData[]> {
    const query = luceneTerms(text);
    if (query === '') return [];
    // With a type filter, the index's best hits may be of other types: read TYPED_SEARCH_SCAN x `limit` first,
    // and SEARCH_SCAN_MAX only when those hold too few of the asked types and the index had more.
    const read = async (scanLimit: number) =>
      (await this.graph.read('searchEntities', { query, labels, limit, scanLimit, properties }))[0] as { scanned: number; kept: [string, unknown, number][] };
    const firstScan = labels.length > 0 ? limit * TYPED_SEARCH_SCAN : limit;
    let found = await read(firstScan);
    if (found.kept.length < limit && found.scanned >= firstScan && firstScan < SEARCH_SCAN_MAX) found = await read(SEARCH_SCAN_MAX);
    return found.kept.map(([label, props, score]) => ({ score, node: toEntity({ label, props: propertyMap(props, properties) }) }));
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
