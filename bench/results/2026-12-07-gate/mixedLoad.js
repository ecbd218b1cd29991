// Reads and writes under a mixed load, the commit gate before issue 32 and after, side by side in one run
// (bench/results/2026-12-07-gate/README.md). Needs `npm run -s build`; run from the repository's root:
//   LOCAL_NEO4J_BOLT_PORT=19687 LOCAL_NEO4J_HTTP_PORT=19474 node bench/results/2026-12-07-gate/mixedLoad.js
// It starts a throwaway local Neo4j (instance gatebench), seeds it, and then, round after round, serves the
// API from dist/ with each gate in turn (order alternating): lookups by id every LOOKUP_EVERY_MS, a
// createEntity every WRITE_EVERY_MS, and one slow read (graphStats' nodeCount swapped for a statement that
// runs until NEO4J_TX_TIMEOUT_MS stops it, as in test/hardening/txTimeout.test.ts) a second into the round.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const jwt = require('jsonwebtoken');

const root = path.resolve(__dirname, '..', '..', '..');
const dist = (p) => require(path.join(root, 'dist', 'src', p));
const { loadConfig } = dist('config/config');
const { connectNeo4j } = dist('graph/connect');
const graphModule = dist('graph/graph');
const { QueryCatalog } = dist('graph/statements');
const { applySchema } = dist('graph/schema');
const { seedIfEmpty } = dist('seed/seedIfEmpty');
const { createServer } = dist('server/app');
const { createLogger } = dist('logger');
const { CommitGate } = dist('graph/commitGate');
const { CommitGate: OldCommitGate } = require('./oldCommitGate');

const ROUNDS = Number(process.env.ROUNDS ?? 4);
const ROUND_MS = 9000;
const SLOW_AT_MS = 1000;
const LOOKUP_EVERY_MS = 50;
const WRITE_EVERY_MS = 500;
const TX_TIMEOUT_MS = '5000';
const SECRET = 'gate-bench-secret-of-at-least-32-characters';
const TOKENS = { JWT_SECRET: SECRET, JWT_ISSUER: 'https://gate.bench', JWT_AUDIENCE: 'gate-bench' };
const EDITOR = `Bearer ${jwt.sign({ iss: TOKENS.JWT_ISSUER, aud: TOKENS.JWT_AUDIENCE, sub: 'gate-bench', roles: ['editor'] }, SECRET, { expiresIn: '2h' })}`;
const LOOKUP = '{ node(id: "region:hong-kong") { id ... on Region { name } } }';
const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }';
const PREFIX = 'work:gate-bench-';

function slowCatalog() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-bench-cypher-'));
  const projectDir = new QueryCatalog().dir;
  for (const file of fs.readdirSync(projectDir)) fs.copyFileSync(path.join(projectDir, file), path.join(dir, file));
  fs.copyFileSync(path.join(root, 'test', 'hardening', 'slowCypher', 'nodeCount.cypher'), path.join(dir, 'nodeCount.cypher'));
  return new QueryCatalog(dir);
}

async function post(url, query, variables = {}, headers = {}) {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  const ms = performance.now() - started;
  return { ms, code: body.errors ? body.errors[0].extensions?.code ?? 'error' : 'ok' };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let writeCount = 0;

/** One round with one gate: the latencies of lookups and writes, and what each answered. */
async function round(gateName, connection, config, logger, catalog) {
  const gate = gateName === 'old' ? new OldCommitGate() : new CommitGate();
  const original = graphModule.graphOn;
  // createServer builds its graph through graphOn: hand it the gate under test.
  graphModule.graphOn = (driver, log, options, cat) => original(driver, log, { ...options, commitGate: gate }, cat);
  const server = await createServer({ config, driver: connection.driver, logger, catalog });
  graphModule.graphOn = original;
  const url = await server.listen(0, '127.0.0.1');
  const pending = [];
  const out = { lookups: [], lookupsDuringSlow: [], writes: [], codes: {} };
  let slowRunning = false;
  const note = (kind, r) => {
    out.codes[`${kind}:${r.code}`] = (out.codes[`${kind}:${r.code}`] ?? 0) + 1;
  };
  const started = performance.now();
  const lookupTimer = setInterval(() => {
    const duringSlow = slowRunning;
    pending.push(
      post(url, LOOKUP).then((r) => {
        note('lookup', r);
        out.lookups.push(r.ms);
        if (duringSlow) out.lookupsDuringSlow.push(r.ms);
      }),
    );
  }, LOOKUP_EVERY_MS);
  const writeTimer = setInterval(() => {
    const input = { label: 'Work', id: `${PREFIX}${++writeCount}`, properties: { title: `Gate bench ${writeCount}` }, source: 'source:paper', locator: 'gate bench' };
    pending.push(
      post(url, CREATE, { input }, { authorization: EDITOR }).then((r) => {
        note('write', r);
        out.writes.push(r.ms);
      }),
    );
  }, WRITE_EVERY_MS);
  await sleep(SLOW_AT_MS);
  slowRunning = true;
  pending.push(
    post(url, '{ graphStats { nodeCount } }').then((r) => {
      slowRunning = false;
      note('slow', r);
      out.slowMs = r.ms;
    }),
  );
  await sleep(ROUND_MS - (performance.now() - started));
  clearInterval(lookupTimer);
  clearInterval(writeTimer);
  await Promise.all(pending);
  await server.close();
  return out;
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
const fmt = (xs) => `n=${xs.length} p50 ${pct(xs, 50).toFixed(0)} ms, p99 ${pct(xs, 99).toFixed(0)} ms, max ${pct(xs, 100).toFixed(0)} ms`;

async function main() {
  const env = { ...process.env, ...TOKENS, LOCAL_NEO4J_INSTANCE: 'gatebench', NEO4J_TX_TIMEOUT_MS: TX_TIMEOUT_MS, LOG_LEVEL: 'silent' };
  process.env.LOCAL_NEO4J_INSTANCE = 'gatebench';
  const config = loadConfig(env);
  const logger = createLogger('silent');
  const connection = await connectNeo4j(config, logger);
  try {
    const graph = graphModule.graphOn(connection.driver, logger, { database: config.neo4jDatabase, txTimeoutMs: 300_000 });
    await applySchema(graph, new QueryCatalog());
    await seedIfEmpty(graph, logger);
    const catalog = slowCatalog();
    const all = { old: [], new: [] };
    for (let r = 0; r < ROUNDS; r++) {
      for (const name of r % 2 === 0 ? ['old', 'new'] : ['new', 'old']) {
        const out = await round(name, connection, config, logger, catalog);
        all[name].push(out);
        console.log(`round ${r + 1} ${name}: lookups ${fmt(out.lookups)}; during the slow read ${fmt(out.lookupsDuringSlow)}; writes ${fmt(out.writes)}; slow read ${out.slowMs.toFixed(0)} ms; ${JSON.stringify(out.codes)}`);
      }
    }
    for (const name of ['old', 'new']) {
      const rounds = all[name];
      const flat = (key) => rounds.flatMap((o) => o[key]);
      const codes = {};
      for (const o of rounds) for (const [k, v] of Object.entries(o.codes)) codes[k] = (codes[k] ?? 0) + v;
      console.log(`\n${name} gate, ${rounds.length} rounds:`);
      console.log(`  lookups, all:                ${fmt(flat('lookups'))}`);
      console.log(`  lookups sent during the slow read: ${fmt(flat('lookupsDuringSlow'))}`);
      console.log(`  writes:                      ${fmt(flat('writes'))}`);
      console.log(`  answers: ${JSON.stringify(codes)}`);
    }
  } finally {
    await connection.driver
      .executeQuery('MATCH (n:Work) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: PREFIX }, { database: config.neo4jDatabase })
      .catch(() => undefined);
    await connection.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
