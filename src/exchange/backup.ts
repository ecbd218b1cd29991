/**
 * Backup and restore of the whole graph, the history included (`npm run db:backup`, `npm run db:restore`), while
 * the server serves. The backup reads in one transaction holding the change log's lock, which every writer takes
 * first: Neo4j reads at read-committed isolation, so a read transaction alone could see a write land between its
 * statements; holding the lock, no write commits until the backup has read everything, and the transaction is
 * rolled back, writing nothing. Writes wait meanwhile (reads do not). A restore checks the whole file first, then
 * writes it into an empty database: in one transaction up to RESTORE_TRANSACTION_ROWS rows (all of it lands, or
 * none), in transactions of that many beyond (see restoreBackup).
 */
import fs from 'node:fs';
import { GraphQLError } from 'graphql';
import { BATCH_ROWS, statementBatches } from '../graph/batches';
import type { Graph, Row, WriteScope } from '../graph/graph';
import { forLabels } from '../graph/statements';
import {
  Backup,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  backupLines,
  BackupNode,
  BackupPropertyType,
  BackupRelationship,
  backupTypeOf,
  backupValueOut,
  parseBackup,
  propertiesIn,
} from './backupFile';

/** Properties with their type markers; a type the backup cannot carry is a problem naming the record. */
function typed(record: string, row: Row, problems: string[]) {
  const props = row.props as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  const types: Record<string, BackupPropertyType> = {};
  for (const [name, cypherType] of row.types as [string, string][]) {
    const type = backupTypeOf(cypherType);
    if (!type) problems.push(`${record}: property "${name}" is a ${cypherType}, which the backup does not carry`);
    else [types[name], properties[name]] = [type, backupValueOut(type, props[name])];
  }
  return { properties, types };
}

const nodeOf = (row: Row, problems: string[]): BackupNode => ({
  labels: row.labels as string[],
  ...typed(`node ${String((row.props as Row).id)}`, row, problems),
});

function relationshipOf(row: Row, problems: string[]): BackupRelationship {
  const record = `relationship ${String(row.type)} from ${String(row.from)} to ${String(row.to)}`;
  // A restore finds a relationship's ends by id: an end without one could not be found again.
  if (typeof row.from !== 'string' || typeof row.to !== 'string') problems.push(`${record}: an end without an id`);
  return { type: row.type as string, from: row.from as string, to: row.to as string, ...typed(record, row, problems) };
}

/** The whole graph and its history, read in one transaction that keeps writers out (see above). */
export async function readBackup(db: Graph): Promise<Backup> {
  const { seq, nodeRows, relationshipRows } = await db.readHoldingLocks(async (tx) => {
    const [lock] = await tx.run('backupLock');
    return { seq: lock.seq as number | null, nodeRows: await tx.run('backupNodes'), relationshipRows: await tx.run('backupRelationships') };
  });
  const problems: string[] = [];
  const backup: Backup = {
    header: { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), lastSeq: seq },
    nodes: nodeRows.map((r) => nodeOf(r, problems)),
    relationships: relationshipRows.map((r) => relationshipOf(r, problems)),
  };
  if (problems.length > 0) throw new BackupError(problems);
  return backup;
}

/** Writes the backup to `file` through a temporary file beside it, so that `file` never holds half a backup. */
export function writeBackupFile(backup: Backup, file: string): void {
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'w');
  try {
    for (const line of backupLines(backup)) fs.writeSync(fd, `${line}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
}

export const readBackupFile = (file: string): Backup => parseBackup(fs.readFileSync(file, 'utf8'));

/** The one model label a node carries, if that is all it carries (then its statement can name it). */
const single = (labels: string[] | undefined): string | undefined => (labels?.length === 1 ? labels[0] : undefined);

export interface RestoreCounts {
  nodes: number;
  relationships: number;
  /** The transactions the nodes and relationships were written in (1 up to RESTORE_TRANSACTION_ROWS rows). */
  transactions: number;
}

/** Rows a restore writes per transaction: a backup of no more rows is restored in one transaction (all or none). */
export const RESTORE_TRANSACTION_ROWS = 20_000;

type Batch = { query: string; rows: unknown[] };

/** The backup as the restore statements' batches: every node batch before any relationship batch. */
function restoreBatches(backup: Backup, transactionRows: number): { nodes: Batch[]; relationships: Batch[] } {
  const size = Math.min(BATCH_ROWS, transactionRows);
  const labelsOf = new Map(backup.nodes.map((n) => [n.properties.id as string, n.labels]));
  const nodeRows = backup.nodes.map((n) => ({ labels: n.labels, props: propertiesIn(n) }));
  const relationshipRows = backup.relationships.map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    fromLabels: labelsOf.get(r.from),
    toLabels: labelsOf.get(r.to),
    props: propertiesIn(r),
  }));
  const statementOf = (r: (typeof relationshipRows)[number]) =>
    forLabels('restoreRelationships', [single(r.fromLabels), single(r.toLabels)]);
  return {
    nodes: statementBatches(nodeRows, (r) => forLabels('restoreNodes', [single(r.labels)]), size),
    relationships: statementBatches(relationshipRows, statementOf, size),
  };
}

/** The batches cut into transactions of exactly `rows` rows each, the last one excepted. */
function transactionsOf(batches: Batch[], rows: number): Batch[][] {
  const out: Batch[][] = [];
  let room = 0;
  for (const { query, rows: all } of batches)
    for (let at = 0; at < all.length;) {
      if (room === 0) {
        out.push([]);
        room = rows;
      }
      const part = all.slice(at, at + room);
      out[out.length - 1].push({ query, rows: part });
      at += part.length;
      room -= part.length;
    }
  return out;
}

/** Runs batches in one scope; a batch that writes fewer rows than it carries means an end was not found. */
async function writeBatches(scope: WriteScope, batches: Batch[]): Promise<{ written: number; expected: number }> {
  let written = 0;
  let expected = 0;
  for (const { query, rows } of batches) {
    written += Number((await scope.run(query, { rows }))[0].count);
    expected += rows.length;
  }
  return { written, expected };
}

const shortfall = (what: string, { written, expected }: { written: number; expected: number }) =>
  written === expected ? undefined : `wrote ${written} of ${expected} ${what}`;

/** Deletes every node in transactions of `rows` nodes (a large graph does not fit one). */
async function deleteAllInBatches(db: Graph, rows: number): Promise<void> {
  while (Number((await db.write('deleteSomeData', { limit: rows }))[0].count) > 0);
}

/**
 * Writes a checked backup into an empty database (or, with `force`, one emptied first). A backup of up to
 * `transactionRows` rows is written in one transaction: all of it lands, or none. A larger one (the 10x graph ran
 * past the transaction timeout) is written in transactions of that many rows, behind a `RestoreInProgress` node
 * written first and removed last: a failed batch deletes everything the restore wrote, so the database is empty
 * again, and a restore that was killed leaves the marker, so the database is not empty and the next restore needs
 * `--force` (docs/operations.md).
 */
export async function restoreBackup(
  db: Graph,
  backup: Backup,
  options: { force: boolean; transactionRows?: number },
): Promise<RestoreCounts> {
  const rows = options.transactionRows ?? RESTORE_TRANSACTION_ROWS;
  const batches = restoreBatches(backup, rows);
  const total = backup.nodes.length + backup.relationships.length;
  return total <= rows ? restoreInOneTransaction(db, batches, options.force) : restoreInTransactions(db, batches, options.force, rows);
}

const NOT_EMPTY = 'the database is not empty; nothing was written (--force replaces its contents)';

async function restoreInOneTransaction(db: Graph, batches: ReturnType<typeof restoreBatches>, force: boolean): Promise<RestoreCounts> {
  let refusal: string | undefined;
  try {
    return await db.writeAll(async (tx) => {
      if ((await tx.run('anyNodeOrChange')).length > 0) {
        if (!force) throw new GraphQLError((refusal = NOT_EMPTY));
        await tx.run('deleteAllData');
      }
      const nodes = await writeBatches(tx, batches.nodes);
      const relationships = await writeBatches(tx, batches.relationships);
      // A shortfall means an end was not found: throwing rolls the whole restore back.
      const short = [shortfall('nodes', nodes), shortfall('relationships', relationships)].filter(Boolean);
      if (short.length > 0) throw new GraphQLError((refusal = `${short.join(' and ')}, so nothing was restored`));
      return { nodes: nodes.written, relationships: relationships.written, transactions: 1 };
    });
  } catch (err) {
    throw refusal ? new BackupError([refusal]) : err;
  }
}

async function restoreInTransactions(
  db: Graph,
  batches: ReturnType<typeof restoreBatches>,
  force: boolean,
  rows: number,
): Promise<RestoreCounts> {
  if ((await db.read('anyNodeOrChange')).length > 0) {
    if (!force) throw new BackupError([NOT_EMPTY]);
    await deleteAllInBatches(db, rows);
  }
  await db.write('markRestoreInProgress', { startedAt: new Date().toISOString() });
  const counts = { nodes: 0, relationships: 0, transactions: 0 };
  try {
    for (const [what, list] of [
      ['nodes', batches.nodes],
      ['relationships', batches.relationships],
    ] as const)
      for (const transaction of transactionsOf(list, rows)) {
        const done = await db.writeAll((tx) => writeBatches(tx, transaction));
        const short = shortfall(what, done);
        if (short) throw new BackupError([`${short} in one of the restore's transactions`]);
        counts[what] += done.written;
        counts.transactions += 1;
      }
  } catch (err) {
    await deleteAllInBatches(db, rows);
    const reason = (err as Error).message.replace(/\.$/, '');
    throw new BackupError([`${reason}; everything the restore wrote was deleted again, so nothing was restored`]);
  }
  await db.write('endRestoreInProgress');
  return counts;
}
