/**
 * Claims change no answer of the saved queries (issue 27, "One fact, one count"): every query of queries/ answers the
 * same, to the byte, on the graph with its claims and on the same graph with them deleted. The claims add nodes
 * and relationships beside the facts (:Claim, ABOUT, STATED_IN), never facts, and no read that does not ask for
 * claims sees them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadSeed } from '../../src/seed/load';
import { readSeed } from '../../src/seed/read';
import { seedDir } from '../../src/seed/seedIfEmpty';
import { graphql, seededServerForFile } from '../support/http';
import { testEnv, testExecutor } from '../support/neo4j';
import { query } from '../seed/graphChecksum';

const QUERY_DIR = path.join(__dirname, '..', '..', 'queries');
const SAVED = fs
  .readdirSync(QUERY_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

// A loaded machine can take past the default 10 s on a saved query; the comparison, not the time, is the test.
const suite = seededServerForFile({ NEO4J_TX_TIMEOUT_MS: '120000' });

async function answers(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of SAVED)
    out[file] = JSON.stringify(await graphql(suite.server.url, fs.readFileSync(path.join(QUERY_DIR, file), 'utf8')));
  return out;
}

const claimCount = async (): Promise<number> => (await query(suite.driver, 'MATCH (c:Claim) RETURN count(c) AS n'))[0].n;

describe('the saved queries with and without claims', () => {
  afterAll(async () => {
    await loadSeed(testExecutor(suite.driver), readSeed(seedDir()), { reset: true });
  });

  it('answer exactly as the graph without claims does', async () => {
    expect(SAVED.length).toBeGreaterThanOrEqual(20);
    expect(await claimCount()).toBeGreaterThan(0);
    const withClaims = await answers();
    for (const [file, text] of Object.entries(withClaims))
      expect({ file, errors: JSON.parse(text).errors }).toEqual({ file, errors: undefined });
    // The same graph without its claims: deleted in place, so every other node and relationship keeps its storage (some
    // saved queries read a work's first CITED_IN, in storage order, which a second load may change).
    await suite.driver.executeQuery('MATCH (c:Claim) DETACH DELETE c', {}, { database: testEnv().NEO4J_DATABASE });
    expect(await claimCount()).toBe(0);
    const withoutClaims = await answers();
    for (const file of SAVED) expect({ file, answer: withClaims[file] }).toEqual({ file, answer: withoutClaims[file] });
  });
});
