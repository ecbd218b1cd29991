/**
 * `npm run seed:synthetic -- --scale N [--seed S] [--reset]`: generates a synthetic graph shaped like the
 * paper's (same labels, types and properties; heavy-tailed degrees) at N times its size, and loads it
 * in batches beside whatever the database holds, the paper's seed included. --reset empties the graph
 * first. Scale 1 is about the paper's 100 works; 1000 is 100,000 works and over a million relationships.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config/config';
import { connectNeo4j } from '../src/graph/connect';
import { graphOn } from '../src/graph/graph';
import { QueryCatalog } from '../src/graph/statements';
import { applySchema } from '../src/graph/schema';
import { createLogger } from '../src/logger';
import { seedDir } from '../src/seed/seedIfEmpty';
import { loadSynthetic, resetGraph, SyntheticLoadReport, syntheticExecutor } from './synthetic/load';
import { parseArgs } from './synthetic/cli';

function print(report: SyntheticLoadReport): void {
  const { seconds, rows } = report;
  console.log(
    `Loaded the synthetic graph (seed ${report.options.seed}, scale ${report.options.scale}) in ${seconds.toFixed(1)} s: ` +
      `${rows.toLocaleString('en')} rows in ${report.batches} batches, ${Math.round(rows / seconds).toLocaleString('en')} rows/s.`,
  );
  for (const [label, n] of Object.entries(report.nodes)) console.log(`  (:${label}) ${n}`);
  for (const [type, n] of Object.entries(report.relationships)) console.log(`  [:${type}] ${n}`);
  console.log(
    `The graph now holds ${report.graph.nodes.toLocaleString('en')} nodes and ${report.graph.relationships.toLocaleString('en')} relationships.`,
  );
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`seed:synthetic: ${(err as Error).message}`);
    return 1;
  }
  const config = loadConfig();
  const logger = createLogger('warn');
  const connection = await connectNeo4j(config, logger);
  try {
    const catalog = new QueryCatalog();
    await applySchema(graphOn(connection.driver, logger, { database: config.neo4jDatabase, txTimeoutMs: 600_000 }, catalog), catalog);
    const graph = syntheticExecutor(connection.driver, config.neo4jDatabase, logger);
    if (options.reset) {
      console.log('Emptying the graph (--reset)...');
      await resetGraph(graph);
    }
    print(await loadSynthetic(graph, options, seedDir(), (line) => console.log(line)));
    return 0;
  } finally {
    await connection.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: Error) => {
      console.error(`seed:synthetic: ${err.message}`);
      process.exit(1);
    },
  );
}
