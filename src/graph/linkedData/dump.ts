/**
 * The whole graph as quads, in batches (cypher/linkedDataBatch.cypher): per label, up to `batchSize` nodes at a
 * time in id order, each with its outgoing facts, then the claims (cypher/linkedDataClaimBatch.cypher), so a dump
 * of the 100x graph never holds more than one batch.
 * Every subject of a batch (the entities and their facts' nodes) has all its quads in that batch. The history
 * is excluded: its nodes carry none of the model's labels. No quad is repeated within a batch, nor across batches
 * (each quad's subject is an entity of the batch or one of its facts).
 */
import type { Quad } from 'n3';
import { LABELS } from '../../model';
import type { Graph } from '../graph';
import { ClaimCell, claimRecord } from './claims';
import { QuadMaker, unique } from './quads';

export const DUMP_BATCH_SIZE = 2000;

type OutgoingCell = [type: string | null, props: Record<string, unknown>, to: string];

/** The graph's quads, one batch of entities (with their outgoing facts) at a time. */
export async function* graphQuads(graph: Graph, base: string, batchSize = DUMP_BATCH_SIZE): AsyncGenerator<Quad[]> {
  const maker = new QuadMaker(base);
  for (const label of LABELS) {
    let after = '';
    for (;;) {
      const rows = await graph.read(`linkedDataBatch@${label}`, { after, limit: batchSize });
      if (rows.length === 0) break;
      const quads: Quad[] = [];
      for (const row of rows) {
        const id = row.id as string;
        quads.push(...maker.entityQuads(id, label, row.props as Record<string, unknown>));
        for (const [type, props, to] of row.outgoing as OutgoingCell[]) {
          if (type !== null) quads.push(...maker.factQuads({ type, props, from: id, to }));
        }
      }
      yield unique(quads);
      if (rows.length < batchSize) break;
      after = rows[rows.length - 1].id as string;
    }
  }
  yield* claimQuads(graph, maker, batchSize);
}

/** The claims' quads, one batch at a time in id order: each claim's own (the entities it names are in the dump already). */
async function* claimQuads(graph: Graph, maker: QuadMaker, batchSize: number): AsyncGenerator<Quad[]> {
  let after = '';
  for (;;) {
    const rows = await graph.read('linkedDataClaimBatch', { after, limit: batchSize });
    if (rows.length === 0) return;
    const cells = rows.map((row) => row.claim as ClaimCell);
    yield unique(cells.flatMap((cell) => maker.claimQuads(claimRecord(cell))));
    if (rows.length < batchSize) return;
    after = cells[cells.length - 1].props.id as string;
  }
}

/** How many triples the dump holds: its batches counted, nothing written (VoID's `void:triples`). */
export async function countTriples(graph: Graph, base: string): Promise<number> {
  let triples = 0;
  for await (const batch of graphQuads(graph, base)) triples += batch.length;
  return triples;
}
