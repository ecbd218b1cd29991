/**
 * The warm-up's bookkeeping (src/server/warmup.ts), without Neo4j: each saved query once and in order,
 * failures logged and never thrown, one warm-up at a time, and a Neo4j that went away during one warmed again.
 */
import type { SavedQuery } from '../../src/server/pages';
import { GraphQLError } from 'graphql';
import { neo4jSeen, PlanWarmth, warmSavedQueries, WarmUpResult } from '../../src/server/warmup';
import { recordingLogger } from '../support/neo4j';

const saved = (n: number): SavedQuery[] =>
  Array.from({ length: n }, (_, i) => ({
    file: `0${i + 1}-q.graphql`,
    number: `0${i + 1}`,
    operationName: `Q${i}`,
    question: '',
    text: '',
  }));

/** A warm-up whose end the test decides. */
function heldWarmUp() {
  const calls: string[] = [];
  const ends: ((r: WarmUpResult) => void)[] = [];
  const warmUp = (reason: string) => {
    calls.push(reason);
    return new Promise<WarmUpResult>((resolve) => ends.push(resolve));
  };
  const finish = (failed: WarmUpResult['failed'] = []) => ends.shift()!({ count: 2, ms: 1, failed });
  return { calls, warmUp, finish };
}

describe('warmSavedQueries', () => {
  it('runs every saved query once, in order, goes on past failures, and logs one line with the count', async () => {
    const { logger, lines } = recordingLogger('info');
    const ran: string[] = [];
    const result = await warmSavedQueries(
      saved(3),
      async (q) => {
        ran.push(q.file);
        if (q.number === '02') throw new Error('socket closed');
        return q.number === '03' ? ['QUERY_TIMEOUT'] : [];
      },
      logger,
      'start',
    );
    expect(ran).toEqual(['01-q.graphql', '02-q.graphql', '03-q.graphql']);
    expect(result.count).toBe(3);
    expect(result.failed).toEqual([
      { file: '02-q.graphql', codes: ['thrown: socket closed'] },
      { file: '03-q.graphql', codes: ['QUERY_TIMEOUT'] },
    ]);
    expect(lines.map((l) => [l.level, l.savedQueries, l.reason])).toEqual([[40, 3, 'start']]);
    expect(lines[0].msg).toMatch(/^warmed the plans of 3 saved queries in \d+ ms; 2 failed$/);
  });

  it('stops between queries once asked to', async () => {
    const ran: string[] = [];
    const result = await warmSavedQueries(
      saved(3),
      async (q) => (ran.push(q.file), []),
      recordingLogger('info').logger,
      'start',
      () => ran.length >= 1,
    );
    expect(ran).toEqual(['01-q.graphql']);
    expect(result.count).toBe(1);
  });
});

describe('PlanWarmth', () => {
  it('is cold until a warm-up ends, starts one warm-up however often Neo4j is seen answering, and is warm after it', async () => {
    const held = heldWarmUp();
    const warmth = new PlanWarmth(held.warmUp, recordingLogger('info').logger);
    expect(warmth.state).toBe('cold');
    const first = warmth.neo4jAnswers('start');
    void warmth.neo4jAnswers('neo4j answers again');
    expect(warmth.state).toBe('warming');
    expect(held.calls).toEqual(['start']);
    held.finish();
    await first;
    expect(warmth.state).toBe('warm');
    await warmth.neo4jAnswers('neo4j answers again');
    expect(held.calls).toEqual(['start']);
  });

  it('warms again after Neo4j went away, and after a restart', async () => {
    const held = heldWarmUp();
    const warmth = new PlanWarmth(held.warmUp, recordingLogger('info').logger);
    const start = warmth.neo4jAnswers('start');
    held.finish();
    await start;
    warmth.neo4jAway();
    expect(warmth.state).toBe('cold');
    const again = warmth.neo4jAnswers('neo4j answers again');
    held.finish();
    await again;
    warmth.neo4jAway(); // the supervisor saw it die, then started it again
    const restart = warmth.neo4jAnswers('neo4j restarted');
    expect(warmth.state).toBe('warming');
    held.finish();
    await restart;
    expect(held.calls).toEqual(['start', 'neo4j answers again', 'neo4j restarted']);
    expect(warmth.state).toBe('warm');
  });

  it('counts a warm-up during which Neo4j went away for nothing, and one whose queries failed as done', async () => {
    const held = heldWarmUp();
    const warmth = new PlanWarmth(held.warmUp, recordingLogger('info').logger);
    const start = warmth.neo4jAnswers('start');
    warmth.neo4jAway();
    held.finish();
    await start;
    expect(warmth.state).toBe('cold');
    const again = warmth.neo4jAnswers('neo4j answers again');
    held.finish([{ file: '01-q.graphql', codes: ['QUERY_TIMEOUT'] }]);
    await again;
    // A query that failed is logged and the plans count as warm: the server serves rather than waits for ever.
    expect(warmth.state).toBe('warm');
    expect(held.calls).toEqual(['start', 'neo4j answers again']);
  });

  it('starts no warm-up once stopped', async () => {
    const held = heldWarmUp();
    const warmth = new PlanWarmth(held.warmUp, recordingLogger('info').logger);
    warmth.stop();
    await warmth.neo4jAnswers('start');
    expect(held.calls).toEqual([]);
  });
});

describe('neo4jSeen', () => {
  it('takes an unreachable Neo4j for away and a ping that ran out of time for slow', () => {
    const failure = (code: string) => new GraphQLError('ping failed', { extensions: { code } });
    expect([failure('SERVICE_UNAVAILABLE'), failure('QUERY_TIMEOUT'), new Error('other')].map(neo4jSeen)).toEqual(['away', 'slow', 'slow']);
  });
});
