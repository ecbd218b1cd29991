/**
 * `node dist-tools/tools/bench-dereference.js [--scales paper,100] [--rounds 5] [--seconds 2] [--connections 4]`
 * (after `npm run build -- --tools`), with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD naming a Neo4j it may EMPTY and
 * load: dereferencing an IRI beside node(id:) (tools/bench/dereference.ts). Prints a table and the JSON.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createDriver } from '../src/graph/driver';
import { createLogger } from '../src/logger';
import { runDereference } from './bench/dereference';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: 'paper' },
      rounds: { type: 'string', default: '5' },
      seconds: { type: 'string', default: '2' },
      connections: { type: 'string', default: '4' },
    },
  });
  const target = {
    NEO4J_URI: process.env.NEO4J_URI ?? '',
    NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
    NEO4J_DATABASE: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
  if (!target.NEO4J_URI || !target.NEO4J_PASSWORD) throw new Error('set NEO4J_URI and NEO4J_PASSWORD to a Neo4j this may empty');
  const driver = createDriver(
    { uri: target.NEO4J_URI, user: target.NEO4J_USER, password: target.NEO4J_PASSWORD, connectTimeoutMs: 10_000 },
    createLogger('silent'),
  );
  try {
    const options = {
      scales: values.scales,
      rounds: Number(values.rounds),
      seconds: Number(values.seconds),
      connections: Number(values.connections),
    };
    const out = await runDereference(driver, target, options, (line) => console.log(line));
    console.log(JSON.stringify({ options, out }, null, 2));
  } finally {
    await driver.close();
  }
}

main().catch((err: Error) => {
  console.error(`bench-dereference: ${err.message}`);
  process.exit(1);
});
