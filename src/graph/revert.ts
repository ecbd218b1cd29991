import neo4j from 'neo4j-driver';
import { ErrorCode } from '../errors';
import { DERIVED_NAME_PROPERTIES, LABEL_PREFIX } from '../model';
import { ChangeRequest, linkKeyOf } from './changes';
import { Applied, changeSteps, existing, existingLink, fail } from './changeSteps';
import type { WriteScope } from './graph';
import { ChangeRecord, changeOfRow, EntitySnapshot, FactSnapshot } from './history';
import { keyLookup } from './statements';

/**
 * Reverting one change: the change that undoes it, applied only while the target is still as the
 * change left it (otherwise a later change would be silently undone too: CONFLICT, revert that first).
 * The undoing change goes through the same steps and checks as any curator's, and is recorded with
 * `revertOf`.
 */
/** Not set by a revert: kept by the server, or derived from the names it sets (recomputed by the write). */
const MANAGED = new Set(['id', 'source', 'locator', ...DERIVED_NAME_PROPERTIES]);

/** Sorted-key JSON, so two property maps compare by content. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

/** What sets `now` back to `then`: the properties to set and to remove. */
function difference(now: Record<string, unknown>, then: Record<string, unknown>): { set: Record<string, unknown>; remove: string[] } {
  const set = Object.fromEntries(Object.entries(then).filter(([k, v]) => !MANAGED.has(k) && canonical(now[k]) !== canonical(v)));
  const remove = Object.keys(now).filter((k) => !MANAGED.has(k) && !(k in then));
  return { set, remove };
}

const changedSince = (seq: number, what: string) =>
  fail(ErrorCode.CONFLICT, 'seq', `${what} has changed since change ${seq}; revert the later changes first`);

async function stillAsLeft(tx: WriteScope, c: ChangeRecord): Promise<Record<string, unknown> | null> {
  if (c.targetKind === 'entity') {
    const found = await existing(tx, c.target, 'seq').catch(() => null);
    return found ? found.props : null;
  }
  const found = await existingLink(tx, linkKeyOf(c.target)).catch(() => null);
  return found ? found.props : null;
}

/** The change that undoes `c`, given the target as it is now (checked to be as `c` left it). */
function undoing(c: ChangeRecord, now: Record<string, unknown> | null): ChangeRequest | 'restore' {
  const after = c.after?.properties;
  if ((after ?? null) === null ? now !== null : now === null || canonical(now) !== canonical(after))
    throw changedSince(c.seq, `"${c.target}"`);
  const before = c.before as (EntitySnapshot & FactSnapshot) | null;
  switch (c.op) {
    case 'createEntity':
      return { deleteEntity: { id: c.target } };
    case 'deleteEntity':
      return 'restore';
    case 'updateEntity':
    case 'incrementProperty':
      return { updateEntity: { id: c.target, ...difference(now!, before!.properties) } };
    case 'link':
      return { unlink: { link: linkKeyOf(c.target) } };
    case 'updateLink':
      return { updateLink: { link: linkKeyOf(c.target), ...difference(now!, before!.properties) } };
    case 'unlink': {
      const props = Object.fromEntries(Object.entries(before!.properties).filter(([k]) => !MANAGED.has(k)));
      return {
        link: {
          ...linkKeyOf(c.target),
          properties: props,
          source: before!.properties.source as string,
          locator: before!.properties.locator as string,
        },
      };
    }
  }
}

/** A deleted entity back, with every relationship it had whose other end is still there. */
async function restore(tx: WriteScope, c: ChangeRecord): Promise<Applied> {
  const before = c.before as EntitySnapshot;
  if (!LABEL_PREFIX[before.label]) throw fail(ErrorCode.BAD_USER_INPUT, 'seq', `change ${c.seq} holds no entity label`);
  await tx.run('restoreEntity', { label: before.label, props: before.properties });
  const relationships = before.relationships ?? [];
  const ids = [...new Set(relationships.flatMap((r) => [r.from, r.to]))];
  const lookup = keyLookup('nodesByIds', ids);
  const rows = await tx.run(lookup.query, { byLabel: lookup.byLabel, properties: null });
  const elementOf = new Map(rows.map((r) => [r.id as string, r.elementId as string]));
  for (const r of relationships) {
    const [from, to] = [elementOf.get(r.from), elementOf.get(r.to)];
    if (!from || !to)
      throw fail(
        ErrorCode.CONFLICT,
        'seq',
        `"${from ? r.to : r.from}", an end of a ${r.type} "${c.target}" had, is gone; it cannot be restored`,
      );
    await tx.run('restoreRelationship', { fromElementId: from, toElementId: to, type: r.type, props: r.props });
  }
  const draft = {
    op: 'createEntity' as const,
    targetKind: 'entity' as const,
    target: c.target,
    before: null,
    after: { label: before.label, properties: before.properties },
    source: c.source,
    locator: c.locator,
  };
  return { result: c.target, draft };
}

/** The step reverting change `seq`, for Curation.apply's transaction. */
export function revertStep(seq: number): (tx: WriteScope) => Promise<Applied> {
  if (!Number.isInteger(seq) || seq < 1) throw fail(ErrorCode.BAD_USER_INPUT, 'seq', `must be the seq of a change, got ${seq}`);
  return async (tx) => {
    const [row] = await tx.run('changeBySeq', { seq: neo4j.int(seq) });
    if (!row) throw fail(ErrorCode.NOT_FOUND, 'seq', `no change has the seq ${seq}`);
    if (row.reverted) throw fail(ErrorCode.CONFLICT, 'seq', `change ${seq} has been reverted already`);
    const change = changeOfRow(row);
    const undo = undoing(change, await stillAsLeft(tx, change));
    if (undo === 'restore') return restore(tx, change);
    const [kind, input] = Object.entries(undo)[0] as [keyof typeof changeSteps, never];
    return changeSteps[kind](input)(tx);
  };
}
