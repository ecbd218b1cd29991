import type { Executor } from './executor';
import { createLoaders, Loaders } from './loaders';
import { Entity, toEntity } from './entity';

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

  constructor(readonly executor: Executor) {
    this.loaders = createLoaders(executor);
  }

  /** One entity by id, batched with every other lookup of the same tick. */
  async node(id: string): Promise<Entity | null> {
    const row = await this.loaders.node.load(id);
    return row ? toEntity(row) : null;
  }

  async ping(): Promise<boolean> {
    const rows = await this.executor.read('ping');
    return rows[0]?.ok === 1;
  }

  async graphStats(): Promise<GraphStatsData> {
    const nodesByLabel = (await this.executor.read('nodeCountsByLabel')) as GraphStatsData['nodesByLabel'];
    const relationshipsByType = (await this.executor.read('relationshipCountsByType')) as GraphStatsData['relationshipsByType'];
    return {
      nodesByLabel,
      relationshipsByType,
      nodeCount: (await this.executor.read('nodeCount'))[0].count as number,
      relationshipCount: sum(relationshipsByType),
    };
  }
}
