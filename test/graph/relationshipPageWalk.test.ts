/**
 * How relationshipPageOfNodes reads a page: a hub's page from the neighbour label's id index, walked in
 * order from `after` and stopped at the page's end, without expanding (and sorting) the hub's whole group;
 * a small group expanded, as before; a walk that gives up after its budget expanded instead. Each page is
 * the one Neo4j gives when asked plainly, and the plan is read from PROFILE of the very statement and
 * parameters our server sent. The synthetic graph (scale 10, beside the paper's seed) gives Hong Kong a
 * few hundred works, enough for a page of 5 to walk; a Region of the long tail has a handful.
 */
import { Statements } from '../../src/graph/statements';
import { loadSynthetic, syntheticExecutor } from '../../tools/synthetic/load';
import { seedDir } from '../../src/seed/seedIfEmpty';
import { graphql, seededServerForFile } from '../support/http';
import { cypher, quietLogger, testEnv } from '../support/neo4j';

const suite = seededServerForFile();
const statements = new Statements();

beforeAll(async () => {
  await loadSynthetic(syntheticExecutor(suite.driver, testEnv().NEO4J_DATABASE, quietLogger()), { scale: 10, seed: 1 }, seedDir());
});

const PAGE = `query ($id: ID!, $type: String!, $direction: Direction!, $first: Int, $after: ID, $fromYear: Int, $toYear: Int) {
  node(id: $id) {
    relationshipPage(type: $type, direction: $direction, first: $first, after: $after, fromYear: $fromYear, toYear: $toYear) {
      neighbours endCursor facts { year node { id } }
    }
  }
}`;

interface Page {
  neighbours: number;
  endCursor: string | null;
  facts: { year: number | null; node: { id: string } }[];
}

/** The statements of relationshipPageOfNodes our server sent since the last call, as they reached Neo4j. */
function sentPages(): { query: string; params: Record<string, unknown> }[] {
  const sent = suite.server.statements.filter((s) => s.query.startsWith('relationshipPageOfNodes@'));
  suite.server.statements.length = 0;
  return sent;
}

async function page(variables: Record<string, unknown>): Promise<Page> {
  const res = await graphql<{ node: { relationshipPage: Page } }>(suite.server.url, PAGE, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.node.relationshipPage;
}

interface Operator {
  operatorType: string;
  rows: number;
  arguments: Record<string, unknown>;
  children: Operator[];
}

/**
 * Rows through the plan's two ways of reading a page of this pattern: the range seek of the walk on the
 * label's id index, and the expansion of the node's whole group (as opposed to the Expand(Into) that tests
 * one candidate or gathers a neighbour's relationships).
 */
async function readings(sent: { query: string; params: Record<string, unknown> }, label: string, pattern: string) {
  const result = await suite.driver.executeQuery(`PROFILE ${statements.text(sent.query)}`, sent.params, {
    database: testEnv().NEO4J_DATABASE,
  });
  const found = { walked: 0, expanded: 0 };
  const walk = (op: Operator) => {
    const details = String(op.arguments.Details ?? '');
    if (op.operatorType.startsWith('NodeUniqueIndexSeekByRange') && details.includes(`m:${label}(id)`)) found.walked += op.rows;
    if (op.operatorType.startsWith('Expand(All)') && details.includes(pattern)) found.expanded += op.rows;
    op.children.forEach(walk);
  };
  walk(result.summary.profile as unknown as Operator);
  return { ...found, rows: result.records.map((r) => r.toObject()) };
}

/** A group's neighbours as Neo4j lists them when asked plainly, by id, with the years of their relationships. */
async function neighboursInNeo4j(id: string, type = 'ORIGINATES_FROM', fromYear: number | null = null, toYear: number | null = null) {
  const rows = await cypher(
    suite.driver,
    `MATCH (:Region {id: $id})<-[r]-(m)
     WHERE type(r) = $type AND ($fromYear IS NULL OR r.year >= $fromYear) AND ($toYear IS NULL OR r.year <= $toYear)
     RETURN m.id AS id, count(r) AS relationships ORDER BY id`,
    { id, type, fromYear, toYear },
  );
  return rows.map((r) => ({ id: r.id as string, relationships: r.relationships as number }));
}

/** A page's neighbours in order, each with how many of its relationships the page holds. */
function neighboursOf(p: Page) {
  const out: { id: string; relationships: number }[] = [];
  for (const f of p.facts) {
    if (out.at(-1)?.id === f.node.id) out.at(-1)!.relationships++;
    else out.push({ id: f.node.id, relationships: 1 });
  }
  return out;
}

const ORIGINATES = '(n)<-[r:ORIGINATES_FROM]-(m)';

describe('a page of a hub’s group', () => {
  it('walks the Work id index from `after`, page after page, and never expands the hub’s whole group', async () => {
    const all = await neighboursInNeo4j('region:hong-kong');
    expect(all.length).toBeGreaterThan(100);
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const p = await page({ id: 'region:hong-kong', type: 'ORIGINATES_FROM', direction: 'IN', first: 5, after });
      expect(neighboursOf(p)).toEqual(all.slice(i * 5, i * 5 + 5));
      const [sent, ...more] = sentPages();
      expect([sent.query, more]).toEqual(['relationshipPageOfNodes@Region.ORIGINATES_FROM.IN', []]);
      const plan = await readings(sent, 'Work', ORIGINATES);
      expect({ walked: plan.walked > 0, expanded: plan.expanded }).toEqual({ walked: true, expanded: 0 });
      // The walk reads a few candidates per neighbour of the page, not the hub's hundreds of works.
      expect(plan.walked).toBeLessThan(all.length);
      after = p.endCursor;
    }
  });

  it('expands a small group instead, reading nothing of the id index', async () => {
    const p = await page({ id: 'work:infernal-affairs', type: 'ORIGINATES_FROM', direction: 'OUT' });
    expect(p.facts.map((f) => f.node.id)).toEqual(['region:hong-kong']);
    const [sent] = sentPages();
    const plan = await readings(sent, 'Region', '(n)-[r:ORIGINATES_FROM]->(m)');
    expect({ walked: plan.walked, expanded: plan.expanded }).toEqual({ walked: 0, expanded: 1 });
  });

  it('reads a hub and a small node of one batch each its own way, in one statement', async () => {
    const [small] = await cypher(
      suite.driver,
      `MATCH (r:Region) WHERE r.id STARTS WITH 'region:syn-' AND COUNT { (r)<-[:ORIGINATES_FROM]-() } > 5
       RETURN r.id AS id ORDER BY COUNT { (r)<-[:ORIGINATES_FROM]-() }, id LIMIT 1`,
    );
    const query = `query ($hub: ID!, $small: ID!) {
      hub: node(id: $hub) { relationshipPage(type: "ORIGINATES_FROM", direction: IN, first: 5) { facts { node { id } } } }
      small: node(id: $small) { relationshipPage(type: "ORIGINATES_FROM", direction: IN, first: 5) { facts { node { id } } } }
    }`;
    const res = await graphql<Record<'hub' | 'small', { relationshipPage: Page }>>(suite.server.url, query, {
      hub: 'region:hong-kong',
      small: small.id,
    });
    expect(res.errors).toBeUndefined();
    for (const [alias, id] of [
      ['hub', 'region:hong-kong'],
      ['small', small.id as string],
    ] as const) {
      const ids = res.data![alias].relationshipPage.facts.map((f) => f.node.id);
      expect(ids).toEqual((await neighboursInNeo4j(id)).slice(0, 5).map((n) => n.id));
    }
    const sent = sentPages();
    expect(sent.map((s) => s.query)).toEqual(['relationshipPageOfNodes@Region.ORIGINATES_FROM.IN']);
    const plan = await readings(sent[0], 'Work', ORIGINATES);
    // The hub walks (a few candidates, no expansion); the small node's group is expanded whole.
    expect(plan.walked).toBeGreaterThan(0);
    const smallGroup = (await neighboursInNeo4j(small.id as string)).reduce((sum, n) => sum + n.relationships, 0);
    expect(plan.expanded).toBe(smallGroup);
  });

  it('narrows a walked page to years, testing each candidate’s relationships of those years', async () => {
    const all = await neighboursInNeo4j('region:hong-kong', 'RELEASED_IN', 2015, 2020);
    expect(all.length).toBeGreaterThan(10);
    const p = await page({ id: 'region:hong-kong', type: 'RELEASED_IN', direction: 'IN', first: 5, fromYear: 2015, toYear: 2020 });
    expect(neighboursOf(p)).toEqual(all.slice(0, 5));
    expect(p.facts.every((f) => f.year !== null && f.year >= 2015 && f.year <= 2020)).toBe(true);
    const plan = await readings(sentPages()[0], 'Work', '(n)<-[r:RELEASED_IN]-(m)');
    expect({ walked: plan.walked > 0, expanded: plan.expanded }).toEqual({ walked: true, expanded: 0 });
  });

  it('expands the group when the walk gives up after its budget, and gives the same page', async () => {
    await page({ id: 'region:hong-kong', type: 'ORIGINATES_FROM', direction: 'IN', first: 5 });
    const [sent] = sentPages();
    const walked = await readings(sent, 'Work', ORIGINATES);
    const stingy = await readings({ ...sent, params: { ...sent.params, walkBudget: 2 } }, 'Work', ORIGINATES);
    expect(stingy.walked).toBe(2);
    expect(stingy.expanded).toBeGreaterThan(100);
    expect(stingy.rows).toEqual(walked.rows);
  });
});
