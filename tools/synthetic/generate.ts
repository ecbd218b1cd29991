import { readSeed } from '../../src/seed/read';
import { ANCHORS, Batch, sizes, SyntheticOptions } from './model';
import { stream } from './random';
import { Rows } from './rows';
import { AnchorProps, buildWorld } from './world';
import { works } from './works';

/** Works generated (and held in memory) at a time; the stream of draws does not depend on it. */
const WORKS_PER_CHUNK = 10_000;

/** The anchors' real properties, so that an anchor created on an empty database looks as the seed has it. */
export function anchorPropsFromSeed(seedDir: string): AnchorProps {
  const wanted = new Set(Object.values(ANCHORS).flat());
  const out: AnchorProps = new Map();
  for (const file of readSeed(seedDir)) {
    for (const node of file.nodes) if (wanted.has(node.id)) out.set(node.id, node.props);
  }
  return out;
}

/**
 * The synthetic graph as load batches, in an order where every relationship's ends exist before it:
 * the world (regions, studios, platforms, people, policies, festivals, trade flows) first, then the
 * works chunk by chunk. The same options give the same batches, row for row.
 */
export function* syntheticBatches(options: SyntheticOptions, anchors: AnchorProps, batchSize = 10_000): Generator<Batch> {
  const size = sizes(options.scale);
  const rows = new Rows(options);
  const world = buildWorld(rows, options, size, anchors);
  yield* rows.batches(batchSize);
  const rnd = stream(options.seed, 'works');
  for (let from = 0; from < size.works; from += WORKS_PER_CHUNK) {
    const chunk = new Rows(options);
    works(chunk, world, rnd, from, Math.min(size.works, from + WORKS_PER_CHUNK));
    yield* chunk.batches(batchSize);
  }
}
