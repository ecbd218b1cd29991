/**
 * CSV for spreadsheets (and Cytoscape's table import): nodes.csv with one row per node and
 * relationships.csv with one row per relationship, RFC 4180 (CRLF, fields quoted when they need it).
 * The header names every property; the columns the structure needs start with a colon (`:labels`;
 * `:type`, `:from`, `:to`) so that they never clash with a property. Lists are JSON text, a missing
 * property an empty cell. UTF-8 with a byte-order mark, which Excel needs to read Chinese titles right.
 */
import type { ExchangeGraph, PropertyValue } from './model';

const BOM = '\uFEFF';

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: PropertyValue | undefined): string {
  if (value === undefined) return '';
  return csvField(Array.isArray(value) ? JSON.stringify(value) : String(value));
}

/** Every property name used, `id` first, the rest in alphabetical order. */
function columns(items: { properties: Record<string, PropertyValue> }[]): string[] {
  const names = new Set(items.flatMap((i) => Object.keys(i.properties)));
  names.delete('id');
  return ['id', ...[...names].sort()];
}

function table(header: string[], rows: string[][]): string {
  return BOM + [header.map(csvField), ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

export function toCsv(graph: ExchangeGraph): { nodes: string; relationships: string } {
  const nodeColumns = columns(graph.nodes);
  const relationshipColumns = columns(graph.relationships);
  return {
    nodes: table([':labels', ...nodeColumns], graph.nodes.map((n) => [
      csvField(n.labels.join(';')), ...nodeColumns.map((c) => cell(n.properties[c])),
    ])),
    relationships: table([':type', ':from', ':to', ...relationshipColumns], graph.relationships.map((r) => [
      csvField(r.type), csvField(r.from), csvField(r.to), ...relationshipColumns.map((c) => cell(r.properties[c])),
    ])),
  };
}
