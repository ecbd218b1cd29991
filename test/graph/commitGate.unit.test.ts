/**
 * The commit gate's rules, step by step: each turn's work is a promise the test settles by hand, the
 * test waits for the event loop to go quiet before it looks, and the hold-back window's timer is jest's
 * fake one, moved on by hand, so nothing depends on timing.
 */
import { CommitGate, HoldBack } from '../../src/graph/commitGate';

/** The window of the tests' commits, and how long they give way to reads. */
const WINDOW_MS = 100;
const HOLD_BACK: HoldBack = { windowMs: WINDOW_MS, giveWayForMs: 10_000 };

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] }));
afterEach(() => jest.useRealTimers());

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
function turn(gate: CommitGate, kind: 'read' | 'commit', name: string, log: string[], holdBack = HOLD_BACK) {
  const work = deferred();
  const run = async () => {
    log.push(`${name} in`);
    await work.promise;
    log.push(`${name} out`);
  };
  const done = kind === 'read' ? gate.read(run) : gate.commit(run, holdBack);
  return { done, finish: work.resolve, fail: work.reject };
}

/** Moves the fake clock on by `ms`, firing the timers due and running what each sets off, in order. */
async function after(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
  await settle();
}

/** A turn whose work lasts `ms` on the fake clock from the moment it is let in. */
function timedTurn(gate: CommitGate, kind: 'read' | 'commit', name: string, ms: number, log: string[], holdBack = HOLD_BACK) {
  const run = async () => {
    log.push(`${name} in`);
    await new Promise((r) => setTimeout(r, ms));
    log.push(`${name} out`);
  };
  return kind === 'read' ? gate.read(run) : gate.commit(run, holdBack);
}

/**
 * Starts a read of `lengthMs` every `everyMs` until `forMs` have passed on the fake clock, calling
 * `at[t]` when the clock reads t; then lets everything run out. Resolves once every read has ended.
 */
async function readStream(
  gate: CommitGate,
  log: string[],
  { everyMs, lengthMs, forMs }: Record<string, number>,
  at: Record<number, () => void> = {},
): Promise<void> {
  const reads: Promise<void>[] = [];
  for (let t = 0; t < forMs; t += everyMs) {
    at[t]?.();
    reads.push(timedTurn(gate, 'read', `read ${reads.length}`, lengthMs, log));
    await after(everyMs);
  }
  await after(60_000);
  await Promise.all(reads);
}

/** Fails if a read and a commit are ever in at once, or two of `log`'s turns overlap wrongly. */
function neverOverlapping(log: string[]): void {
  const inside = new Set<string>();
  for (const entry of log) {
    const [name, move] = [entry.slice(0, entry.lastIndexOf(' ')), entry.slice(entry.lastIndexOf(' ') + 1)];
    if (move === 'in') {
      const kinds = new Set([...inside, name].map((n) => n.split(' ')[0]));
      expect({ at: entry, kinds: [...kinds] }).toEqual({ at: entry, kinds: [name.split(' ')[0]] });
      inside.add(name);
    } else inside.delete(name);
  }
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
  it('lets reads held back by a commit in after one window while a slow read holds the gate, and the commit after the reads', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const slow = turn(gate, 'read', 'read slow', log);
    const commit = turn(gate, 'commit', 'commit', log);
    const lookups = [turn(gate, 'read', 'read 1', log), turn(gate, 'read', 'read 2', log)];
    await settle();
    expect(log).toEqual(['read slow in']);
    expect(gate.state).toEqual({ reads: 1, commits: 0, waiting: 3 });
    await after(WINDOW_MS - 1);
    expect(log).toEqual(['read slow in']);
    await after(1);
    // The window is over: the lookups join the slow read; the commit still waits.
    expect(log).toEqual(['read slow in', 'read 1 in', 'read 2 in']);
    expect(gate.state).toEqual({ reads: 3, commits: 0, waiting: 1 });
    lookups.forEach((l) => l.finish());
    await Promise.all(lookups.map((l) => l.done));
    // The commit asserts its preference again: a read arriving now waits one more window.
    const later = turn(gate, 'read', 'read 3', log);
    await after(WINDOW_MS - 1);
    expect(log.at(-1)).toBe('read 2 out');
    await after(1);
    expect(log.at(-1)).toBe('read 3 in');
    later.finish();
    await later.done;
    slow.finish();
    await settle();
    expect(log.slice(-2)).toEqual(['read slow out', 'commit in']);
    commit.finish();
    await commit.done;
    expect(log.indexOf('read 1 out')).toBeLessThan(log.indexOf('read slow out'));
    neverOverlapping(log);
    expect(gate.state).toEqual({ reads: 0, commits: 0, waiting: 0 });
    expect(jest.getTimerCount()).toBe(0);
  });

  it('lets a commit in the moment the reads drain, between windows, and stops its window', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const slow = turn(gate, 'read', 'read slow', log);
    const commit = turn(gate, 'commit', 'commit', log);
    const admitted = turn(gate, 'read', 'read 1', log);
    await after(WINDOW_MS);
    expect(log).toEqual(['read slow in', 'read 1 in']);
    const heldBack = turn(gate, 'read', 'read 2', log);
    slow.finish();
    await settle();
    expect(log.at(-1)).toBe('read slow out');
    admitted.finish();
    await settle();
    // No window had to end: the gate was free, so the commit went in, ahead of read 2.
    expect(log.slice(-2)).toEqual(['read 1 out', 'commit in']);
    expect(jest.getTimerCount()).toBe(0);
    await after(WINDOW_MS);
    expect(log.at(-1)).toBe('commit in');
    commit.finish();
    await settle();
    expect(log.slice(-2)).toEqual(['commit out', 'read 2 in']);
    heldBack.finish();
    await heldBack.done;
    neverOverlapping(log);
  });

  it('does not starve a commit under a stream of overlapping short reads', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    // A read of 80 ms every 20 ms: four at a time, and the gate never free while reads come in freely.
    let commit: Promise<void> | undefined;
    let arrived = 0;
    const startCommit = () => {
      commit = timedTurn(gate, 'commit', 'commit', 5, log);
      arrived = log.filter((e) => e.endsWith(' in')).length;
    };
    await readStream(gate, log, { everyMs: 20, lengthMs: 80, forMs: 2000 }, { 200: startCommit });
    await commit;
    // The commit went in once the reads it found had ended (80 ms, under one window), before any later read.
    const commitIn = log.indexOf('commit in');
    expect(log.slice(0, commitIn).filter((e) => e.endsWith(' in'))).toHaveLength(arrived);
    expect(log.slice(commitIn, commitIn + 2)).toEqual(['commit in', 'commit out']);
    neverOverlapping(log);
  });

  it('does not starve a commit behind a slow read and a stream of short reads: it goes in within a window of the slow read', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const slow = timedTurn(gate, 'read', 'read slow', 1000, log);
    await after(10);
    const commit = timedTurn(gate, 'commit', 'commit', 5, log);
    await readStream(gate, log, { everyMs: 20, lengthMs: 30, forMs: 2000 });
    await Promise.all([slow, commit]);
    const slowOut = log.indexOf('read slow out');
    // While the slow read ran, the stream's reads went in and out, window after window...
    expect(log.slice(0, slowOut).filter((e) => e.endsWith(' out')).length).toBeGreaterThan(20);
    // ...and once it ended, the commit went in after at most the one batch of reads let in before it.
    const commitIn = log.indexOf('commit in');
    const between = log.slice(slowOut + 1, commitIn);
    expect(between.every((e) => e.endsWith(' out'))).toBe(true);
    expect(between.length).toBeLessThanOrEqual(5);
    neverOverlapping(log);
  });

  it('gives way only while a read it found holds the gate, so reads longer than a window cannot starve it', async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const holdBack = { windowMs: WINDOW_MS, giveWayForMs: 60_000 };
    const first = timedTurn(gate, 'read', 'read first', 150, log);
    const commit = timedTurn(gate, 'commit', 'commit', 5, log, holdBack);
    // Reads of 150 ms, every 50 ms: each batch let in outlasts the next window, as reads do on a loaded machine.
    await readStream(gate, log, { everyMs: 50, lengthMs: 150, forMs: 3000 });
    await Promise.all([first, commit]);
    const commitIn = log.indexOf('commit in');
    // While the read it found ran, the reads behind the commit went past it (one window's worth)...
    expect(log.slice(0, commitIn).filter((e) => e.endsWith(' in')).length).toBeGreaterThan(1);
    // ...and once that read was done, it held new reads back and was in as soon as those let past had drained,
    // long before its give-way time (60 s) and the stream's end.
    expect(log.slice(0, commitIn)).not.toContain('read 6 in');
    neverOverlapping(log);
  });
});
