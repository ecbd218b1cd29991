/**
 * The graph's boundary: what Neo4j sends (Integers, temporals, nodes, nested maps and lists) comes
 * out as plain JSON values.
 */
import type { Driver } from 'neo4j-driver';
import { plainRow, toPlain } from '../../src/graph/plain';
import { testDriver, testEnv } from '../support/neo4j';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

it('turns every kind of value Neo4j returns into plain JSON', async () => {
  const { records } = await driver.executeQuery(
    `
    RETURN 42 AS int, 9007199254740993 AS big, -7 AS negative, 2.5 AS float, 'text' AS text, true AS flag, null AS nothing,
           date('2020-06-01') AS day, localdatetime('2021-03-04T05:06:07') AS moment, duration({days: 3}) AS span,
           {count: 3, nested: {years: [2019, 2020], when: date('2022-01-02')}} AS map, [1, [2, {x: 3}]] AS list`,
    {},
    { database: testEnv().NEO4J_DATABASE },
  );
  // The graph's way (one object per row) gives what the record's object, made plain, gives.
  expect(plainRow(records[0])).toEqual(toPlain(records[0].toObject()));
  expect(Object.keys(plainRow(records[0]))).toEqual(records[0].keys);
  expect(toPlain(records[0].toObject())).toEqual({
    int: 42,
    big: '9007199254740993',
    negative: -7,
    float: 2.5,
    text: 'text',
    flag: true,
    nothing: null,
    day: '2020-06-01',
    moment: '2021-03-04T05:06:07',
    span: expect.stringMatching(/^P3D/),
    map: { count: 3, nested: { years: [2019, 2020], when: '2022-01-02' } },
    list: [1, [2, { x: 3 }]],
  });
});

it("keeps a node's labels and properties, and a relationship's type and properties", async () => {
  // Made inside a transaction that is rolled back, so the graph is left as it was.
  const session = driver.session({ database: testEnv().NEO4J_DATABASE });
  const tx = session.beginTransaction();
  try {
    const { records } = await tx.run(
      "CREATE (a:PlainProbe {id: 'probe:a', year: 2020})-[r:PROBED {rank: 1}]->(:PlainProbe {id: 'probe:b'}) RETURN a, r",
    );
    expect(toPlain(records[0].get('a'))).toEqual({ labels: ['PlainProbe'], id: 'probe:a', year: 2020 });
    expect(toPlain(records[0].get('r'))).toEqual({ type: 'PROBED', rank: 1 });
  } finally {
    await tx.rollback();
    await session.close();
  }
});
