/**
 * The executor's write path on the real database: an explicit transaction whose statements run outside
 * the commit gate and whose commit takes a commit turn, retried on a transient failure (a real
 * deadlock) and with Neo4j's errors still mapped to GraphQL codes.
 */
import { GraphQLError } from 'graphql';
import type { Driver, Neo4jError } from 'neo4j-driver';
import { CommitGate, HoldBack } from '../../src/graph/commitGate';
import { ExecutorOptions, gateOf, StatementEvent } from '../../src/graph/executor';
import { Graph, graphOn, WriteScope } from '../../src/graph/graph';
import { loadRealSeed } from '../seed/graphChecksum';
import { cypher, quietLogger, recordingLogger, testDriver, testEnv } from '../support/neo4j';

const PREFIX = 'work:executor-test-';

/** A gate that says when someone asks it for a turn, so the test knows a transaction got that far. */
class WatchedGate extends CommitGate {
  asked: string[] = [];
  private listeners: (() => void)[] = [];
  override read<T>(work: () => Promise<T>): Promise<T> {
    this.note('read');
    return super.read(work);
  }
  override commit<T>(work: () => Promise<T>, holdBack?: HoldBack): Promise<T> {
    this.note('commit');
    return super.commit(work, holdBack);
  }
  /** Resolves once `count` turns have been asked for; fails if they are not within 10 s. */
  askedFor(count: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`turns asked for: ${this.asked.join(', ') || 'none'}; expected ${count}`)), 10_000);
      const check = () => {
        if (this.asked.length < count) return this.listeners.push(check);
        clearTimeout(timer);
        resolve();
      };
      check();
    });
  }
  private note(kind: string): void {
    this.asked.push(kind);
    const waiting = this.listeners.splice(0);
    for (const listener of waiting) listener();
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const settle = () => new Promise((r) => setImmediate(r));

const newWork = (slug: string) => ({
  label: 'Work',
  id: `${PREFIX}${slug}`,
  props: { title: `Executor test ${slug}` },
  source: 'source:paper',
  locator: 'executor test',
  citationId: `CITED_IN|${PREFIX}${slug}|source:paper`,
});

describe('the executor', () => {
  let driver: Driver;
  const events: StatementEvent[] = [];
  const executor = (options: Partial<ExecutorOptions> = {}) =>
    graphOn(driver, quietLogger(), {
      database: testEnv().NEO4J_DATABASE,
      txTimeoutMs: 20_000,
      onStatement: (e) => events.push(e),
      ...options,
    });
  const exists = async (slug: string) =>
    (await cypher(driver, 'MATCH (w:Work {id: $id}) RETURN count(w) AS c', { id: `${PREFIX}${slug}` }))[0].c === 1;
  const elementIdOf = async (id: string) => (await cypher(driver, 'MATCH (n {id: $id}) RETURN elementId(n) AS e', { id }))[0].e as string;

  beforeAll(async () => {
    driver = testDriver();
    await loadRealSeed(driver);
  });
  beforeEach(() => {
    events.length = 0;
  });
  afterAll(async () => {
    await cypher(driver, 'MATCH (w:Work) WHERE w.id STARTS WITH $prefix DETACH DELETE w', { prefix: PREFIX });
    await driver.close();
  });

  it('gives every executor on one driver one gate, and another driver another', async () => {
    const gate = gateOf(driver);
    expect(gateOf(driver)).toBe(gate);
    const other = testDriver();
    expect(gateOf(other)).not.toBe(gate);
    await other.close();
  });

  it("runs a write's statements while a read holds the gate, and holds back only its commit", async () => {
    const gate = new WatchedGate();
    const reading = deferred();
    const read = gate.read(() => reading.promise);
    const write = executor({ commitGate: gate }).forRequest('gated-write').write('createEntity', newWork('gated'));
    await gate.askedFor(2);
    expect(gate.asked).toEqual(['read', 'commit']);
    // The statement has run, but nothing is committed while the read holds its turn.
    expect(events.map((e) => [e.query, e.requestId, e.rows])).toEqual([['createEntity', 'gated-write', 1]]);
    expect(await exists('gated')).toBe(false);
    expect(gate.state).toEqual({ reads: 1, commits: 0, waiting: 1 });
    reading.resolve();
    await read;
    await expect(write).resolves.toEqual([{ id: `${PREFIX}gated` }]);
    expect(await exists('gated')).toBe(true);
  });

  it('holds a read back, statement and all, while a commit holds the gate', async () => {
    const gate = new WatchedGate();
    const committing = deferred();
    const commit = gate.commit(() => committing.promise);
    const read = executor({ commitGate: gate }).read('ping');
    await gate.askedFor(2);
    await settle();
    expect(events).toEqual([]);
    committing.resolve();
    await commit;
    await expect(read).resolves.toEqual([{ ok: 1 }]);
    expect(events.map((e) => e.query)).toEqual(['ping']);
  });

  /** Two transactions taking two node locks in opposite orders: Neo4j picks one as a deadlock victim. */
  function crossedLocks(ex: Graph, first: string, second: string) {
    const bothHoldOne = deferred();
    let holding = 0;
    const attempts = { count: 0, failures: [] as string[] };
    const lockBoth = (a: string, b: string) =>
      ex.writeAll(async (tx: WriteScope) => {
        attempts.count += 1;
        // The two first attempts meet once each holds its first lock; a retry goes straight through.
        const firstAttempt = attempts.count <= 2;
        await tx.run('lockNode', { elementId: a });
        if (firstAttempt && ++holding === 2) bothHoldOne.resolve();
        if (firstAttempt) await bothHoldOne.promise;
        try {
          await tx.run('lockNode', { elementId: b });
        } catch (err) {
          attempts.failures.push((err as Neo4jError).code);
          throw err;
        }
        return a;
      });
    return { attempts, done: Promise.allSettled([lockBoth(first, second), lockBoth(second, first)]) };
  }

  it('retries a write that Neo4j made a deadlock victim, after rolling it back', async () => {
    const [a, b] = [await elementIdOf('region:hong-kong'), await elementIdOf('region:japan')];
    const { attempts, done } = crossedLocks(executor(), a, b);
    const outcomes = await done;
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(attempts.count).toBe(3);
    expect(attempts.failures).toEqual(['Neo.TransientError.Transaction.DeadlockDetected']);
  });

  it('gives up after its attempts, answering the deadlock as SERVICE_UNAVAILABLE (busy), not a crash', async () => {
    const [a, b] = [await elementIdOf('region:hong-kong'), await elementIdOf('region:japan')];
    const { attempts, done } = crossedLocks(executor({ writeRetry: { maxAttempts: 1 } }), a, b);
    const outcomes = await done;
    expect(attempts.count).toBe(2);
    expect(attempts.failures).toEqual(['Neo.TransientError.Transaction.DeadlockDetected']);
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as GraphQLError] : []));
    expect(failures.map((f) => [f instanceof GraphQLError, f.extensions.code, f.message])).toEqual([
      [true, 'SERVICE_UNAVAILABLE', 'The graph database is busy; try again shortly.'],
    ]);
  });

  it('maps a uniqueness violation to CONFLICT without retrying it, and commits nothing of the failed write', async () => {
    const ex = executor();
    await ex.write('createEntity', newWork('unique'));
    let attempts = 0;
    const second = ex.writeAll(async (tx) => {
      attempts += 1;
      await tx.run('createEntity', newWork('unique-other'));
      return tx.run('createEntity', newWork('unique'));
    });
    await expect(second).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(attempts).toBe(1);
    expect(await exists('unique')).toBe(true);
    expect(await exists('unique-other')).toBe(false);
  });

  it("sends statements with the driver's stack capture off, and leaves the process's stack traces as they were", async () => {
    const limit = Error.stackTraceLimit;
    const ex = executor();
    expect(await ex.read('nodesByIds', { byLabel: { Work: [{ id: 'work:infernal-affairs' }] }, properties: ['title'] })).toHaveLength(1);
    expect(Error.stackTraceLimit).toBe(limit);
    await ex.write('createEntity', newWork('stack'));
    await expect(ex.write('createEntity', newWork('stack'))).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('here').stack!.split('\n').length).toBeGreaterThan(1);

    // The driver lends the trace it captured when the statement was sent to the error Neo4j answers
    // with; with capture off while the statement was sent, that error carries no frames at all.
    const log = recordingLogger('error');
    const logged = graphOn(driver, log.logger, { database: testEnv().NEO4J_DATABASE, txTimeoutMs: 20_000 });
    await expect(logged.read('nodesByIds', { byLabel: { Work: [{ id: 'work:infernal-affairs' }] }, properties: 5 })).rejects.toMatchObject({
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const [line] = log.lines.filter((l) => l.msg === 'neo4j error');
    expect(line.neo4jCode).toMatch(/^Neo\.ClientError\./);
    // pino writes the error's cause after it (a GQLError with frames of the driver reading the reply).
    const [own] = (line.err.stack as string).split('\ncaused by: ');
    expect(own.split('\n').filter((frame) => /^\s+at /.test(frame))).toEqual([]);
  });

  it('passes a GraphQL error thrown by the work through, rolled back and not retried', async () => {
    let attempts = 0;
    const refused = executor().writeAll(async (tx) => {
      attempts += 1;
      await tx.run('createEntity', newWork('refused'));
      throw new GraphQLError('refused by the caller', { extensions: { code: 'BAD_USER_INPUT' } });
    });
    await expect(refused).rejects.toMatchObject({ message: 'refused by the caller', extensions: { code: 'BAD_USER_INPUT' } });
    expect(attempts).toBe(1);
    expect(await exists('refused')).toBe(false);
  });
});
