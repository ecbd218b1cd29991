/**
 * Node.relationshipGroups and Node.relationshipPage, which the graph view expands a hub with: the
 * counts by type and direction from one statement, and a page of a group at a time, by neighbour id.
 */
import { CLAIM_TYPES } from '../../src/model';
import { graphql, seededServerForFile } from '../support/http';
import { cypher } from '../support/neo4j';

const suite = seededServerForFile();

const GROUPS = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id relationshipGroups { type direction count } } }';
const PAGE = `query ($id: ID!, $type: String!, $direction: Direction!, $first: Int, $after: ID, $fromYear: Int, $toYear: Int) {
  node(id: $id) {
    relationshipPage(type: $type, direction: $direction, first: $first, after: $after, fromYear: $fromYear, toYear: $toYear) {
      neighbours endCursor facts { type direction year locator node { id } }
    }
  }
}`;

const named = (name: string) => suite.server.statements.filter((s) => s.query.split('@')[0] === name);

/** The groups as Neo4j counts them, walking every relationship of the node. */
async function groupsInNeo4j(id: string): Promise<string[]> {
  const rows = await cypher(
    suite.driver,
    // Claims' links (ABOUT, STATED_IN) are no facts of the model: a node's groups leave them out, as its relationships do.
    `MATCH (n {id: $id})-[r]-() WHERE NOT type(r) IN $claimTypes
     RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, count(*) AS count`,
    { id, claimTypes: [...CLAIM_TYPES] },
  );
  return rows.map((r) => `${r.type} ${r.direction} ${r.count}`).sort();
}

describe('a node’s relationship groups', () => {
  it('count every relationship by type and direction, for several nodes in one statement', async () => {
    const ids = ['region:hong-kong', 'work:infernal-affairs', 'festival:academy-awards'];
    suite.server.statements.length = 0;
    const res = await graphql<{ nodes: { id: string; relationshipGroups: { type: string; direction: string; count: number }[] }[] }>(
      suite.server.url,
      GROUPS,
      { ids },
    );
    expect(res.errors).toBeUndefined();
    expect(named('relationshipGroupsOfNodes').map((s) => s.query)).toEqual(['relationshipGroupsOfNodes@Region+Work+Festival']);
    for (const node of res.data!.nodes) {
      const counts = node.relationshipGroups.map((g) => g.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(node.relationshipGroups.map((g) => `${g.type} ${g.direction} ${g.count}`).sort()).toEqual(await groupsInNeo4j(node.id));
    }
    const hongKong = res.data!.nodes[0].relationshipGroups;
    expect(hongKong).toEqual(expect.arrayContaining([{ type: 'ORIGINATES_FROM', direction: 'IN', count: expect.any(Number) }]));
  });
});

describe('a page of one group', () => {
  it('gives 25 neighbours at a time, in order of id, from one statement each, until the group is done', async () => {
    const [{ total }] = await cypher(
      suite.driver,
      'MATCH (:Region {id: "region:hong-kong"})<-[:ORIGINATES_FROM]-(w) RETURN count(DISTINCT w) AS total',
    );
    expect(total).toBeGreaterThan(25);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      suite.server.statements.length = 0;
      const res: any = await graphql(suite.server.url, PAGE, { id: 'region:hong-kong', type: 'ORIGINATES_FROM', direction: 'IN', after });
      expect(res.errors).toBeUndefined();
      const page = res.data.node.relationshipPage;
      expect(named('relationshipPageOfNodes').map((s) => [s.query, s.params.limit])).toEqual([
        ['relationshipPageOfNodes@Region.ORIGINATES_FROM.IN', 26],
      ]);
      expect(page.neighbours).toBeLessThanOrEqual(25);
      seen.push(...new Set<string>(page.facts.map((f: any) => f.node.id)));
      after = page.endCursor;
      if (after) expect(page.neighbours).toBe(25);
    } while (after);
    expect(seen).toHaveLength(total as number);
    expect([...seen].sort()).toEqual(seen);
  });

  it('narrows a yearly flow to a range of years, each neighbour with all its relationships of those years', async () => {
    const res: any = await graphql(suite.server.url, PAGE, {
      id: 'region:hong-kong',
      type: 'IMPORTED_FROM',
      direction: 'OUT',
      fromYear: 2020,
      toYear: 2022,
    });
    expect(res.errors).toBeUndefined();
    const facts = res.data.node.relationshipPage.facts;
    // Table 1 ranks five import sources a year: three years, fifteen flows.
    expect(facts).toHaveLength(15);
    expect(facts.every((f: any) => f.year >= 2020 && f.year <= 2022 && f.locator.startsWith('Table 1'))).toBe(true);
    const japan = facts.filter((f: any) => f.node.id === 'region:japan').map((f: any) => f.year);
    expect(japan).toEqual([2020, 2021, 2022]);
  });

  it('refuses a type outside the model, a page size out of range and years the wrong way round, naming each', async () => {
    for (const [variables, field, message] of [
      [{ type: 'LIKES', direction: 'OUT' }, 'type', 'type: "LIKES" is not a relationship type of the model'],
      [{ type: 'IMPORTED_FROM', direction: 'OUT', first: 0 }, 'first', 'first: must be between 1 and 100, got 0'],
      [{ type: 'IMPORTED_FROM', direction: 'OUT', fromYear: 2022, toYear: 2011 }, 'fromYear', 'fromYear: 2022 is after toYear 2011'],
    ] as const) {
      suite.server.statements.length = 0;
      const res = await graphql(suite.server.url, PAGE, { id: 'region:hong-kong', ...variables });
      expect(res.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
      expect(named('relationshipPageOfNodes')).toEqual([]);
    }
  });
});
