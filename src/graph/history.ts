import neo4j from 'neo4j-driver';
import type { ChangeKind } from './changes';
import type { Graph, Row, WriteScope } from './graph';

/**
 * The history of API writes: one `:Change` node per change, numbered in commit order. Every API write
 * takes the change log's lock first (lockChangeLog), so writes commit one after another and `seq`
 * order is commit order: a federating graph that reads the feed after its last `seq` misses nothing.
 * `:Change` and `:ChangeLog` join nothing and are no label of the model, so reads of the graph never meet
 * them, and counts, exports and the graph's checksum, which read the model's labels, leave them out.
 */

export type ChangeOp = ChangeKind;

/** An entity as the history keeps it; a deleted one with its relationships, so a revert can bring them back. */
export interface EntitySnapshot {
  label: string;
  properties: Record<string, unknown>;
  relationships?: { type: string; from: string; to: string; props: Record<string, unknown> }[];
}

/** A fact (relationship) as the history keeps it. */
export interface FactSnapshot {
  type: string;
  from: string;
  to: string;
  key: string | null;
  properties: Record<string, unknown>;
}

export type Snapshot = EntitySnapshot | FactSnapshot;

/** What one change did, before it is numbered. */
export interface ChangeDraft {
  op: ChangeOp;
  targetKind: 'entity' | 'fact';
  /** The entity's id, or the fact's id (type|from|to|key). */
  target: string;
  before: Snapshot | null;
  after: Snapshot | null;
  source: string | null;
  locator: string | null;
  revertOf?: number | null;
}

/** A committed change. */
export interface ChangeRecord extends ChangeDraft {
  seq: number;
  at: string;
  author: string;
  changeSet: string;
  revertOf: number | null;
}

/** Takes the change log's lock; answers the last sequence number given out. */
export async function lockChangeLog(tx: WriteScope): Promise<number> {
  const [row] = await tx.run('lockChangeLog');
  return row.seq as number;
}

/** Takes the change log's lock if there is a change log; answers its last sequence number, or undefined when there is none. */
export async function lockChangeLogIfAny(tx: WriteScope): Promise<number | undefined> {
  const [row] = await tx.run('lockChangeLogIfAny');
  return row?.seq as number | undefined;
}

/** Numbers and stores a change set's changes (the lock taken before), answering them as committed: one statement for the set. */
export async function recordChanges(
  tx: WriteScope,
  last: number,
  author: string,
  changeSet: string,
  drafts: ChangeDraft[],
): Promise<ChangeRecord[]> {
  if (drafts.length === 0) return [];
  // Whole numbers go to Neo4j as integers (a JavaScript number would be stored as a float).
  const changes = drafts.map((draft, i) => ({
    // An id like every node's (`change:<seq>`), whose prefix is no label's, so no lookup by id meets it.
    id: `change:${last + i + 1}`,
    seq: neo4j.int(last + i + 1),
    author,
    changeSet,
    op: draft.op,
    targetKind: draft.targetKind,
    target: draft.target,
    before: draft.before === null ? null : JSON.stringify(draft.before),
    after: draft.after === null ? null : JSON.stringify(draft.after),
    source: draft.source,
    locator: draft.locator,
    revertOf: draft.revertOf ? neo4j.int(draft.revertOf) : null,
  }));
  const rows = await tx.run('recordChanges', { changes });
  await tx.run('advanceChangeLog', { seq: neo4j.int(last + drafts.length) });
  return drafts.map((draft, i) => ({
    ...draft,
    seq: last + i + 1,
    at: rows[i].at as string,
    author,
    changeSet,
    revertOf: draft.revertOf ?? null,
  }));
}

const parsed = (text: unknown): Snapshot | null => (typeof text === 'string' ? (JSON.parse(text) as Snapshot) : null);

/** A `:Change` row back as a ChangeRecord. */
export function changeOfRow(row: Row): ChangeRecord {
  const c = row.change as Record<string, unknown>;
  return {
    seq: c.seq as number,
    at: row.at as string,
    author: c.author as string,
    changeSet: c.changeSet as string,
    op: c.op as ChangeOp,
    targetKind: c.targetKind as 'entity' | 'fact',
    target: c.target as string,
    before: parsed(c.before),
    after: parsed(c.after),
    source: (c.source as string) ?? null,
    locator: (c.locator as string) ?? null,
    revertOf: (c.revertOf as number) ?? null,
  };
}

/** Reads of the history. */
export class History {
  constructor(private readonly graph: Graph) {}

  async of(targets: string[]): Promise<ChangeRecord[]> {
    return (await this.graph.read('changesOfTargets', { targets })).map(changeOfRow);
  }

  async after(seq: number, first: number): Promise<ChangeRecord[]> {
    // LIMIT takes only an integer, and a JavaScript number goes to Neo4j as a float.
    return (await this.graph.read('changesAfter', { after: neo4j.int(seq), first: neo4j.int(first) })).map(changeOfRow);
  }
}
