/**
 * `npm run dev` (scripts/dev.ts, issue 31): a change under cypher/ or src/ restarts the server on the Neo4j it
 * already uses (here the test Neo4j, through NEO4J_URI); a change that does not compile leaves the running server
 * as it was. The server's log lines (pino's JSON) tell each start apart by its pid.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/localdb/instance';
import { testEnv } from '../support/neo4j';
import { until } from '../support/wait';

interface Ready {
  pid: number;
  graphql: string;
}

const root = projectRoot();
const cypherFile = path.join(root, 'cypher', 'ping.cypher');
const brokenFile = path.join(root, 'src', 'devTestBroken.ts');

describe('npm run dev', () => {
  let dev: ChildProcess;
  const starts: Ready[] = [];
  let output = '';

  beforeAll(() => {
    dev = spawn(process.execPath, [path.join(root, 'dist', 'scripts', 'dev.js')], {
      cwd: root,
      env: { ...process.env, ...testEnv(), PORT: '0', SEED_WHEN_EMPTY: 'false', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of chunk.toString().split('\n')) {
        if (line.includes('"msg":"ready"')) starts.push(JSON.parse(line) as Ready);
      }
    };
    dev.stdout!.on('data', read);
    dev.stderr!.on('data', read);
  });
  afterAll(async () => {
    fs.rmSync(brokenFile, { force: true });
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  });

  const answers = async (ready: Ready) => {
    const res = await fetch(ready.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    }).catch(() => undefined);
    return res?.status === 200;
  };

  it('serves, then restarts on a change under cypher/ with a new process on the same Neo4j', async () => {
    expect(await until(() => starts.length === 1, 90_000)).toBe(true);
    expect(await answers(starts[0])).toBe(true);
    const now = new Date();
    fs.utimesSync(cypherFile, now, now);
    expect(await until(() => starts.length === 2, 90_000)).toBe(true);
    expect(starts[1].pid).not.toBe(starts[0].pid);
    expect(await answers(starts[1])).toBe(true);
    expect(await answers(starts[0])).toBe(false);
  });

  it('keeps the running server when a change does not compile', async () => {
    const before = starts.length;
    fs.writeFileSync(brokenFile, 'export const broken: number = "not a number";\n');
    expect(await until(() => output.includes('the build failed'), 90_000)).toBe(true);
    expect(starts.length).toBe(before);
    expect(await answers(starts[before - 1])).toBe(true);
    // Mended, it builds and restarts again (and the broken file's compiled output is pruned).
    fs.rmSync(brokenFile);
    expect(await until(() => starts.length === before + 1, 90_000)).toBe(true);
    expect(await answers(starts[before])).toBe(true);
    expect(fs.existsSync(path.join(root, 'dist', 'src', 'devTestBroken.js'))).toBe(false);
  });
});
