/**
 * Backup and restore of the whole graph, the history included (`npm run db:backup`, `npm run db:restore`), while
 * the server serves. The backup reads in one transaction holding the change log's lock, which every writer takes
 * first: Neo4j reads at read-committed isolation, so a read transaction alone could see a write land between its
 * statements; holding the lock, no write commits until the backup has read everything, and the transaction is
 * rolled back, writing nothing. Writes wait meanwhile (reads do not). A restore checks the whole file first, then
 * writes it in one transaction into an empty database: all of it lands, or none.
 */
import fs from 'node:fs';
import { GraphQLError } from 'graphql';
import { statementBatches } from '../graph/batches';
import type { Graph, Row } from '../graph/graph';
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
}

/**
 * Writes a checked backup into the database in one transaction. The database must hold no node, the history's
 * included, unless `force`, which deletes everything first in the same transaction.
 */
export async function restoreBackup(db: Graph, backup: Backup, options: { force: boolean }): Promise<RestoreCounts> {
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
  let refusal: string | undefined;
  try {
    return await db.writeAll(async (tx) => {
      if ((await tx.run('anyNodeOrChange')).length > 0) {
        if (!options.force)
          throw new GraphQLError((refusal = 'the database is not empty; nothing was written (--force replaces its contents)'));
        await tx.run('deleteAllData');
      }
      let nodes = 0;
      let relationships = 0;
      for (const { query, rows } of statementBatches(nodeRows, (r) => forLabels('restoreNodes', [single(r.labels)])))
        nodes += Number((await tx.run(query, { rows }))[0].count);
      const statementOf = (r: (typeof relationshipRows)[number]) =>
        forLabels('restoreRelationships', [single(r.fromLabels), single(r.toLabels)]);
      for (const { query, rows } of statementBatches(relationshipRows, statementOf))
        relationships += Number((await tx.run(query, { rows }))[0].count);
      // A shortfall means an end was not found: throwing rolls the whole restore back.
      if (nodes !== nodeRows.length || relationships !== relationshipRows.length)
        throw new GraphQLError(
          (refusal = `wrote ${nodes} of ${nodeRows.length} nodes and ${relationships} of ${relationshipRows.length} relationships, so nothing was restored`),
        );
      return { nodes, relationships };
    });
  } catch (err) {
    throw refusal ? new BackupError([refusal]) : err;
  }
}
