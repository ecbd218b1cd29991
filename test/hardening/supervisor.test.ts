/**
 * The local Neo4j under `npm start`, run unattended: its Java process killed outright (SIGKILL) while
 * curators write is restarted by the supervisor, /ready says so meanwhile, serving resumes without any
 * command and no acknowledged write is lost; a signal to the `npm start` pid alone then stops the
 * server and its Neo4j. With no restarts allowed, a death stops the server with a message saying why.
 */
import path from 'node:path';
import { readSavedQueries } from '../../src/server/pages';
import { cypher } from '../support/neo4j';
import { alive, startServer, Started, until, within } from './startProcess';
import { EDITOR, gql, Load, send, Tally, TOKEN_ENV } from './support';

const SAVED_QUERIES = readSavedQueries(path.join(__dirname, '..', '..', 'queries')).length;
const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }';

/** Curators creating works until stopped; the ids of the creates the API answered as done. */
function writeLoop(url: string) {
  const acknowledged: string[] = [];
  const load = new Load(4, 3000, 240_000, async (client, i) => {
    const id = `work:supervised-${client}-${i}`;
    const input = { label: 'Work', id, properties: { title: `Supervised ${id}` }, source: 'source:paper', locator: 'supervisor test' };
    const reply = await gql(url, CREATE, { input }, { authorization: EDITOR }, 15_000);
    if (reply.status === 200 && reply.codes.length === 0) acknowledged.push(id);
    return reply;
  });
  return { acknowledged, load };
}

describe('npm start supervises the Neo4j it started', () => {
  let server: Started;
  afterAll(() => server?.cleanUp(), 120_000);

  it('restarts Neo4j killed with SIGKILL, loses no acknowledged write, resumes serving, and stops on a signal to its pid', async () => {
    server = startServer('npm', 'sup-npm', 22795, 22796, { ...TOKEN_ENV });
    const url = await server.url();
    const firstJava = server.javaPid();
    const { acknowledged, load } = writeLoop(url);
    expect(await until(() => acknowledged.length >= 10, 120_000)).toBe(true);

    process.kill(firstJava, 'SIGKILL');
    let sawRestarting: any;
    const recovered = await until(async () => {
      const ready = await send(url, { method: 'GET', path: '/ready', timeoutMs: 10_000 });
      if (ready.body?.neo4j?.state === 'restarting') sawRestarting ??= ready;
      return ready.status === 200 && sawRestarting !== undefined;
    }, 180_000);
    const afterRestart = acknowledged.length;
    expect(await until(() => acknowledged.length > afterRestart + 5, 120_000)).toBe(true);
    const shots = await load.stop();
    const outcomes = new Tally();
    for (const s of shots)
      outcomes.add(s.reply.failure ? `no answer (${s.reply.failure})` : `${s.reply.status} ${s.reply.codes.join(',') || 'ok'}`);
    const [found] = await cypher(server.driver(), 'UNWIND $ids AS id MATCH (w:Work {id: id}) RETURN count(w) AS n', { ids: acknowledged });
    console.log(
      `${shots.length} writes: ${outcomes}; acknowledged ${acknowledged.length}, found ${found.n}; /ready while down: ${sawRestarting?.text}`,
    );

    expect(recovered).toBe(true);
    expect(sawRestarting.status).toBe(503);
    expect(sawRestarting.body.neo4j.lastExit).toBe('killed by SIGKILL');
    expect(server.javaPid()).not.toBe(firstJava);
    expect(found.n).toBe(acknowledged.length);
    // While Neo4j is away or recovering a write fails with one of these, and its client may try again.
    expect(shots.flatMap((s) => s.reply.codes).filter((c) => !['SERVICE_UNAVAILABLE', 'QUERY_TIMEOUT'].includes(c))).toEqual([]);
    expect(server.output.stdout).toMatch(/neo4j killed by SIGKILL; restarting it in \d+ ms/);
    expect(server.output.stdout).toMatch(/neo4j restarted; serving resumes/);
    // The plans of every saved query warmed at start and again once the supervisor had Neo4j back.
    const warmed = server.output.stdout
      .split('\n')
      .filter((l) => l.includes('warmed the plans of'))
      .map((l) => JSON.parse(l))
      .map((l) => [l.reason, l.savedQueries]);
    expect(warmed).toEqual([
      ['start', SAVED_QUERIES],
      [expect.stringMatching(/^neo4j (restarted|answers again)$/), SAVED_QUERIES],
    ]);

    // The signal goes to npm's pid alone, as a process manager sends it: no process group, no terminal.
    const [serverPid, java] = [server.serverPid(), server.javaPid()];
    process.kill(server.child.pid!, 'SIGTERM');
    expect(await within(server.exit, 90_000)).toBe(0);
    expect(await until(() => !alive(serverPid) && !alive(java), 30_000)).toBe(true);
  }, 600_000);
});

describe('a Neo4j that keeps dying', () => {
  let server: Started;
  afterAll(() => server?.cleanUp(), 120_000);

  it('is given up on: the server stops with exit code 1 and says why', async () => {
    server = startServer('node', 'sup-giveup', 22797, 22798, { LOCAL_NEO4J_MAX_RESTARTS: '0', SEED_WHEN_EMPTY: 'false' });
    await server.url();
    const [serverPid, java] = [server.serverPid(), server.javaPid()];
    process.kill(java, 'SIGKILL');
    expect(await within(server.exit, 90_000)).toBe(1);
    expect(server.output.stderr).toMatch(
      /Stopping: Neo4j \(sup-giveup\) died 1 time within 600 s, the last time killed by SIGKILL; giving up/,
    );
    expect(alive(serverPid)).toBe(false);
    expect(await until(() => !alive(java), 30_000)).toBe(true);
  }, 400_000);
});
