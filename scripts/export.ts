/**
 * `npm run export -- --format json|graphml|csv [--label Work] [--out DIR]`: writes the graph (or one
 * label's nodes with every relationship touching them and the nodes at their other ends) into DIR
 * (default ./export) as graph.json, graph.graphml, or nodes.csv + relationships.csv; with --format nt|ttl|jsonld,
 * the whole graph as RDF in graph.nt, graph.ttl or graph.jsonld, its IRIs under PUBLIC_BASE_URL (docs/linked-data.md).
 */
import 'reflect-metadata';
import { parseExportArgs, UsageError, withExecutor } from '../src/exchange/cli';
import { writeExport } from '../src/exchange/files';
import { readGraph } from '../src/exchange/read';
import { exportBase, isRdfFormat, writeRdfExport } from '../src/exchange/rdf';

async function main(): Promise<number> {
  const args = parseExportArgs(process.argv.slice(2));
  const format = args.format;
  if (isRdfFormat(format)) {
    const base = exportBase();
    const { file, triples } = await withExecutor((db) => writeRdfExport(db, format, args.out, base));
    console.log(`Wrote ${file}\n${triples} triples, IRIs under ${base}.`);
    return 0;
  }
  const graph = await withExecutor((db) => readGraph(db, { label: args.label }));
  for (const file of writeExport(graph, format, args.out)) console.log(`Wrote ${file}`);
  console.log(
    `${graph.nodes.length} nodes, ${graph.relationships.length} relationships${args.label ? ` (label ${args.label} and its neighbours)` : ''}.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`export: ${err.message}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
