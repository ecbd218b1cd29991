/**
 * `npm run names:suggest -- FILE [--limit N]`: for each name in FILE (one a line, or a mapping's first column),
 * the entity the graph's search finds, as the lines of a name mapping (seed/names/<source>.tsv) on standard
 * output, for a reviewer to check, mend and save. It writes nothing; the seed refuses a line left with several
 * candidates or none. Runs on the configured Neo4j (NEO4J_URI), or the project's own, with the seed loaded.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { commandLine } from '../src/config/commandLine';
import { withExecutor } from '../src/graph/connect';
import { searchEntities } from '../src/graph/search/run';
import { mappingText, namesToSuggest, suggestMapping } from '../src/seed/suggestNames';

const USAGE = 'usage: npm run names:suggest -- FILE [--limit N]';

async function main(): Promise<number> {
  const { values, positionals } = commandLine(process.argv.slice(2), { limit: { type: 'string' } }, USAGE, 1);
  const file = positionals[0];
  if (!file) throw new Error(USAGE);
  const limit = Number(values.limit ?? 5);
  const names = namesToSuggest(fs.readFileSync(file, 'utf8'));
  const lines = await withExecutor(async (graph) => {
    const out = [];
    for (const { name, locator } of names)
      out.push(suggestMapping(name, await searchEntities(graph, name, [], limit, ['id'], true), locator));
    return out;
  });
  process.stdout.write(mappingText(lines));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`names:suggest: ${err.message}`);
    process.exit(1);
  },
);
