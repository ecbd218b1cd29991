import type { ChangeFeed, ChangeRecord, EntitySnapshot } from '../../graph/history';
import { relationshipId } from '../../model';
import type { Logger } from '../../logger';
import type { SparqlEngine } from './engine';

/**
 * The one place the SPARQL store meets the change feed (today's in-process ChangeFeed; when the feed
 * polls the database instead, only this file changes). Each change names the entities and facts it
 * touched; their named graphs are described again and replaced. An entity deleted took its facts with it.
 */
export function touched(records: ChangeRecord[]): { entities: string[]; facts: string[] } {
  const entities = new Set<string>();
  const facts = new Set<string>();
  for (const change of records) {
    (change.targetKind === 'entity' ? entities : facts).add(change.target);
    for (const snapshot of [change.before, change.after]) {
      for (const r of (snapshot as EntitySnapshot | null)?.relationships ?? []) {
        facts.add(typeof r.props.id === 'string' ? r.props.id : relationshipId(r.type, r.from, r.to));
      }
    }
  }
  return { entities: [...entities], facts: [...facts] };
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
