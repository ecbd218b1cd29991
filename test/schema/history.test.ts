/**
 * The history over real HTTP and a real WebSocket: each committed write with its author, before and
 * after, source and locator; the feed and the subscription in commit order; a revert, itself
 * recorded; and many concurrent writers, whose history must match the graph exactly.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql, seededServerForFile } from '../support/http';
import { cypher } from '../support/neo4j';
import { curatorToken, tokenEnv } from '../support/tokens';

const ENV = tokenEnv('history-test-secret-of-at-least-32-chars', 'https://history.test');
const token = (sub: string, roles: string[]) => curatorToken(ENV, sub, roles);
const EDITOR = token('ada', ['editor']);
const ADMIN = token('grace', ['admin']);

const suite = seededServerForFile(ENV);

const send = (query: string, variables: Record<string, unknown> = {}, auth = EDITOR) =>
  graphql(suite.server.url, query, variables, { authorization: auth });
const CHANGE = 'seq author op target targetKind before after source locator revertOf changeSet';
const create = (id: string, title = 'History Film') =>
  send('mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }', {
    input: { label: 'Work', id, properties: { title, year: 2020 }, source: 'source:paper', locator: 'Table 7, row 1' },
  });
const lastSeq = async () => (await cypher(suite.driver, 'MATCH (c:Change) RETURN coalesce(max(c.seq), 0) AS seq'))[0].seq as number;

describe('history', () => {
  it('records who, what before and after, source and locator, per entity and per fact', async () => {
    expect((await create('work:history-one')).errors).toBeUndefined();
    expect((await send('mutation { updateEntity(id: "work:history-one", set: { year: 2021 }) { id } }')).errors).toBeUndefined();
    const link = {
      type: 'AIRED_ON',
      from: 'work:history-one',
      to: 'platform:tvb-jade',
      key: '2021',
      properties: { year: 2021 },
      source: 'source:paper',
      locator: 'Table 5, row 2',
    };
    expect((await send('mutation ($input: LinkInput!) { link(input: $input) { type } }', { input: link })).errors).toBeUndefined();

    const entity = await send(`{ history(id: "work:history-one") { ${CHANGE} } }`);
    expect(
      entity.data!.history.map((c: any) => [
        c.op,
        c.author,
        c.before?.properties?.year ?? null,
        c.after.properties.year,
        c.source,
        c.locator,
      ]),
    ).toEqual([
      ['createEntity', 'ada', null, 2020, 'source:paper', 'Table 7, row 1'],
      ['updateEntity', 'ada', 2020, 2021, null, null],
    ]);
    const fact = await send(`{ history(id: "AIRED_ON|work:history-one|platform:tvb-jade|2021") { ${CHANGE} } }`);
    expect(fact.data!.history).toMatchObject([
      {
        op: 'link',
        targetKind: 'fact',
        author: 'ada',
        before: null,
        after: { type: 'AIRED_ON', key: '2021', properties: { year: 2021 } },
        locator: 'Table 5, row 2',
      },
    ]);
  });

  it('keeps the history out of the counts and the search', async () => {
    const stats = await send('{ graphStats { nodesByLabel { label count } } }');
    expect(stats.data!.graphStats.nodesByLabel.map((r: any) => r.label)).not.toContain('Change');
    expect(stats.data!.graphStats.nodesByLabel.map((r: any) => r.label)).not.toContain('ChangeLog');
  });

  it('gives the feed since a cursor in commit order', async () => {
    const start = await lastSeq();
    for (const n of [1, 2, 3]) expect((await create(`work:history-feed-${n}`)).errors).toBeUndefined();
    const page = await send('query ($after: Int!) { changes(after: $after, first: 2) { cursor changes { seq target } } }', {
      after: start,
    });
    expect(page.data!.changes.changes).toEqual([
      { seq: start + 1, target: 'work:history-feed-1' },
      { seq: start + 2, target: 'work:history-feed-2' },
    ]);
    const next = await send('query ($after: Int!) { changes(after: $after) { cursor changes { seq target } } }', {
      after: page.data!.changes.cursor,
    });
    expect(next.data!.changes).toEqual({ cursor: start + 3, changes: [{ seq: start + 3, target: 'work:history-feed-3' }] });
  });

  it('pushes the same changes over WebSocket as they commit', async () => {
    const client = createClient({ url: `${suite.server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    const received: { seq: number; target: string; author: string }[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const stop = client.subscribe<{ changeCommitted: { seq: number; target: string; author: string } }>(
        { query: 'subscription { changeCommitted { seq target author } }' },
        {
          next: (m) => {
            received.push(m.data!.changeCommitted);
            if (received.length === 3) {
              stop();
              resolve();
            }
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300)); // the subscription is set up before the writes
    const start = await lastSeq();
    await Promise.all([1, 2, 3].map((n) => create(`work:history-live-${n}`)));
    await done;
    await client.dispose();
    expect(received.map((c) => c.seq)).toEqual([start + 1, start + 2, start + 3]);
    const feed = await send('query ($after: Int!) { changes(after: $after) { changes { seq target author } } }', { after: start });
    expect(received).toEqual(feed.data!.changes.changes);
  });

  it('lets an admin revert a change, itself recorded, and refuses a revert the graph has moved past', async () => {
    expect((await create('work:history-revert', 'Before')).errors).toBeUndefined();
    expect(
      (await send('mutation { updateEntity(id: "work:history-revert", set: { title: "After", runtimeMinutes: 90 }) { id } }')).errors,
    ).toBeUndefined();
    const updateSeq = await lastSeq();
    expect((await send('mutation { updateEntity(id: "work:history-revert", set: { year: 1999 }) { id } }')).errors).toBeUndefined();
    const REVERT = `mutation ($seq: Int!) { revertChange(seq: $seq) { ${CHANGE} } }`;
    const early = await send(REVERT, { seq: updateSeq }, ADMIN);
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(early.errors![0].message).toMatch(/^seq: "work:history-revert" has changed since change \d+; revert the later changes first/);
    expect((await send(REVERT, { seq: updateSeq + 1 }, EDITOR)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect((await send(REVERT, { seq: updateSeq + 1 }, ADMIN)).errors).toBeUndefined();
    const revert = await send(REVERT, { seq: updateSeq }, ADMIN);
    expect(revert.errors).toBeUndefined();
    expect(revert.data!.revertChange).toMatchObject({ author: 'grace', op: 'updateEntity', revertOf: updateSeq });
    const [row] = await cypher(
      suite.driver,
      "MATCH (w:Work {id: 'work:history-revert'}) RETURN w.title AS title, w.sortName AS sortName, w.runtimeMinutes AS minutes, w.year AS year",
    );
    // The sort name derived from the title follows it back, recomputed by the write, not set by the revert.
    expect(row).toEqual({ title: 'Before', sortName: 'before', minutes: null, year: 2020 });
    expect((await send(REVERT, { seq: updateSeq }, ADMIN)).errors?.[0]?.message).toMatch(/reverted already/);
  });

  it('reverts a delete, bringing the entity back with its relationships', async () => {
    expect((await create('work:history-deleted')).errors).toBeUndefined();
    const link = { type: 'ORIGINATES_FROM', from: 'work:history-deleted', to: 'region:hong-kong', source: 'source:paper', locator: 'x' };
    expect((await send('mutation ($input: LinkInput!) { link(input: $input) { type } }', { input: link })).errors).toBeUndefined();
    const shape =
      "MATCH (w:Work {id: 'work:history-deleted'})-[r]->(o) RETURN w.title AS title, type(r) AS type, o.id AS other ORDER BY type";
    const before = await cypher(suite.driver, shape);
    expect((await send('mutation { deleteEntity(id: "work:history-deleted") { id } }', {}, ADMIN)).errors).toBeUndefined();
    expect(await cypher(suite.driver, shape)).toEqual([]);
    expect(
      (await send('mutation ($seq: Int!) { revertChange(seq: $seq) { seq } }', { seq: await lastSeq() }, ADMIN)).errors,
    ).toBeUndefined();
    expect(await cypher(suite.driver, shape)).toEqual(before);
  });
});

describe('concurrent curators', () => {
  it('commit one after another, and the history holds exactly what committed', async () => {
    expect((await create('work:history-race', 'Race')).errors).toBeUndefined();
    const start = await lastSeq();
    const APPLY = 'mutation ($changes: [ChangeInput!]!) { applyChanges(changes: $changes) { changes { seq } } }';
    // 40 writers: each a change set of an increment and an update of the same entity, a fifth of them with a bad change.
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        send(APPLY, {
          changes: [
            { incrementProperty: { id: 'work:history-race', property: 'episodes', by: 1 } },
            { updateEntity: { id: 'work:history-race', set: i % 5 === 4 ? { year: 'bad' } : { note: `writer ${i}` } } },
          ],
        }),
      ),
    );
    const committed = replies.filter((r) => !r.errors).length;
    expect(replies.filter((r) => r.errors).map((r) => r.errors![0].extensions!.code)).toEqual(Array(8).fill('BAD_USER_INPUT'));
    expect(committed).toBe(32);
    const [graph] = await cypher(suite.driver, "MATCH (w:Work {id: 'work:history-race'}) RETURN w.episodes AS episodes, w.note AS note");
    const changes = await cypher(
      suite.driver,
      'MATCH (c:Change) WHERE c.seq > $start RETURN c.seq AS seq, c.op AS op, c.before AS before, c.after AS after ORDER BY c.seq',
      { start },
    );
    expect(changes.map((c) => c.seq)).toEqual(Array.from({ length: 64 }, (_, i) => start + i + 1));
    expect(graph.episodes).toBe(32);
    // Each change's before is the previous change's after: nothing interleaved, nothing lost.
    for (let i = 1; i < changes.length; i++)
      expect(JSON.parse(changes[i].before as string)).toEqual(JSON.parse(changes[i - 1].after as string));
    expect(JSON.parse(changes[changes.length - 1].after as string).properties).toMatchObject({ episodes: 32, note: graph.note });
  });
});
