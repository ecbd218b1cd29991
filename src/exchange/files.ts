/**
 * Where each format goes: graph.json, graph.graphml, or nodes.csv + relationships.csv, in one folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { toCsv } from './csv';
import { toGraphml } from './graphml';
import { toJson } from './json';
import type { ExchangeGraph } from './model';

export const EXPORT_FORMATS = ['json', 'graphml', 'csv', 'nt', 'ttl', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The formats writeExport writes from an ExchangeGraph; the RDF ones stream from the graph (rdf.ts). */
export type TableFormat = Exclude<ExportFormat, 'nt' | 'ttl' | 'jsonld'>;

function render(graph: ExchangeGraph, format: TableFormat): Record<string, string> {
  switch (format) {
    case 'json':
      return { 'graph.json': toJson(graph) };
    case 'graphml':
      return { 'graph.graphml': toGraphml(graph) };
    case 'csv': {
      const { nodes, relationships } = toCsv(graph);
      return { 'nodes.csv': nodes, 'relationships.csv': relationships };
    }
  }
}

/** Writes the graph in one format into `dir` (created if need be) and returns the files written. */
export function writeExport(graph: ExchangeGraph, format: TableFormat, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Object.entries(render(graph, format)).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text, 'utf8');
    return file;
  });
}
