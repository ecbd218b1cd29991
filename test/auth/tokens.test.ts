/**
 * Tokens over real HTTP against the seeded graph: the server verifies issuer, audience, expiry (with
 * its clock tolerance), algorithm, key and role, for HS256 (JWT_SECRET), RS256 and ES256 from a local
 * JWKS file, and RS256 from a PEM public key file. Every refused token writes nothing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, SignJWT } from 'jose';
import type { Driver } from 'neo4j-driver';
import { snapshot } from '../seed/graphChecksum';
import { graphql, startSeededServer, startTestServer, TestServer } from '../support/http';
import { cypher } from '../support/neo4j';

const SECRET = 'tokens-test-secret-of-at-least-32-chars!';
const ISSUER = 'https://idp.example.edu/realms/media';
const AUDIENCE = 'av-exchange-graph';
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const stranger = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokens-'));

interface Mint {
  alg?: string;
  key?: crypto.KeyObject | Uint8Array;
  kid?: string;
  iss?: string;
  aud?: string;
  sub?: string | null;
  roles?: unknown;
  exp?: number;
  nbf?: number;
}
const now = () => Math.floor(Date.now() / 1000);
async function mint(m: Mint = {}): Promise<string> {
  const alg = m.alg ?? 'HS256';
  const jwt = new SignJWT({ roles: m.roles ?? ['editor'] })
    .setProtectedHeader({ alg, ...(m.kid ? { kid: m.kid } : {}) })
    .setIssuer(m.iss ?? ISSUER)
    .setAudience(m.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(m.exp ?? now() + 600);
  if (m.sub !== null) jwt.setSubject(m.sub ?? 'tokens-test');
  if (m.nbf) jwt.setNotBefore(m.nbf);
  return `Bearer ${await jwt.sign(m.key ?? new TextEncoder().encode(SECRET))}`;
}

let driver: Driver;
let server: TestServer;
let pemServer: TestServer;

beforeAll(async () => {
  const jwks = {
    keys: [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ],
  };
  fs.writeFileSync(path.join(dir, 'jwks.json'), JSON.stringify(jwks));
  fs.writeFileSync(path.join(dir, 'public.pem'), rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string);
  ({ driver, server } = await startSeededServer({
    JWT_SECRET: SECRET,
    JWT_ISSUER: ISSUER,
    JWT_AUDIENCE: AUDIENCE,
    JWT_JWKS_FILE: path.join(dir, 'jwks.json'),
  }));
  pemServer = await startTestServer(driver, {
    JWT_ISSUER: ISSUER,
    JWT_AUDIENCE: AUDIENCE,
    JWT_PUBLIC_KEY_FILE: path.join(dir, 'public.pem'),
  });
});
afterAll(async () => {
  await cypher(driver, "MATCH (n) WHERE n.id STARTS WITH 'work:tokens-' DETACH DELETE n");
  await pemServer.close();
  await server.close();
  await driver.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

let made = 0;
const create = (url: string, authorization: string) =>
  graphql(
    url,
    `
      mutation ($input: CreateEntityInput!) {
        createEntity(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        label: 'Work',
        id: `work:tokens-${++made}`,
        properties: { title: 'Token Probe' },
        source: 'source:paper',
        locator: 'tokens test',
      },
    },
    { authorization },
  );

const REFUSED: [string, () => Promise<string>, string, RegExp][] = [
  ['another issuer', () => mint({ iss: 'https://other.example.org' }), 'UNAUTHENTICATED', /issuer/],
  ['another audience', () => mint({ aud: 'another-service' }), 'UNAUTHENTICATED', /audience/],
  ['expired beyond the clock tolerance', () => mint({ exp: now() - 120 }), 'UNAUTHENTICATED', /expired/],
  ['not valid yet', () => mint({ nbf: now() + 3600 }), 'UNAUTHENTICATED', /not valid yet/],
  ['HS512 with the right secret', () => mint({ alg: 'HS512' }), 'UNAUTHENTICATED', /algorithm/],
  [
    'HS256 with another secret',
    () => mint({ key: new TextEncoder().encode('another-secret-of-at-least-32-characters') }),
    'UNAUTHENTICATED',
    /signature/,
  ],
  [
    'RS256 signed by a key outside the key set',
    () => mint({ alg: 'RS256', key: stranger.privateKey, kid: 'rsa-1' }),
    'UNAUTHENTICATED',
    /signature/,
  ],
  ['RS256 with an unknown kid', () => mint({ alg: 'RS256', key: rsa.privateKey, kid: 'nope' }), 'UNAUTHENTICATED', /no key/],
  ['RS384 with a key of the set', () => mint({ alg: 'RS384', key: rsa.privateKey, kid: 'rsa-1' }), 'UNAUTHENTICATED', /algorithm/],
  ['no subject', () => mint({ sub: null }), 'UNAUTHENTICATED', /sub/],
  ['a reader role', () => mint({ roles: ['reader'] }), 'FORBIDDEN', /editor role/],
];

describe('tokens the server refuses', () => {
  it.each(REFUSED)('refuses a token with %s, writing nothing', async (_name, token, code, message) => {
    const before = await snapshot(driver);
    const res = await create(server.url, await token());
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors![0].message).toMatch(message);
    expect((await snapshot(driver)).checksum).toBe(before.checksum);
  });

  it("refuses a delete to an editor's token, and lets an admin's through", async () => {
    expect((await create(server.url, await mint())).errors).toBeUndefined();
    const id = `work:tokens-${made}`;
    const del = (auth: string) => graphql(server.url, `mutation { deleteEntity(id: "${id}") { id } }`, {}, { authorization: auth });
    const refused = await del(await mint({ roles: ['editor'] }));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await cypher(driver, 'MATCH (w:Work {id: $id}) RETURN w.id AS id', { id })).toEqual([{ id }]);
    expect((await del(await mint({ roles: ['admin'] }))).errors).toBeUndefined();
    expect(await cypher(driver, 'MATCH (w:Work {id: $id}) RETURN w.id AS id', { id })).toEqual([]);
  });
});

describe('tokens the server accepts', () => {
  it.each([
    ['HS256 from JWT_SECRET', () => mint()],
    ['RS256 from the JWKS file', () => mint({ alg: 'RS256', key: rsa.privateKey, kid: 'rsa-1' })],
    ['ES256 from the JWKS file', () => mint({ alg: 'ES256', key: ec.privateKey, kid: 'ec-1' })],
    ['expired within the clock tolerance (30 s)', () => mint({ exp: now() - 5 })],
  ])('accepts %s and records its subject', async (_name, token) => {
    const res = await create(server.url, await token());
    expect(res.errors).toBeUndefined();
    const [row] = await cypher(driver, 'MATCH (c:Change {target: $id}) RETURN c.author AS author', { id: `work:tokens-${made}` });
    expect(row).toEqual({ author: 'tokens-test' });
  });

  it('accepts RS256 from the PEM public key file, and nothing else there', async () => {
    expect((await create(pemServer.url, await mint({ alg: 'RS256', key: rsa.privateKey }))).errors).toBeUndefined();
    const hs = await create(pemServer.url, await mint());
    expect(hs.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(hs.errors![0].message).toMatch(/algorithm is not accepted/);
  });
});
