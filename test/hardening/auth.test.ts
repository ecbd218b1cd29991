/**
 * Who may write, for every mutation the schema has (found by introspection): each kind of bad token is
 * refused and nothing reaches Neo4j as a write; an editor's token gets through; and no token, password
 * or secret ever appears in a log line, even at debug level (which logs every Cypher statement).
 */
import jwt from 'jsonwebtoken';
import type { Driver } from 'neo4j-driver';
import type { StatementEvent } from '../../src/graph/graph';
import { createLogger } from '../../src/logger';
import { createServer, GraphServer } from '../../src/server/app';
import { loadRealSeed, snapshot } from '../seed/graphChecksum';
import { testConfig, testDriver, testEnv } from '../support/neo4j';
import { ADMIN, bearer, EDITOR, gql, SECRET, TOKEN_ENV } from './support';
import { cypher } from '../support/neo4j';

/** A write each mutation would carry out for an editor, against the seed: refusing it must be auth's doing. */
const VALID: Record<string, { query: string; variables: Record<string, unknown> }> = {
  createEntity: {
    query: 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
    variables: {
      input: { label: 'Work', id: 'work:auth-probe', properties: { title: 'Auth Probe' }, source: 'source:paper', locator: 'auth test' },
    },
  },
  updateEntity: { query: 'mutation { updateEntity(id: "work:auth-probe", set: { year: 2001 }) { id } }', variables: {} },
  incrementProperty: { query: 'mutation { incrementProperty(id: "work:auth-probe", property: "episodes", by: 3) { id } }', variables: {} },
  link: {
    query: 'mutation ($input: LinkInput!) { link(input: $input) { type } }',
    variables: {
      input: {
        type: 'AIRED_ON',
        from: 'work:auth-probe',
        to: 'platform:tvb-jade',
        key: 'auth',
        properties: { year: 2024 },
        source: 'source:paper',
        locator: 'auth test',
      },
    },
  },
  updateLink: {
    query:
      'mutation { updateLink(link: { type: "AIRED_ON", from: "work:auth-probe", to: "platform:tvb-jade", key: "auth" }, set: { rating: 20 }) { type } }',
    variables: {},
  },
  unlink: {
    query: 'mutation { unlink(link: { type: "AIRED_ON", from: "work:auth-probe", to: "platform:tvb-jade", key: "auth" }) { id } }',
    variables: {},
  },
  applyChanges: {
    query: 'mutation ($changes: [ChangeInput!]!) { applyChanges(changes: $changes) { changeSet } }',
    variables: {
      changes: [
        { updateEntity: { id: 'work:auth-probe', set: { year: 2002 } } },
        { updateEntity: { id: 'work:auth-probe', remove: ['year'] } },
      ],
    },
  },
  deleteEntity: { query: 'mutation { deleteEntity(id: "work:auth-probe") { id } }', variables: {} },
  // Reverts the delete just above (the latest change), leaving the probe back; the next run's createEntity needs it gone,
  // so the test deletes it again after (see below).
  revertChange: { query: 'mutation ($seq: Int!) { revertChange(seq: $seq) { seq } }', variables: { seq: 0 } },
};

/** The role each mutation needs: deletes and reverts an admin's, the rest an editor's. */
const NEEDS_ADMIN = ['deleteEntity', 'revertChange'];

const now = () => Math.floor(Date.now() / 1000);
const unsigned = (claims: object) =>
  `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;

/** Every way a caller can fail to be an editor, and the code each must get. */
const BAD_CALLERS: [string, string | null, string][] = [
  ['no token', null, 'UNAUTHENTICATED'],
  ['not a bearer header', 'Token abc', 'UNAUTHENTICATED'],
  ['basic auth', `Basic ${Buffer.from('neo4j:secret').toString('base64')}`, 'UNAUTHENTICATED'],
  ['empty bearer', 'Bearer ', 'UNAUTHENTICATED'],
  ['not a JWT', 'Bearer not-a-jwt', 'UNAUTHENTICATED'],
  ['garbled JWT', `${EDITOR.slice(0, -10)}AAAAAAAAAA`, 'UNAUTHENTICATED'],
  ['expired', bearer({ roles: ['editor'], exp: now() - 60 }, SECRET, {}), 'UNAUTHENTICATED'],
  ['not valid yet', bearer({ roles: ['editor'], nbf: now() + 3600 }, SECRET, {}), 'UNAUTHENTICATED'],
  ['signed with another secret', bearer({ roles: ['editor'] }, 'another-secret-another-secret-another'), 'UNAUTHENTICATED'],
  ['another algorithm (HS512)', `Bearer ${jwt.sign({ roles: ['editor'] }, SECRET, { algorithm: 'HS512' })}`, 'UNAUTHENTICATED'],
  ['unsigned (alg none)', unsigned({ roles: ['editor'] }), 'UNAUTHENTICATED'],
  ['wrong role', bearer({ sub: 'reader-1', roles: ['reader'] }), 'FORBIDDEN'],
  ['no roles', bearer({ sub: 'nobody' }), 'FORBIDDEN'],
  ['role as a string', bearer({ roles: 'editor' }), 'FORBIDDEN'],
];

let driver: Driver;
let server: GraphServer;
let url: string;
const statements: StatementEvent[] = [];
const logLines: string[] = [];

beforeAll(async () => {
  driver = testDriver();
  await loadRealSeed(driver);
  const logger = createLogger('debug', {
    write: (line: string) => {
      logLines.push(line);
    },
  });
  server = await createServer({
    config: testConfig({ ...TOKEN_ENV, LOG_LEVEL: 'debug' }),
    driver,
    logger,
    onStatement: (e) => statements.push(e),
  });
  url = await server.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

describe('every mutation, every bad token', () => {
  it('covers every mutation in the schema', async () => {
    const res = await gql(url, '{ __schema { mutationType { fields { name } } } }');
    const names = (res.body.data.__schema.mutationType.fields as { name: string }[]).map((f) => f.name).sort();
    expect(Object.keys(VALID).sort()).toEqual(names);
  });

  it.each(BAD_CALLERS)('refuses %s for every mutation, and no write reaches Neo4j', async (_name, authorization, code) => {
    const before = await snapshot(driver);
    statements.length = 0;
    for (const [mutation, { query, variables }] of Object.entries(VALID)) {
      const reply = await gql(url, query, variables, authorization === null ? {} : { authorization });
      expect([mutation, reply.status, reply.codes]).toEqual([mutation, 200, [code]]);
      expect(reply.body.data).toBeNull();
    }
    expect(statements.filter((s) => s.mode === 'WRITE')).toEqual([]);
    expect((await snapshot(driver)).checksum).toBe(before.checksum);
  });

  it('lets a token with the role each needs through for every mutation, in an order that leaves the graph as it was', async () => {
    const before = await snapshot(driver, { graphOnly: true });
    for (const [mutation, { query, variables }] of Object.entries(VALID)) {
      const [last] = await cypher(driver, 'MATCH (c:Change) RETURN max(c.seq) AS seq');
      const reply = await gql(url, query, mutation === 'revertChange' ? { seq: last.seq } : variables, {
        authorization: NEEDS_ADMIN.includes(mutation) ? ADMIN : EDITOR,
      });
      expect([mutation, reply.codes]).toEqual([mutation, []]);
    }
    const again = await gql(url, VALID.deleteEntity.query, {}, { authorization: ADMIN });
    expect(again.codes).toEqual([]);
    expect(statements.some((s) => s.mode === 'WRITE')).toBe(true);
    expect((await snapshot(driver, { graphOnly: true })).checksum).toBe(before.checksum);
  });

  it.each(NEEDS_ADMIN)("refuses %s to an editor's token with FORBIDDEN", async (mutation) => {
    const before = await snapshot(driver);
    const reply = await gql(url, VALID[mutation].query, mutation === 'revertChange' ? { seq: 1 } : VALID[mutation].variables, {
      authorization: EDITOR,
    });
    expect(reply.codes).toEqual(['FORBIDDEN']);
    expect(reply.body.errors[0].message).toMatch(/admin role/);
    expect((await snapshot(driver)).checksum).toBe(before.checksum);
  });
});

describe('secrets in the logs', () => {
  it('logs every request and statement at debug level, but no token, password or secret', () => {
    const secrets = [
      SECRET,
      testEnv().NEO4J_PASSWORD,
      EDITOR,
      EDITOR.slice('Bearer '.length).split('.')[2],
      ...BAD_CALLERS.map(([, header]) => header)
        .filter((h): h is string => !!h && h.length > 'Bearer '.length + 8)
        .map((h) => h.slice(h.indexOf(' ') + 1)),
    ];
    const text = logLines.join('\n');
    expect(logLines.filter((l) => JSON.parse(l).msg === 'request').length).toBeGreaterThan(50);
    expect(logLines.filter((l) => JSON.parse(l).msg === 'cypher').length).toBeGreaterThan(10);
    for (const secret of secrets) expect(text.includes(secret) ? `leaked: ${secret.slice(0, 12)}...` : 'absent').toBe('absent');
    expect(text).not.toMatch(/Bearer [A-Za-z0-9_-]{10,}/);
  });
});
