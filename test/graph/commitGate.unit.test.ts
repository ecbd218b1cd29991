/**
 * The commit gate's rules, step by step: each turn's work is a promise the test settles by hand, and
 * the test waits for the event loop to go quiet before it looks, so nothing depends on timing.
 */
import { CommitGate } from '../../src/graph/commitGate';

/** A promise the test resolves or rejects when it chooses. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void } {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run (a macrotask comes after all queued microtasks). */
const settle = () => new Promise((r) => setImmediate(r));

/** A turn taken on the gate, recording in `log` when its work starts and when it ends. */
function turn(gate: CommitGate, kind: 'read' | 'commit', name: string, log: string[]) {
  const work = deferred();
  const done = gate[kind](async () => {
    log.push(`${name} in`);
    await work.promise;
    log.push(`${name} out`);
  });
  return { done, finish: work.resolve, fail: work.reject };
}

describe('the commit gate', () => {
  it('lets reads share it', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const a = turn(gate, 'read', 'read A', log);
    const b = turn(gate, 'read', 'read B', log);
    await settle();
    expect(log).toEqual(['read A in', 'read B in']);
    expect(gate.state).toEqual({ reads: 2, commits: 0, waiting: 0 });
    a.finish();
    b.finish();
    await Promise.all([a.done, b.done]);
    expect(gate.state).toEqual({ reads: 0, commits: 0, waiting: 0 });
  });

  it('keeps a read waiting while a commit holds it, and lets it in when the commit ends', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const commit = turn(gate, 'commit', 'commit', log);
    const read = turn(gate, 'read', 'read', log);
    await settle();
    expect(log).toEqual(['commit in']);
    expect(gate.state).toEqual({ reads: 0, commits: 1, waiting: 1 });
    commit.finish();
    await settle();
    expect(log).toEqual(['commit in', 'commit out', 'read in']);
    read.finish();
    await read.done;
  });

  it('keeps a commit waiting until the reads already in have finished', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const a = turn(gate, 'read', 'read A', log);
    const b = turn(gate, 'read', 'read B', log);
    const commit = turn(gate, 'commit', 'commit', log);
    await settle();
    expect(log).toEqual(['read A in', 'read B in']);
    a.finish();
    await settle();
    expect(log).toEqual(['read A in', 'read B in', 'read A out']);
    b.finish();
    await settle();
    expect(log).toEqual(['read A in', 'read B in', 'read A out', 'read B out', 'commit in']);
    commit.finish();
    await commit.done;
  });

  it('queues reads that arrive after a waiting commit behind it, so commits are not starved', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const first = turn(gate, 'read', 'read 1', log);
    const commit = turn(gate, 'commit', 'commit', log);
    const later = turn(gate, 'read', 'read 2', log);
    await settle();
    // Read 2 could share with read 1, but a commit waits before it.
    expect(log).toEqual(['read 1 in']);
    expect(gate.state).toEqual({ reads: 1, commits: 0, waiting: 2 });
    first.finish();
    await settle();
    expect(log).toEqual(['read 1 in', 'read 1 out', 'commit in']);
    commit.finish();
    await settle();
    expect(log).toEqual(['read 1 in', 'read 1 out', 'commit in', 'commit out', 'read 2 in']);
    later.finish();
    await later.done;
  });

  it('serves waiters in arrival order, waiters of one kind next to one another together', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const holder = turn(gate, 'commit', 'commit 1', log);
    const queued = [
      turn(gate, 'read', 'read A', log),
      turn(gate, 'read', 'read B', log),
      turn(gate, 'commit', 'commit 2', log),
      turn(gate, 'commit', 'commit 3', log),
      turn(gate, 'read', 'read C', log),
    ];
    await settle();
    expect(gate.state).toEqual({ reads: 0, commits: 1, waiting: 5 });
    holder.finish();
    await settle();
    expect(log).toEqual(['commit 1 in', 'commit 1 out', 'read A in', 'read B in']);
    // A newcomer read may not pass commit 2, though reads hold the gate now.
    const newcomer = turn(gate, 'read', 'read D', log);
    await settle();
    expect(log.at(-1)).toBe('read B in');
    queued[0].finish();
    queued[1].finish();
    await settle();
    expect(log.slice(4)).toEqual(['read A out', 'read B out', 'commit 2 in', 'commit 3 in']);
    queued[2].finish();
    await settle();
    expect(log.slice(8)).toEqual(['commit 2 out']);
    queued[3].finish();
    await settle();
    expect(log.slice(9)).toEqual(['commit 3 out', 'read C in', 'read D in']);
    queued[4].finish();
    newcomer.finish();
    await Promise.all([...queued.map((q) => q.done), newcomer.done]);
    expect(gate.state).toEqual({ reads: 0, commits: 0, waiting: 0 });
  });

  it('lets commits share it with commits, unless a read waits', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const first = turn(gate, 'commit', 'commit 1', log);
    const second = turn(gate, 'commit', 'commit 2', log);
    await settle();
    expect(gate.state).toEqual({ reads: 0, commits: 2, waiting: 0 });
    const read = turn(gate, 'read', 'read', log);
    const third = turn(gate, 'commit', 'commit 3', log);
    await settle();
    expect(log).toEqual(['commit 1 in', 'commit 2 in']);
    first.finish();
    await settle();
    expect(log.slice(2)).toEqual(['commit 1 out']);
    second.finish();
    await settle();
    expect(log.slice(3)).toEqual(['commit 2 out', 'read in']);
    read.finish();
    await settle();
    expect(log.slice(5)).toEqual(['read out', 'commit 3 in']);
    third.finish();
    await third.done;
  });

  it('releases the turn of work that fails, passing the failure on', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const commit = turn(gate, 'commit', 'commit', log);
    const read = turn(gate, 'read', 'read', log);
    const next = turn(gate, 'commit', 'next commit', log);
    await settle();
    commit.fail(new Error('commit refused'));
    await expect(commit.done).rejects.toThrow('commit refused');
    await settle();
    expect(log).toEqual(['commit in', 'read in']);
    read.fail(new Error('read failed'));
    await expect(read.done).rejects.toThrow('read failed');
    await settle();
    expect(log).toEqual(['commit in', 'read in', 'next commit in']);
    next.finish();
    await next.done;
    expect(gate.state).toEqual({ reads: 0, commits: 0, waiting: 0 });
  });

  it('releases the turn when the work throws before returning a promise', async () => {
    const gate = new CommitGate();
    await expect(
      gate.commit(() => {
        throw new Error('thrown at once');
      }),
    ).rejects.toThrow('thrown at once');
    await expect(gate.read(async () => 'read after')).resolves.toBe('read after');
    expect(gate.state).toEqual({ reads: 0, commits: 0, waiting: 0 });
  });
});
