/**
 * What `npm start` does before it serves (src/server/run.ts, the function its script calls), against the
 * test Neo4j over real HTTP: SEED_WHEN_EMPTY loads the seed into an empty database and only an empty
 * one, and HOST is the one address the server listens on.
 */
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config';
import { runServer } from '../../src/server/run';
import { loadRealSeed, snapshot } from '../seed/graphChecksum';
import { cypher, quietLogger, testDriver, testEnv } from '../support/neo4j';

const started = (env: Record<string, string>) =>
  runServer(loadConfig({ ...testEnv(), PORT: '0', LOG_LEVEL: 'silent', SHUTDOWN_DRAIN_MS: '0', ...env }), quietLogger());

const importsOf = async (driver: Driver) => (await cypher(driver, 'MATCH ()-[r:IMPORTED_FROM]->() RETURN count(r) AS n'))[0].n;

/** Whether anything answers HTTP at the address. */
const answers = (url: string) =>
  fetch(`${url}/health`).then(
    (r) => r.status === 200,
    () => false,
  );

describe('starting the server', () => {
  let driver: Driver;

  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await loadRealSeed(driver);
    await driver.close();
  });

  it('loads the seed into an empty database by default (SEED_WHEN_EMPTY)', async () => {
    await cypher(driver, 'MATCH (n) DETACH DELETE n');
    const server = await started({});
    try {
      // Table 1: five import sources a year, 2011-2022.
      expect(await importsOf(driver)).toBe(60);
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ region(id: "region:hong-kong") { imports(year: 2022) { rank value sharePct node { id } } } }' }),
      });
      const body = (await res.json()) as {
        data: { region: { imports: { rank: number; value: number; sharePct: number; node: { id: string } }[] } };
      };
      expect(body.data.region.imports.find((f) => f.rank === 1)).toEqual({
        rank: 1,
        value: 684202,
        sharePct: 29.1,
        node: { id: 'region:japan' },
      });
    } finally {
      await server.stop();
    }
  });

  it('leaves an empty database empty with SEED_WHEN_EMPTY=false', async () => {
    await cypher(driver, 'MATCH (n) DETACH DELETE n');
    const server = await started({ SEED_WHEN_EMPTY: 'false' });
    await server.stop();
    expect((await snapshot(driver)).nodeCount).toBe(0);
  });

  it('leaves a database that holds anything alone', async () => {
    await cypher(driver, 'MATCH (n) DETACH DELETE n');
    await cypher(driver, "CREATE (:Work {id: 'work:startup-only', title: 'The only node'})");
    const server = await started({});
    await server.stop();
    expect((await snapshot(driver)).nodeCount).toBe(1);
  });

  // 127.0.0.2 is loopback too, but another address: a server on it is not reachable on 127.0.0.1.
  it('listens on HOST and no other address', async () => {
    const server = await started({ HOST: '127.0.0.2', SEED_WHEN_EMPTY: 'false' });
    try {
      const { port } = new URL(server.url);
      expect(server.url).toBe(`http://127.0.0.2:${port}`);
      expect(await answers(`http://127.0.0.2:${port}`)).toBe(true);
      expect(await answers(`http://127.0.0.1:${port}`)).toBe(false);
    } finally {
      await server.stop();
    }
  });
});
