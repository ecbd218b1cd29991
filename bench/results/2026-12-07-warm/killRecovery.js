/**
 * Where the time goes after a `kill -9` of the Neo4j `npm start` supervises. Starts the built server
 * (dist/scripts/start.js) on a local Neo4j of its own, waits for /ready, then runs one writer
 * (createEntity), one reader (saved query 01) and a /ready poller, each one request at a time, kills
 * Neo4j's Java process with SIGKILL, and prints the timeline (ms after the kill) from the server's log,
 * Neo4j's own logs and the clients, until a write, a read and /ready have all succeeded again.
 *
 *   node bench/results/2026-12-07-warm/killRecovery.js [project root, default this checkout] [runs, default 1]
 *
 * Ports 22790-22793, instance `bench-warm` (its folder is removed at the end).
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const jwt = require('jsonwebtoken');

const root = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', '..'));
const runs = Number(process.argv[3] || 1);
const PORT = 22793;
const url = `http://127.0.0.1:${PORT}`;
const secret = 'kill-recovery-bench-secret-of-32-chars-or-more';
const editor = `Bearer ${jwt.sign({ iss: 'bench', aud: 'bench', sub: 'bench-editor', roles: ['editor'] }, secret, { expiresIn: '1h' })}`;
const query01 = fs.readFileSync(path.join(root, 'queries', fs.readdirSync(path.join(root, 'queries')).find((f) => f.startsWith('01-'))), 'utf8');
const home = path.join(root, '.neo4j', 'bench-warm');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function post(body, headers = {}) {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const json = await res.json();
    return json.errors ? json.errors.map((e) => e.extensions?.code ?? '(none)').join(',') : 'ok';
  } catch (err) {
    return `no answer (${err.cause?.code ?? err.name})`;
  }
}

async function ready() {
  try {
    const res = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(10_000) });
    return res.status === 200 ? 'ok' : `${res.status} ${(await res.json()).status}`;
  } catch (err) {
    return `no answer (${err.cause?.code ?? err.name})`;
  }
}

/** A client sending one request at a time until stopped; each answer with the ms it was sent and answered. */
function client(send, pauseMs) {
  const shots = [];
  let running = true;
  const done = (async () => {
    for (let i = 0; running; i++) {
      const sent = Date.now();
      const outcome = await send(i);
      shots.push({ sent, answered: Date.now(), outcome });
      await sleep(pauseMs);
    }
  })();
  return { shots, stop: async () => ((running = false), await done, shots) };
}

/** Lines of Neo4j's logs written after `since`, with their times: "2026-12-07 17:30:00.123+0000 INFO  ...". */
function neo4jLines(file, since, patterns) {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => ({ line, t: Date.parse((/^(\S+ \S+?)[+]0000/.exec(line)?.[1] ?? '').replace(' ', 'T') + 'Z') }))
    .filter(({ line, t }) => t >= since && patterns.some((p) => p.test(line)));
}

async function once() {
  fs.rmSync(home, { recursive: true, force: true });
  const env = {
    ...process.env,
    LOCAL_NEO4J_INSTANCE: 'bench-warm',
    LOCAL_NEO4J_BOLT_PORT: '22790',
    LOCAL_NEO4J_HTTP_PORT: '22791',
    LOCAL_NEO4J_HEAP: '512m',
    PORT: String(PORT),
    LOG_LEVEL: 'info',
    JWT_SECRET: secret,
    JWT_ISSUER: 'bench',
    JWT_AUDIENCE: 'bench',
  };
  delete env.NEO4J_URI;
  const server = spawn(process.execPath, [path.join(root, 'dist', 'scripts', 'start.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  let buffer = '';
  server.stdout.on('data', (d) => {
    buffer += d;
    const lines = buffer.split('\n');
    buffer = lines.pop();
    for (const l of lines) {
      try {
        log.push(JSON.parse(l));
      } catch {
        /* not JSON */
      }
    }
  });
  server.stderr.on('data', () => {});
  try {
    while ((await ready()) !== 'ok') await sleep(500);
    await sleep(3000); // let any start-time warm-up finish and the load settle
    let n = 0;
    const writer = client(
      () =>
        post(
          {
            query: 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
            variables: { input: { label: 'Work', id: `work:kill-bench-${Date.now()}-${n++}`, properties: { title: 'Kill bench' }, source: 'source:paper', locator: 'bench' } },
          },
          { authorization: editor },
        ),
      100,
    );
    const reader = client(() => post({ query: query01 }), 100);
    const poller = client(ready, 250);
    await sleep(3000);
    const java = Number(fs.readFileSync(path.join(home, 'run', 'neo4j.pid'), 'utf8'));
    const killed = Date.now();
    process.kill(java, 'SIGKILL');
    const backAfter = (shots) => shots.find((s) => s.sent > killed && s.outcome === 'ok');
    while (!(backAfter(writer.shots) && backAfter(reader.shots) && backAfter(poller.shots)) && Date.now() - killed < 240_000) await sleep(250);
    await sleep(2000);
    const [writes, reads, readies] = await Promise.all([writer.stop(), reader.stop(), poller.stop()]);

    const at = (t) => (t === undefined ? '-' : `${t - killed}`);
    const rows = [];
    const serverLine = (re, what) => {
      const l = log.find((x) => x.time >= killed && re.test(x.msg ?? ''));
      rows.push([at(l?.time), what, l?.msg?.slice(0, 90) ?? '(not seen)']);
    };
    serverLine(/^neo4j killed by SIGKILL/, 'supervisor sees the death');
    serverLine(/^Starting Neo4j/, 'supervisor starts Java again');
    for (const { line, t } of neo4jLines(path.join(home, 'logs', 'neo4j.log'), killed - 1000, [/Starting\.\.\./, /Bolt enabled/, /Started\./]))
      rows.push([at(t), 'neo4j.log', line.slice(29, 120)]);
    for (const { line, t } of neo4jLines(path.join(home, 'logs', 'debug.log'), killed - 1000, [/recovery/i]).slice(0, 4))
      rows.push([at(t), 'debug.log', line.slice(29, 140)]);
    serverLine(/^neo4j restarted; serving resumes/, 'supervisor: start() returned (bolt answers)');
    serverLine(/^warmed the plans/, 'warm-up done');
    const firstOk = (shots) => shots.find((s) => s.sent > killed && s.outcome === 'ok');
    const w = firstOk(writes);
    const r = firstOk(reads);
    const y = firstOk(readies);
    rows.push([at(w?.answered), 'first write acknowledged', w ? `sent at ${at(w.sent)}` : '(none)']);
    rows.push([at(r?.answered), 'first read (query 01) answered', r ? `sent at ${at(r.sent)}` : '(none)']);
    rows.push([at(y?.answered), 'first /ready 200', '']);
    rows.sort((a, b) => Number(a[0]) - Number(b[0]));
    const tally = (shots) => {
      const counts = {};
      for (const s of shots.filter((s) => s.sent > killed && s.answered <= (w?.answered ?? Infinity))) counts[s.outcome] = (counts[s.outcome] ?? 0) + 1;
      return JSON.stringify(counts);
    };
    const failedAfter = (shots) =>
      shots
        .filter((s) => s.sent > killed && s.outcome !== 'ok')
        .slice(-3)
        .map((s) => `${at(s.sent)}->${at(s.answered)} ${s.outcome}`)
        .join('; ');
    console.log(rows.map((row) => `| ${row.join(' | ')} |`).join('\n'));
    console.log(`writes until the first acknowledged: ${tally(writes)}; last failures: ${failedAfter(writes)}`);
    console.log(`reads until the first write: ${tally(reads)}; last failures: ${failedAfter(reads)}`);
    return { write: w && w.answered - killed, read: r && r.answered - killed, ready: y && y.answered - killed };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(home, { recursive: true, force: true });
  }
}

(async () => {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  console.log(JSON.stringify(results));
})();
