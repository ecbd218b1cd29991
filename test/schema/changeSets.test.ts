/**
 * What curation refuses because the model does (the checks the seed runs), change sets all or
 * nothing, and one mutation field per request: every refusal has a code, names its field, and writes
 * nothing (the database's checksum, history included, is unchanged).
 */
import { snapshot } from '../seed/graphChecksum';
import { graphql, seededServerForFile } from '../support/http';
import { cypher } from '../support/neo4j';
import { curatorToken, tokenEnv } from '../support/tokens';

const ENV = tokenEnv('change-sets-test-secret-of-32-chars!!', 'https://changesets.test');
const token = (sub: string, roles: string[]) => curatorToken(ENV, sub, roles);
const EDITOR = token('editor-1', ['editor']);
const ADMIN = token('admin-1', ['admin']);

const suite = seededServerForFile(ENV);

const send = (query: string, variables: Record<string, unknown> = {}, auth = EDITOR) =>
  graphql(suite.server.url, query, variables, { authorization: auth });
const APPLY = 'mutation ($changes: [ChangeInput!]!) { applyChanges(changes: $changes) { changeSet changes { seq op target author } } }';
const work = (id: string, properties: Record<string, unknown> = { title: 'Change Set Film' }) => ({
  createEntity: { label: 'Work', id, properties, source: 'source:paper', locator: 'change sets test' },
});

async function refused(query: string, variables: Record<string, unknown>, code: string, message: RegExp, auth = EDITOR) {
  const before = await snapshot(suite.driver);
  const res = await send(query, variables, auth);
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  expect(res.errors![0].message).toMatch(message);
  expect((await snapshot(suite.driver)).checksum).toBe(before.checksum);
  return res;
}

describe('what the model refuses', () => {
  const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }';
  const LINK = 'mutation ($input: LinkInput!) { link(input: $input) { type } }';
  const created = (properties: Record<string, unknown>) => ({ input: work('work:cs-x', { title: 'X', ...properties }).createEntity });

  it('a relationship type outside the model', () =>
    refused(
      LINK,
      { input: { type: 'ZZZ_UNKNOWN', from: 'work:infernal-affairs', to: 'region:hong-kong', source: 'source:paper', locator: 'x' } },
      'BAD_USER_INPUT',
      /^type: ZZZ_UNKNOWN is not a relationship type of the model/,
    ));
  it('an additional type between labels it does not join', () =>
    refused(
      LINK,
      { input: { type: 'HAILS_FROM', from: 'work:infernal-affairs', to: 'region:hong-kong', source: 'source:paper', locator: 'x' } },
      'BAD_USER_INPUT',
      /^from: HAILS_FROM starts at Person, not Work/,
    ));
  it('a classification the model does not list', () =>
    refused(
      CREATE,
      created({ classification: 'XXX' }),
      'BAD_USER_INPUT',
      /^properties.classification: "XXX" is not one of I, IIA, IIB or III/,
    ));
  it('a kind the label does not have', () =>
    refused(CREATE, created({ kind: 'OPERA' }), 'BAD_USER_INPUT', /^properties.kind: "OPERA" is not one of FILM/));
  it('an empty list', () => refused(CREATE, created({ tags: [] }), 'BAD_USER_INPUT', /^properties.tags: is an empty list/));
  it("a title over the model's 300 characters, naming the property and the limit", () =>
    refused(
      CREATE,
      created({ title: 'a'.repeat(20_000) }),
      'BAD_USER_INPUT',
      /^properties.title: is 20000 characters long; title holds at most 300/,
    ));
  it('a title of Chinese characters over the limit, counted in characters', () =>
    refused(CREATE, created({ title: '長'.repeat(301) }), 'BAD_USER_INPUT', /301 characters long/));
  it('a fact losing its source or locator', async () => {
    const link = { type: 'AIRED_ON', from: 'work:infernal-affairs', to: 'platform:tvb-jade', key: 'x' };
    await refused(
      'mutation ($link: LinkKeyInput!) { updateLink(link: $link, remove: ["source"]) { type } }',
      { link },
      'BAD_USER_INPUT',
      /^remove: "source" cannot be removed/,
    );
    await refused(
      'mutation ($link: LinkKeyInput!) { updateLink(link: $link, set: { locator: "elsewhere" }) { type } }',
      { link },
      'BAD_USER_INPUT',
      /^set.locator: is set by the server/,
    );
  });
  it('deleting a Source that facts cite, even for an admin', () =>
    refused(
      'mutation { deleteEntity(id: "source:paper") { id } }',
      {},
      'CONFLICT',
      /^id: "source:paper" is the Source of \d+ fact\(s\) and \d+ other entities; a Source that is cited cannot be deleted/,
      ADMIN,
    ));
  it('a title of 300 characters (900 bytes) is accepted', async () => {
    const res = await send(CREATE, { input: work('work:cs-long', { title: '長'.repeat(300) }).createEntity });
    expect(res.errors).toBeUndefined();
  });
});

describe('change sets', () => {
  it('apply in one transaction, in order, each recorded with its author', async () => {
    const res = await send(APPLY, {
      changes: [
        work('work:cs-one'),
        { updateEntity: { id: 'work:cs-one', set: { year: 2024 }, source: 'source:paper', locator: 'Table 7' } },
        { link: { type: 'ORIGINATES_FROM', from: 'work:cs-one', to: 'region:hong-kong', source: 'source:paper', locator: 'Table 7' } },
      ],
    });
    expect(res.errors).toBeUndefined();
    const changes = res.data!.applyChanges.changes as { seq: number; op: string; author: string }[];
    expect(changes.map((c) => [c.op, c.author])).toEqual([
      ['createEntity', 'editor-1'],
      ['updateEntity', 'editor-1'],
      ['link', 'editor-1'],
    ]);
    expect(changes.map((c) => c.seq - changes[0].seq)).toEqual([0, 1, 2]);
    const rows = await cypher(
      suite.driver,
      "MATCH (w:Work {id: 'work:cs-one'})-[:ORIGINATES_FROM]->(r) RETURN w.year AS year, r.id AS region",
    );
    expect(rows).toEqual([{ year: 2024, region: 'region:hong-kong' }]);
  });

  it('write nothing when one change is bad, and name the change, the field and why', async () => {
    const res = await refused(
      APPLY,
      {
        changes: [
          work('work:cs-two'),
          { updateEntity: { id: 'work:cs-two', set: { year: 2024 } } },
          { link: { type: 'AIRED_ON', from: 'work:cs-two', to: 'platform:nowhere', source: 'source:paper', locator: 'x' } },
        ],
      },
      'NOT_FOUND',
      /^changes\[2\] \(link\): to: no entity has the id "platform:nowhere"/,
    );
    expect(res.errors![0].extensions).toMatchObject({ changeIndex: 2, field: 'changes[2].link.to' });
  });

  it('refuse a bad value before the transaction opens, naming the change', () =>
    refused(
      APPLY,
      { changes: [work('work:cs-three'), work('work:cs-four', { title: 'Y', classification: 'XXX' })] },
      'BAD_USER_INPUT',
      /^changes\[1\] \(createEntity\): properties.classification: "XXX"/,
    ));

  it('refuse a change naming no kind or two', () =>
    refused(
      APPLY,
      { changes: [{ ...work('work:cs-five'), deleteEntity: { id: 'work:cs-one' } }] },
      'BAD_USER_INPUT',
      /^changes\[0\].*exactly one kind of change/,
      ADMIN,
    ));

  it('need the admin role when they delete', () =>
    refused(APPLY, { changes: [{ deleteEntity: { id: 'work:cs-one' } }] }, 'FORBIDDEN', /admin role/));

  it('refuse two mutation fields in one request, writing neither', () =>
    refused(
      `mutation {
      a: createEntity(input: { label: Work, id: "work:cs-six", properties: { title: "Six" }, source: "source:paper", locator: "x" }) { id }
      b: updateEntity(id: "work:nowhere", set: { year: 2000 }) { id }
    }`,
      {},
      'BAD_USER_INPUT',
      /^mutation: a request may hold one mutation field.*\(a, b\).*applyChanges/,
    ));
});
