/**
 * `npm run seed [-- --reset | --check]`: validates seed/*.json and loads it in one transaction.
 * --check validates only; --reset empties the graph first (in the same transaction). A load onto a graph that
 * holds data (a new source's files added) is one change set of the history, which every replica's feed hands on.
 */
import 'reflect-metadata';
import { commandLine, UsageError } from '../src/config/commandLine';
import { withExecutor } from '../src/graph/connect';
import { GraphStore } from '../src/graph/store';
import { loadSeed, SEED_AUTHOR } from '../src/seed/load';
import { readSeed } from '../src/seed/read';
import { seedDir } from '../src/seed/seedIfEmpty';
import { validateSeed } from '../src/seed/validate';

const SEED_USAGE = 'usage: npm run seed [-- --reset | --check]';

async function main(): Promise<number> {
  const { values: flags } = commandLine(process.argv.slice(2), { reset: { type: 'boolean' }, check: { type: 'boolean' } }, SEED_USAGE);
  const files = readSeed(seedDir());
  const problems = validateSeed(files);
  if (problems.length > 0) {
    console.error(`The seed has ${problems.length} problem(s); nothing was written:`);
    for (const p of problems) console.error(`  ${p}`);
    return 1;
  }
  const records = files.reduce((n, f) => n + f.nodes.length + f.relationships.length + f.claims.length + (f.names?.length ?? 0), 0);
  console.log(`Seed is valid: ${files.length} files, ${records} records.`);
  if (flags.check) return 0;

  return withExecutor(async (graph) => {
    const { changes } = await loadSeed(graph, files, { reset: flags.reset === true });
    const stats = await new GraphStore(graph).graphStats();
    // A load onto a graph that held data is recorded in the history (src/seed/load.ts); a first load is not.
    const recorded = changes > 0 ? `; ${changes} changes recorded by ${SEED_AUTHOR}` : '';
    console.log(`Loaded. ${stats.nodeCount} nodes, ${stats.relationshipCount} relationships${recorded}.`);
    for (const { label, count } of stats.nodesByLabel) console.log(`  (:${label}) ${count}`);
    for (const { type, count } of stats.relationshipsByType) console.log(`  [:${type}] ${count}`);
    return 0;
  });
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`seed: ${err.message}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
