/**
 * What `npm run export` and `npm run import` share: their arguments, checked with a message naming the
 * one that is wrong, and a connection made the way `npm run seed` makes it (NEO4J_URI, or the local Neo4j).
 */
import os from 'node:os';
import { commandLine, UsageError } from '../config/commandLine';
import { EXPORT_FORMATS, ExportFormat } from './files';

export { UsageError };

export const EXPORT_USAGE = 'usage: npm run export -- --format json|graphml|csv|nt|ttl|jsonld [--label Work] [--out DIR]';
export const IMPORT_USAGE = 'usage: npm run import -- --file export.json [--author NAME] [--source source:ID]';

export interface ExportArgs {
  format: ExportFormat;
  label?: string;
  out: string;
}

export function parseExportArgs(argv: string[]): ExportArgs {
  const { values } = commandLine(argv, { format: { type: 'string' }, label: { type: 'string' }, out: { type: 'string' } }, EXPORT_USAGE);
  const format = values.format;
  if (!format) throw new UsageError(`--format is required; ${EXPORT_USAGE}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${format}"`);
  }
  if (values.label && ['nt', 'ttl', 'jsonld'].includes(format))
    throw new UsageError(`--label is for json, graphml and csv; --format ${format} writes the whole graph`);
  return { format: format as ExportFormat, label: values.label, out: values.out ?? 'export' };
}

export interface ImportArgs {
  file: string;
  /** The history's author of the import's changes; by default `import:<the user running it>`. */
  author: string;
  /** The Source entity the file comes from, recorded with each change. */
  source: string | null;
}

export function parseImportArgs(argv: string[], user = os.userInfo().username): ImportArgs {
  const options = { file: { type: 'string' }, author: { type: 'string' }, source: { type: 'string' } } as const;
  const { file, author, source } = commandLine(argv, options, IMPORT_USAGE).values;
  if (!file) throw new UsageError(`--file is required; ${IMPORT_USAGE}`);
  if (author !== undefined && author.trim() === '') throw new UsageError(`--author must not be empty; ${IMPORT_USAGE}`);
  if (source !== undefined && !source.startsWith('source:'))
    throw new UsageError(`--source must be a Source's id (source:...), got "${source}"`);
  return { file, author: author?.trim() ?? `import:${user}`, source: source ?? null };
}

export const BACKUP_USAGE = 'usage: npm run db:backup -- FILE';
export const RESTORE_USAGE = 'usage: npm run db:restore -- FILE [--force] [--transaction-rows N]';

export function parseBackupArgs(argv: string[]): { file: string } {
  const [file] = commandLine(argv, {}, BACKUP_USAGE, 1).positionals;
  if (!file) throw new UsageError(`the backup file to write is required; ${BACKUP_USAGE}`);
  return { file };
}

export function parseRestoreArgs(argv: string[]): { file: string; force: boolean; transactionRows?: number } {
  const options = { force: { type: 'boolean' }, 'transaction-rows': { type: 'string' } } as const;
  const { values, positionals } = commandLine(argv, options, RESTORE_USAGE, 1);
  if (!positionals[0]) throw new UsageError(`the backup file to restore is required; ${RESTORE_USAGE}`);
  const rows = values['transaction-rows'];
  if (rows !== undefined && !/^[1-9]\d*$/.test(rows))
    throw new UsageError(`--transaction-rows must be a whole number above 0, not ${JSON.stringify(rows)}; ${RESTORE_USAGE}`);
  return { file: positionals[0], force: values.force ?? false, transactionRows: rows === undefined ? undefined : Number(rows) };
}

export { withExecutor } from '../graph/connect';
