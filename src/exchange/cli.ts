/**
 * What `npm run export` and `npm run import` share: their arguments, checked with a message naming the
 * one that is wrong, and a connection made the way `npm run seed` makes it (NEO4J_URI, or the local Neo4j).
 */
import { EXPORT_FORMATS, ExportFormat } from './files';

export class UsageError extends Error {}

export const EXPORT_USAGE = 'usage: npm run export -- --format json|graphml|csv [--label Work] [--out DIR]';
export const IMPORT_USAGE = 'usage: npm run import -- --file export.json';

/** `--name value` and `--name=value` pairs; anything else is a usage error. */
function options(argv: string[], allowed: string[], usage: string): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match || !allowed.includes(match[1])) throw new UsageError(`unknown argument "${argv[i]}"; ${usage}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${match[1]} needs a value; ${usage}`);
    out.set(match[1], value);
  }
  return out;
}

export interface ExportArgs {
  format: ExportFormat;
  label?: string;
  out: string;
}

export function parseExportArgs(argv: string[]): ExportArgs {
  const opts = options(argv, ['format', 'label', 'out'], EXPORT_USAGE);
  const format = opts.get('format');
  if (!format) throw new UsageError(`--format is required; ${EXPORT_USAGE}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${format}"`);
  }
  return { format: format as ExportFormat, label: opts.get('label'), out: opts.get('out') ?? 'export' };
}

export function parseImportArgs(argv: string[]): { file: string } {
  const file = options(argv, ['file'], IMPORT_USAGE).get('file');
  if (!file) throw new UsageError(`--file is required; ${IMPORT_USAGE}`);
  return { file };
}

export { withExecutor } from '../graph/connect';
