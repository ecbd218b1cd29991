import type { ChangeFeed, ChangeRecord, EntitySnapshot } from '../../graph/history';
import { relationshipIdParts } from '../../model';
import type { Logger } from '../../logger';
import type { SparqlEngine } from './engine';

/**
 * The one place the SPARQL store meets the change feed (today's in-process ChangeFeed; when the feed
 * polls the database instead, only this file changes). The store keeps each entity with its outgoing facts in
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

/** Follows the feed until the returned stop is called; changes arriving together are refreshed together. */
export function followChanges(feed: ChangeFeed, engine: SparqlEngine, logger: Logger): () => void {
  const changes = feed.subscribe();
  void (async () => {
    const waiting: ChangeRecord[] = [];
    let next = changes.next();
    for (;;) {
      const step = await next;
      if (step.done) return;
      waiting.push(step.value);
      next = changes.next();
      // Whatever else was published in the same emit is queued already: take it before refreshing.
      const more = await Promise.race([next, Promise.resolve(null)]);
      if (more && !more.done) {
        waiting.push(more.value);
        next = changes.next();
        continue;
      }
      await engine.refresh(touched(waiting.splice(0))).catch((err: unknown) => logger.error({ err }, 'SPARQL store refresh failed'));
    }
  })();
  return () => void changes.return?.();
}
