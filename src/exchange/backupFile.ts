/**
 * The backup file (`npm run db:backup`): JSON Lines, so that a graph of any size is written and read a line at a
 * time. The first line says what the file is (format, version, when, the change log's last `seq`); then one line
 * per node, the history's :Change and :ChangeLog included, and one per relationship; the last line counts them
 * and carries the SHA-256 of every line before it. A file that lacks that last line, or whose counts or digest do
 * not match, was cut short or altered, and is refused before anything is written.
 */
import crypto from 'node:crypto';
import neo4j from 'neo4j-driver';
import { PropertyType, propertyTypeOf, valueIn, valueOut, valueProblem } from './model';

export const BACKUP_FORMAT = 'av-exchange-graph-backup';
/** Raised when the file's layout changes; a restore refuses a file of a newer version than its own. */
export const BACKUP_VERSION = 1;

/** The exchange files' property types, and the temporals the history holds (a change's `at`). */
export type BackupPropertyType = PropertyType | 'date' | 'datetime';
type Value = unknown;

export interface BackupNode {
  labels: string[];
  properties: Record<string, Value>;
  types: Record<string, BackupPropertyType>;
}

export interface BackupRelationship {
  type: string;
  /** The `id` of the node it starts from. */
  from: string;
  to: string;
  properties: Record<string, Value>;
  types: Record<string, BackupPropertyType>;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The change log's last `seq` when the backup read the graph (null: no change was ever recorded). */
  lastSeq: number | null;
}

export interface Backup {
  header: BackupHeader;
  nodes: BackupNode[];
  relationships: BackupRelationship[];
}

/** A backup that cannot be written or restored, with one line per problem. */
export class BackupError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n  ${problems.join('\n  ')}`);
  }
}

const TEMPORALS: Record<string, BackupPropertyType> = { DATE: 'date', 'ZONED DATETIME': 'datetime' };

/** The marker for what Cypher's valueType() says, or undefined for a type the backup does not carry. */
export const backupTypeOf = (cypherType: string): BackupPropertyType | undefined =>
  propertyTypeOf(cypherType) ?? TEMPORALS[cypherType.replace(/ NOT NULL/g, '')];

/** A value read through the executor (integers plain, temporals as ISO text), ready for JSON. */
export const backupValueOut = (type: BackupPropertyType, value: unknown): Value =>
  type === 'date' || type === 'datetime' ? value : valueOut(type, value);

const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})$/;
const DATETIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2}(?::\d{2})?)(?:\[([^\]]+)\])?$/;

/** "+08:00" (or "Z") as seconds east of UTC. */
function offsetSeconds(offset: string): number {
  if (offset === 'Z') return 0;
  const [h, m, s = '0'] = offset.slice(1).split(':');
  return (offset.startsWith('-') ? -1 : 1) * (Number(h) * 3600 + Number(m) * 60 + Number(s));
}

/** A datetime's ISO text (as the driver writes it) back as the driver's DateTime, nanoseconds and zone kept. */
function dateTimeIn(text: string): unknown {
  const m = DATETIME.exec(text)!;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const nanos = Number((m[7] ?? '').padEnd(9, '0'));
  return m[9]
    ? new neo4j.types.DateTime(y, mo, d, h, mi, s, nanos, undefined, m[9])
    : new neo4j.types.DateTime(y, mo, d, h, mi, s, nanos, offsetSeconds(m[8]));
}

/** What is wrong with a value for its type, or undefined when it fits. */
export function backupValueProblem(type: BackupPropertyType, value: unknown): string | undefined {
  if (type === 'date') return typeof value === 'string' && DATE.test(value) ? undefined : 'a date (YYYY-MM-DD)';
  if (type === 'datetime') return typeof value === 'string' && DATETIME.test(value) ? undefined : 'an ISO datetime with its offset';
  return valueProblem(type, value as never);
}

/** A checked value as the driver must send it. */
export function backupValueIn(type: BackupPropertyType, value: unknown): unknown {
  if (type === 'date') {
    const [y, m, d] = DATE.exec(value as string)!
      .slice(1)
      .map(Number);
    return new neo4j.types.Date(y, m, d);
  }
  if (type === 'datetime') return dateTimeIn(value as string);
  return valueIn(type, value as never);
}

export const propertiesIn = (record: { properties: Record<string, Value>; types: Record<string, BackupPropertyType> }) =>
  Object.fromEntries(Object.entries(record.properties).map(([name, value]) => [name, backupValueIn(record.types[name], value)]));

const digestOf = (lines: string[]) => crypto.createHash('sha256').update(lines.join('\n')).digest('hex');

/** The file's lines, the last one counting the records and holding the digest of the others. */
export function backupLines(backup: Backup): string[] {
  const lines = [
    JSON.stringify(backup.header),
    ...backup.nodes.map((n) => JSON.stringify({ node: n })),
    ...backup.relationships.map((r) => JSON.stringify({ relationship: r })),
  ];
  const end = { end: { nodes: backup.nodes.length, relationships: backup.relationships.length, sha256: digestOf(lines) } };
  return [...lines, JSON.stringify(end)];
}

function parseLine(line: string, at: number): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(line);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new BackupError([`line ${at} is not a JSON object, so this is not a backup file of ${BACKUP_FORMAT}`]);
}

/** The header, checked: this format, and a version this code can read. */
function headerOf(line: string): BackupHeader {
  const header = parseLine(line, 1);
  if (header.format !== BACKUP_FORMAT)
    throw new BackupError([`the file is not a backup: its format is ${JSON.stringify(header.format ?? null)}, not "${BACKUP_FORMAT}"`]);
  if (!Number.isInteger(header.version) || (header.version as number) < 1)
    throw new BackupError([`the backup's version ${JSON.stringify(header.version)} is not a version number`]);
  if ((header.version as number) > BACKUP_VERSION)
    throw new BackupError([
      `the backup is of version ${String(header.version)}, newer than this code reads (${BACKUP_VERSION}); restore it with a newer release`,
    ]);
  return header as unknown as BackupHeader;
}

/** Every property of a record of a type the backup carries, its value fitting the type. */
function recordProblems(what: string, record: Partial<BackupNode & BackupRelationship>): string[] {
  const { properties, types } = record;
  if (!properties || !types || typeof properties !== 'object' || typeof types !== 'object') return [`${what}: no properties or types`];
  const problems: string[] = [];
  for (const [name, value] of Object.entries(properties)) {
    const type = types[name];
    const problem = type ? backupValueProblem(type, value) : 'given without a type';
    if (problem) problems.push(`${what}: property "${name}" should be ${problem}`);
  }
  return problems;
}

/**
 * A backup file's text, checked whole before a restore writes anything: the format and version, the last line
 * (a file cut short has none), its counts and digest, and every record's shape and values.
 */
export function parseBackup(text: string): Backup {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines.length === 0 || lines[0].trim() === '') throw new BackupError(['the file is empty']);
  const header = headerOf(lines[0]);
  const last = lines.length > 1 ? parseLineOrNull(lines.at(-1)!) : null;
  const end = last?.end as { nodes?: number; relationships?: number; sha256?: string } | undefined;
  if (!end) throw new BackupError(['the backup has no closing line: it was cut short']);
  const body = lines.slice(0, -1);
  if (end.sha256 !== digestOf(body)) throw new BackupError(['the backup does not match its digest: it was cut short or altered']);
  const backup: Backup = { header, nodes: [], relationships: [] };
  const problems: string[] = [];
  body.slice(1).forEach((line, i) => {
    const record = parseLine(line, i + 2);
    if (record.node) backup.nodes.push(record.node as BackupNode);
    else if (record.relationship) backup.relationships.push(record.relationship as BackupRelationship);
    else problems.push(`line ${i + 2} is neither a node nor a relationship`);
  });
  if (backup.nodes.length !== end.nodes || backup.relationships.length !== end.relationships)
    problems.push(
      `the backup holds ${backup.nodes.length} nodes and ${backup.relationships.length} relationships, its last line says ${end.nodes} and ${end.relationships}`,
    );
  backup.nodes.forEach((n, i) => problems.push(...recordProblems(`node ${String(n.properties?.id ?? i)}`, n)));
  backup.relationships.forEach((r, i) => problems.push(...recordProblems(`relationship ${String(r.properties?.id ?? i)}`, r)));
  if (problems.length > 0) throw new BackupError(problems);
  return backup;
}

function parseLineOrNull(line: string): Record<string, unknown> | null {
  try {
    return parseLine(line, 0);
  } catch {
    return null;
  }
}
