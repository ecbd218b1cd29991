/**
 * `npm run import -- --file export.json`: validates a JSON export, then writes it in one transaction
 * (nodes and relationships created or updated by id). A bad file is reported record by record and
 * nothing is written.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseImportArgs, UsageError, withExecutor } from '../src/exchange/cli';
import { parseJson } from '../src/exchange/json';
import { importGraph } from '../src/exchange/load';

async function main(): Promise<number> {
  const { file, author, source } = parseImportArgs(process.argv.slice(2));
  if (!fs.existsSync(file)) throw new UsageError(`no file at ${file}`);
  let graph;
  try {
    graph = parseJson(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`import: ${file} was not imported; nothing was written. ${(err as Error).message}`);
    return 1;
  }
  const counts = await withExecutor((db) => importGraph(db, graph, { author, source, file: path.basename(file) }));
  console.log(
    `Imported ${counts.nodes} nodes and ${counts.relationships} relationships from ${file}; ${counts.changes} changes recorded by ${author}.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`import: ${err.message}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
