import jwt from 'jsonwebtoken';
import type { Driver } from 'neo4j-driver';
import { snapshot } from '../seed/graphChecksum';
import { graphql, startSeededServer, TestServer } from '../support/http';
import { cypher } from '../support/neo4j';

const SECRET = 'curation-test-secret-of-at-least-32-chars';
const ISSUER = 'https://curation.test/issuer';
const AUDIENCE = 'av-exchange-graph-curation';
const token = (claims: object, secret = SECRET, options: jwt.SignOptions = { expiresIn: '5m' }) =>
  `Bearer ${jwt.sign({ iss: ISSUER, aud: AUDIENCE, sub: 'curation-test', ...claims }, secret, { algorithm: 'HS256', ...options })}`;
const EDITOR = token({ sub: 'curator-1', roles: ['editor'] });
const ADMIN = token({ sub: 'admin-1', roles: ['admin'] });

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  ({ driver, server } = await startSeededServer({ JWT_SECRET: SECRET, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE }));
});
afterAll(async () => {
  await cypher(driver, "MATCH (n) WHERE n.id STARTS WITH 'work:curation-' DETACH DELETE n");
  await server.close();
  await driver.close();
});

const write = (query: string, variables: Record<string, unknown> = {}, auth: string | null = EDITOR) =>
  graphql(server.url, query, variables, auth === null ? {} : { authorization: auth });

const CREATE = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id ... on Work { title year genres } citations { locator source { id } } } }`;
const newWork = (id: string, properties: Record<string, unknown> = { title: 'Curation Test Film', year: 2023 }) => ({
  input: { label: 'Work', id, properties, source: 'source:paper', locator: 'Table 7, row 99' },
});

/** Sends a write that must fail with `code`, naming `field`, and checks that the graph did not change. */
async function refused(
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field: RegExp | null,
  auth: string | null = EDITOR,
) {
  const before = await snapshot(driver);
  const res = await write(query, variables, auth);
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  if (field) expect(res.errors![0].message).toMatch(field);
  expect((await snapshot(driver)).checksum).toBe(before.checksum);
  return res;
}

describe('who may write', () => {
  const variables = newWork('work:curation-auth');

  it('refuses a write with no token', () => refused(CREATE, variables, 'UNAUTHENTICATED', /bearer token/, null));
  it('refuses a malformed header', () => refused(CREATE, variables, 'UNAUTHENTICATED', /Bearer <token>/, 'Token abc'));
  it('refuses an expired token', () =>
    refused(
      CREATE,
      variables,
      'UNAUTHENTICATED',
      /expired/,
      token({ roles: ['editor'], exp: Math.floor(Date.now() / 1000) - 60 }, SECRET, {}),
    ));
  it('refuses a token signed with another secret', () =>
    refused(CREATE, variables, 'UNAUTHENTICATED', /invalid/, token({ roles: ['editor'] }, 'another-secret-another-secret-xx')));
  it('refuses a token with another algorithm', () =>
    refused(CREATE, variables, 'UNAUTHENTICATED', /invalid/, `Bearer ${jwt.sign({ roles: ['editor'] }, SECRET, { algorithm: 'HS512' })}`));
  it('refuses a token without the editor role', () => refused(CREATE, variables, 'FORBIDDEN', /editor role/, token({ roles: ['reader'] })));
  it('lets anyone read, token or not', async () => {
    const res = await graphql(server.url, '{ work(id: "work:infernal-affairs") { title } }', {}, { authorization: 'Bearer not.a.token' });
    expect(res.data!.work.title).toBe('Infernal Affairs');
  });
});

describe('creating, changing and deleting entities', () => {
  it('creates an entity with its citation, in the database', async () => {
    const res = await write(CREATE, newWork('work:curation-one', { title: 'Curation One', year: 2023, genres: ['Drama'] }));
    expect(res.errors).toBeUndefined();
    expect(res.data!.createEntity).toEqual({
      id: 'work:curation-one',
      title: 'Curation One',
      year: 2023,
      genres: ['Drama'],
      citations: [{ locator: 'Table 7, row 99', source: { id: 'source:paper' } }],
    });
    const [row] = await cypher(
      driver,
      "MATCH (w:Work {id: 'work:curation-one'})-[c:CITED_IN]->(s:Source) RETURN w.year AS year, c.locator AS locator, s.id AS s",
    );
    expect(row).toEqual({ year: 2023, locator: 'Table 7, row 99', s: 'source:paper' });
  });

  it('refuses a duplicate id with CONFLICT', () =>
    refused(CREATE, newWork('work:curation-one'), 'CONFLICT', /^id: .*already exists/, EDITOR));
  it('refuses an id of the wrong type', () =>
    refused(CREATE, newWork('region:curation-x'), 'BAD_USER_INPUT', /^id: a Work id must start with "work:"/));
  it('refuses a missing title', () =>
    refused(CREATE, newWork('work:curation-x', { year: 2020 }), 'BAD_USER_INPUT', /^properties.title: is required/));
  it('refuses a wrong type', () =>
    refused(
      CREATE,
      newWork('work:curation-x', { title: 'X', year: 'soon' }),
      'BAD_USER_INPUT',
      /^properties.year: must be a whole number/,
    ));
  it('refuses an impossible date', () =>
    refused(
      CREATE,
      newWork('work:curation-x', { title: 'X', releaseDate: '2022-02-31' }),
      'BAD_USER_INPUT',
      /^properties.releaseDate: "2022-02-31" is not a real calendar date/,
    ));
  it('refuses an unknown source', () =>
    refused(CREATE, { input: { ...newWork('work:curation-x').input, source: 'source:nowhere' } }, 'NOT_FOUND', /^source:/));

  // Two mutation fields in one request are refused now (issue 19): they were two transactions. The same two
  // changes go in one change set, where the second sees the first.
  it('updates and removes properties, and a second change in the same change set sees the first', async () => {
    const res = await write(`mutation {
      applyChanges(changes: [
        { updateEntity: { id: "work:curation-one", set: { title: "Curation One (restored)", runtimeMinutes: 101 } } }
        { updateEntity: { id: "work:curation-one", remove: ["genres"] } }
      ]) { changes { op after } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.applyChanges.changes[1].after.properties).toMatchObject({ title: 'Curation One (restored)', runtimeMinutes: 101 });
    expect(res.data!.applyChanges.changes[1].after.properties.genres).toBeUndefined();
    const [row] = await cypher(driver, "MATCH (w:Work {id: 'work:curation-one'}) RETURN w.genres AS genres, w.runtimeMinutes AS minutes");
    expect(row).toEqual({ genres: null, minutes: 101 });
  });

  it('refuses to update an unknown entity or remove its title', async () => {
    await refused('mutation { updateEntity(id: "work:nope", set: { year: 2000 }) { id } }', {}, 'NOT_FOUND', /^id: no entity/);
    await refused(
      'mutation { updateEntity(id: "work:curation-one", remove: ["title"]) { id } }',
      {},
      'BAD_USER_INPUT',
      /^remove: "title" is required/,
    );
    await refused(
      'mutation { updateEntity(id: "work:curation-one", set: { runtimeMinutes: -5 }) { id } }',
      {},
      'BAD_USER_INPUT',
      /^set.runtimeMinutes/,
    );
  });
});

describe('linking and unlinking', () => {
  const LINK = `mutation ($input: LinkInput!) { link(input: $input) { type year rating locator node { id } source { id } } }`;
  const airing = (overrides: Record<string, unknown> = {}) => ({
    input: {
      type: 'AIRED_ON',
      from: 'work:curation-one',
      to: 'platform:tvb-jade',
      key: '2024',
      properties: { year: 2024, rating: 21.5, timeSlot: '20:30-21:30' },
      source: 'source:paper',
      locator: 'Table 5, row 99',
      ...overrides,
    },
  });

  it('links two entities with the facts, source and locator', async () => {
    const res = await write(LINK, airing());
    expect(res.errors).toBeUndefined();
    expect(res.data!.link).toEqual({
      type: 'AIRED_ON',
      year: 2024,
      rating: 21.5,
      locator: 'Table 5, row 99',
      node: { id: 'platform:tvb-jade' },
      source: { id: 'source:paper' },
    });
    const rows = await cypher(
      driver,
      "MATCH (:Work {id: 'work:curation-one'})-[r:AIRED_ON]->(:Platform {id: 'platform:tvb-jade'}) RETURN r.rating AS rating, r.source AS source",
    );
    expect(rows).toEqual([{ rating: 21.5, source: 'source:paper' }]);
  });

  it('refuses a duplicate link, unknown ends, wrong end types and out-of-range facts', async () => {
    await refused(LINK, airing(), 'CONFLICT', /^key:/);
    await refused(LINK, airing({ to: 'platform:nowhere' }), 'NOT_FOUND', /^to: no entity has the id "platform:nowhere"/);
    await refused(LINK, airing({ from: 'work:nowhere' }), 'NOT_FOUND', /^from:/);
    await refused(LINK, airing({ to: 'region:hong-kong', key: 'x' }), 'BAD_USER_INPUT', /^to: AIRED_ON ends at Platform, not Region/);
    await refused(
      LINK,
      {
        input: {
          ...airing().input,
          type: 'IMPORTED_FROM',
          from: 'region:hong-kong',
          to: 'region:japan',
          key: 'x',
          properties: { sharePct: 135 },
        },
      },
      'BAD_USER_INPUT',
      /^properties.sharePct: is a share of 135%/,
    );
    await refused(LINK, airing({ type: 'aired on' }), 'BAD_USER_INPUT', /^type:/);
  });

  it('updates the facts of a link and unlinks it', async () => {
    const link = { type: 'AIRED_ON', from: 'work:curation-one', to: 'platform:tvb-jade', key: '2024' };
    const updated = await write(
      'mutation ($link: LinkKeyInput!) { updateLink(link: $link, set: { rating: 22 }, remove: ["timeSlot"]) { rating timeSlot } }',
      { link },
    );
    expect(updated.data!.updateLink).toEqual({ rating: 22, timeSlot: null });
    const gone = await write('mutation ($link: LinkKeyInput!) { unlink(link: $link) { id relationshipsDeleted } }', { link });
    expect(gone.data!.unlink.relationshipsDeleted).toBe(1);
    expect(await cypher(driver, "MATCH (:Work {id: 'work:curation-one'})-[r:AIRED_ON]->() RETURN r")).toEqual([]);
    await refused('mutation ($link: LinkKeyInput!) { unlink(link: $link) { id } }', { link }, 'NOT_FOUND', /^key: no AIRED_ON/);
  });

  it('deletes an entity with its relationships, all or nothing', async () => {
    const res = await write('mutation { deleteEntity(id: "work:curation-one") { id relationshipsDeleted } }', {}, ADMIN);
    expect(res.data!.deleteEntity).toEqual({ id: 'work:curation-one', relationshipsDeleted: 1 });
    expect(await cypher(driver, "MATCH (w {id: 'work:curation-one'}) RETURN w")).toEqual([]);
    await refused('mutation { deleteEntity(id: "work:curation-one") { id } }', {}, 'NOT_FOUND', /^id:/, ADMIN);
  });
});
