/**
 * What `npm run export` and `npm run import` share: their arguments, checked with a message naming the
 * one that is wrong, and a connection made the way `npm run seed` makes it (NEO4J_URI, or the local Neo4j).
 */
import { commandLine, UsageError } from '../config/commandLine';
import { EXPORT_FORMATS, ExportFormat } from './files';

export { UsageError };

export const EXPORT_USAGE = 'usage: npm run export -- --format json|graphml|csv|nt|ttl|jsonld [--label Work] [--out DIR]';
export const IMPORT_USAGE = 'usage: npm run import -- --file export.json';

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

export function parseImportArgs(argv: string[]): { file: string } {
  const { file } = commandLine(argv, { file: { type: 'string' } }, IMPORT_USAGE).values;
  if (!file) throw new UsageError(`--file is required; ${IMPORT_USAGE}`);
  return { file };
}

export { withExecutor } from '../graph/connect';
