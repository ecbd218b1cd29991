/**
 * How the floor sends its statement. The floor is the cost of the database itself, so it must go the
 * cheapest way the driver has, the way our graph sends reads: an auto-commit read (RUN and PULL in
 * one round trip), never a managed transaction, whose BEGIN and COMMIT would slow the floor and flatter
 * every ratio to it.
 */
import type { Driver, Session } from 'neo4j-driver';
import { floorLoad, readRows } from '../../tools/bench/measure';
import { testDriver, testEnv } from '../support/neo4j';

let driver: Driver;
let calls: string[];

/** The driver, noting which way each session is asked to run a statement. */
const watched = (inner: Driver): Driver =>
  new Proxy(inner, {
    get: (d, prop) => {
      if (prop !== 'session') return Reflect.get(d, prop);
      return (...args: Parameters<Driver['session']>) =>
        new Proxy(d.session(...args), {
          get: (s: Session, name) => {
            const value = Reflect.get(s, name);
            if (typeof value !== 'function') return value;
            if (['run', 'executeRead', 'executeWrite', 'beginTransaction'].includes(String(name))) calls.push(String(name));
            return value.bind(s);
          },
        });
    },
  });

beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());
beforeEach(() => {
  calls = [];
});

describe('the floor', () => {
  it('sends each timed statement as one auto-commit read', async () => {
    const figures = await floorLoad(watched(driver), testEnv().NEO4J_DATABASE, 'RETURN $n AS n', [{ n: 1 }, { n: 2 }], {
      connections: 2,
      warmupSeconds: 0,
      seconds: 0.2,
    });
    expect(figures.requests).toBeGreaterThan(0);
    expect(figures.errors).toBe(0);
    expect(calls).toEqual(Array(figures.requests).fill('run'));
  });

  it('reads the rows it checks against ours and the peer the same way', async () => {
    const rows = await readRows(watched(driver), testEnv().NEO4J_DATABASE, 'UNWIND range(1, $n) AS i RETURN i', { n: 3 });
    expect(rows).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);
    expect(calls).toEqual(['run']);
  });
});
