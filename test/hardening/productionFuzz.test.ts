/**
 * The fuzz corpus of fuzz.test.ts again, with NODE_ENV=production, plus the requests that once let an
 * internal message through (a selection or a filter nested thousands deep, a body that does not
 * decompress, a body over the limit without a declared size, a subscription over POST, a path not
 * served). Every error a client sees must carry one of the project's codes, and no message from Node,
 * the JSON parser, zlib or the driver may reach it.
 */
import { buildClientSchema, getIntrospectionQuery, GraphQLSchema, IntrospectionQuery } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { ErrorCode } from '../../src/errors';
import { loadRealSeed } from '../seed/graphChecksum';
import { testDriver } from '../support/neo4j';
import { deepCases, generatedCases } from './fuzzCases';
import { Spawned, startOnTestNeo4j } from './startProcess';
import { EDITOR, FOREIGN, gql, prng, Reply, send, TOKEN_ENV } from './support';

const CODES = new Set<string>(Object.values(ErrorCode));

let driver: Driver;
let server: Spawned;
let url: string;
let schema: GraphQLSchema;

// The server as its own process, as it runs in production: inside Jest's sandbox some errors (zlib's)
// are of another realm, and body-parser would hide their messages where production shows them.
beforeAll(async () => {
  driver = testDriver();
  await loadRealSeed(driver);
  server = startOnTestNeo4j({ ...TOKEN_ENV, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  url = await server.url();
  schema = buildClientSchema((await gql(url, getIntrospectionQuery())).body.data as IntrospectionQuery);
}, 300_000);
afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exit;
  await driver.close();
}, 60_000);

/** What a client saw that it should not have, if anything. */
function leak(reply: Reply): string | undefined {
  if (reply.failure) return `no answer: ${reply.failure}`;
  if (reply.status === 200 && !reply.body?.errors) return undefined;
  const messages: string[] = (Array.isArray(reply.body) ? reply.body : [reply.body]).flatMap((r: any) =>
    (r?.errors ?? []).map((e: any) => String(e?.message)),
  );
  if (messages.length === 0) return `HTTP ${reply.status} without errors: ${reply.text.slice(0, 200)}`;
  const foreign = FOREIGN.find((pattern) => pattern.test(reply.text));
  if (foreign) return `a foreign message (${foreign}): ${reply.text.slice(0, 300)}`;
  const unknown = reply.codes.filter((c) => !CODES.has(c));
  if (unknown.length) return `codes not the project's: ${unknown.join(', ')}: ${messages[0].slice(0, 200)}`;
  return reply.status >= 500 ? `HTTP ${reply.status}: ${messages[0]}` : undefined;
}

describe('production mode, bad input', () => {
  it('shows clients only project codes and project messages', async () => {
    const random = prng(20250707);
    const cases = [...deepCases(), ...generatedCases(schema, random, EDITOR)];
    const leaks: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let c = cases[next++]; c; c = cases[next++]) {
          const reply = await send(url, {
            method: c.method,
            path: c.path,
            body: c.method === 'GET' ? undefined : c.body,
            headers: c.headers,
            timeoutMs: 60_000,
          });
          const wrong = leak(reply);
          if (wrong) leaks.push(`${c.kind}: ${wrong}`);
        }
      }),
    );
    const distinct = [...new Map(leaks.map((l) => [l.slice(0, 60), l])).values()];
    console.log(`${cases.length} requests, ${leaks.length} leaks${leaks.length ? `:\n  ${distinct.join('\n  ')}` : ''}`);
    expect(distinct.slice(0, 30)).toEqual([]);
  }, 400_000);
});
