import type { ChangeFeed } from '../../graph/feed';
import type { ChangeRecord, EntitySnapshot } from '../../graph/history';
import { relationshipIdParts } from '../../model';
import type { Logger } from '../../logger';
import type { SparqlEngine } from './engine';

/**
 * The one place the SPARQL store meets the change feed (src/graph/feed.ts, read from the database's change
 * log, so writes of other processes reach this store too). The store keeps each entity with its outgoing facts in
 * a named graph of its own (./graphQuads.ts), so a change touches the graph of the entity it names, or of the
 * fact's start; an entity deleted took the facts reaching it with it, so their starts' graphs are touched too.
 */
export function touched(records: ChangeRecord[]): string[] {
  const entities = new Set<string>();
  for (const change of records) {
    entities.add(change.targetKind === 'entity' ? change.target : relationshipIdParts(change.target).from);
    for (const snapshot of [change.before, change.after]) {
      for (const r of (snapshot as EntitySnapshot | null)?.relationships ?? []) entities.add(r.from);
    }
  }
  return [...entities];
}

/**
 * Follows the feed until the returned stop is called; changes arriving together are refreshed together. A
 * subscription the feed closes (FEED_BEHIND, when refreshes fall far behind) is taken up again after the last
 * change refreshed, so none is skipped.
 */
export function followChanges(feed: ChangeFeed, engine: SparqlEngine, logger: Logger): () => void {
  let stopped = false;
  let last: number | undefined;
  let changes = feed.subscribe();
  void (async () => {
    while (!stopped) {
      try {
        await refreshFrom(changes, engine, logger, (seq) => (last = seq));
        return;
      } catch (err) {
        logger.warn({ err, after: last }, 'SPARQL store: the change feed closed; following it again');
        if (!stopped) changes = feed.subscribe(last);
      }
    }
  })();
  return () => {
    stopped = true;
    void changes.return?.();
  };
}

/** Refreshes the store for each delivery of changes until the feed ends; `refreshed` hears the last seq done. */
async function refreshFrom(
  changes: AsyncIterator<ChangeRecord>,
  engine: SparqlEngine,
  logger: Logger,
  refreshed: (seq: number) => void,
): Promise<void> {
  const waiting: ChangeRecord[] = [];
  let next = changes.next();
  for (;;) {
    const step = await next;
    if (step.done) return;
    waiting.push(step.value);
    next = changes.next();
    // Whatever else was handed over in the same delivery is queued already: take it before refreshing.
    const more = await Promise.race([next, Promise.resolve(null)]);
    if (more && !more.done) {
      waiting.push(more.value);
      next = changes.next();
      continue;
    }
    const batch = waiting.splice(0);
    await engine.refresh(touched(batch)).catch((err: unknown) => logger.error({ err }, 'SPARQL store refresh failed'));
    refreshed(batch[batch.length - 1].seq);
  }
}
