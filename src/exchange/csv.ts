/**
 * CSV for spreadsheets (and Cytoscape's table import): nodes.csv with one row per node and
 * relationships.csv with one row per relationship, RFC 4180 (CRLF, fields quoted when they need it).
 * The header names every property; the columns the structure needs start with a colon (`:labels`;
 * `:type`, `:from`, `:to`) so that they never clash with a property. Lists are JSON text, a missing
 * property an empty cell. UTF-8 with a byte-order mark, which Excel needs to read Chinese titles right.
 * Text that a spreadsheet would run as a formula is defused (see textField); `npm run import` reads only
 * the JSON export, so the defused text never goes back into the graph.
 */
import type { ExchangeGraph, PropertyType, PropertyValue } from './model';

const BOM = '\uFEFF';

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** What spreadsheets take for the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that cannot run as a formula when the file is opened in a spreadsheet: one that starts
 * like a formula gets a leading `'`, which spreadsheets read as "show as text". Only text gets it;
 * numbers are written as they are, so that -5 stays a number.
 */
export function textField(text: string): string {
  return csvField(FORMULA_START.test(text) ? `'${text}` : text);
}

/** Lists are JSON text, which starts with `[`; integers, floats and booleans are not text. */
function cell(value: PropertyValue | undefined, type: PropertyType | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return csvField(JSON.stringify(value));
  return type === 'string' ? textField(String(value)) : csvField(String(value));
}

/** Every property name used, `id` first, the rest in alphabetical order. */
function columns(items: { properties: Record<string, PropertyValue> }[]): string[] {
  const names = new Set(items.flatMap((i) => Object.keys(i.properties)));
  names.delete('id');
  return ['id', ...[...names].sort()];
}

function table(header: string[], rows: string[][]): string {
  return BOM + [header.map(textField), ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

/**
 * A cell of a plain value, as the export writes it: text defused, numbers and booleans as they are,
 * lists and objects as JSON text, nothing for null or a missing value.
 */
export function plainCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return textField(value);
  if (typeof value === 'object') return csvField(JSON.stringify(value));
  return csvField(String(value));
}

/** A CSV file of plain rows under a header, written as the export writes its files (the playground's download). */
export const plainTable = (header: string[], rows: unknown[][]): string =>
  table(
    header,
    rows.map((r) => r.map(plainCell)),
  );

export function toCsv(graph: ExchangeGraph): { nodes: string; relationships: string } {
  const nodeColumns = columns(graph.nodes);
  const relationshipColumns = columns(graph.relationships);
  return {
    nodes: table(
      [':labels', ...nodeColumns],
      graph.nodes.map((n) => [textField(n.labels.join(';')), ...nodeColumns.map((c) => cell(n.properties[c], n.types[c]))]),
    ),
    relationships: table(
      [':type', ':from', ':to', ...relationshipColumns],
      graph.relationships.map((r) => [
        textField(r.type),
        textField(r.from),
        textField(r.to),
        ...relationshipColumns.map((c) => cell(r.properties[c], r.types[c])),
      ]),
    ),
  };
}
