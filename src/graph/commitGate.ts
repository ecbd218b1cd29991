/**
 * A readers–writer gate between the reads this process sends to Neo4j and the commits it makes.
 *
 * Why it exists: Neo4j Community reads at read-committed isolation and a reader takes no locks, so a
 * read can run while another transaction's commit is being applied to the store and its indexes. It
 * then sees that commit half done: a new node without the relationship created with it, or one of two
 * properties set together. Neo4j offers readers nothing stronger, so the executor holds a read turn for
 * a read's statements and a commit turn only around a write's `commit()`: a reader that holds its turn
 * can never overlap the application of a commit made through this process. Commits made by other
 * processes (another server replica, a shell) are not seen by this gate.
 *
 * Reads share the gate with reads, and commits with commits (Neo4j applies concurrent commits safely;
 * only a read must not overlap one): a commit waiting behind another would hold its row locks longer.
 * Waiters are served first come, first served; waiters of one kind next to one another in the queue go
 * in together. Turns are handed over on release, and by one timer per waiting commit; nothing polls.
 *
 * The policy, bounded writer preference. A commit that waits behind reads holds back the reads that
 * arrive after it, so a stream of reads cannot starve it (writer preference, as in the second problem of
 * Courtois, Heymans and Parnas 1971, and Go's sync.RWMutex). But it may hold them back for at most one
 * window (`HoldBack.windowMs`): if the reads holding the gate have not drained by then, one of them is
 * slow (a read may run to the transaction timeout, 10 s), and the held-back reads are let in alongside
 * it; the commit then asserts its preference again for the next window, and takes its turn at the first
 * moment no read holds the gate. Without the window, one slow read and one queued commit stalled every
 * read for the slow read's whole run (issue 32: 14 ms lookups took 9-9.8 s). Like a phase-fair lock
 * (Brandenburg and Anderson, "Spin-based reader-writer synchronization for multiprocessor real-time
 * systems", Real-Time Systems 46(1), 2010) no one waits more than a bounded time, but the bound on
 * readers is a time, not a phase: a phase here may be a 10 s read.
 *
 * Why the commit still gets in: it gives way only while a read that held the gate when it began to wait is
 * still running (a slow read it found). Once those are done it holds new reads back and waits only for the reads
 * let past it, which started after it and are as long as reads usually are. An earlier form gave way after every
 * window whatever the reads inside were, and on a loaded machine, where ordinary reads outlast a window, it let
 * reads past window after window until the commit had waited the transaction timeout (concurrency.test: writes
 * past 24 s, two unanswered). As a last bound a commit stops giving way once it has waited `HoldBack.giveWayForMs`
 * (the transaction timeout). A commit thus waits at most for the reads it found plus the reads let past it.
 *
 * Measured side by side under a mixed load (lookups every 50 ms, a write every 500 ms, one read running to
 * the timeout; bench/results/2026-12-07-gate): lookups sent while the slow read ran 2,518 → 82 ms p50 and
 * 5,343 → 928 ms p99 on a loaded machine; writes, bound by the slow read either way, 4,143 → 2,941 ms p50.
 */
export class CommitGate {
  private holders = 0;
  private holding: Turn = 'read';
  private readonly waiting: Waiter[] = [];
  /** The timer of the window of the commit at the head of the queue, while reads hold the gate. */
  private window?: ReturnType<typeof setTimeout>;
  /** When each read holding the gate took its turn (Date.now()), to tell the reads a commit found there. */
  private readonly readsStarted = new Set<HeldTurn>();

  /** Runs `work` holding a read turn: alongside other reads, never while a commit is applied. */
  read<T>(work: () => Promise<T>): Promise<T> {
    return this.holdingTurn('read', work, NO_HOLD_BACK);
  }

  /** Runs `work` holding a commit turn: no read runs until it settles. */
  commit<T>(work: () => Promise<T>, holdBack: HoldBack = DEFAULT_HOLD_BACK): Promise<T> {
    return this.holdingTurn('commit', work, holdBack);
  }

  /** Turns held and waiting, for tests and diagnostics. */
  get state(): { reads: number; commits: number; waiting: number } {
    return {
      reads: this.holding === 'read' ? this.holders : 0,
      commits: this.holding === 'commit' ? this.holders : 0,
      waiting: this.waiting.length,
    };
  }

  private async holdingTurn<T>(kind: Turn, work: () => Promise<T>, holdBack: HoldBack): Promise<T> {
    const turn: HeldTurn = { at: 0 };
    await this.enter(kind, holdBack, turn);
    try {
      return await work();
    } finally {
      this.readsStarted.delete(turn);
      this.leave();
    }
  }

  /**
   * Whether a read that held the gate when `commit` began to wait still holds it. Only such a read earns the
   * held-back reads a way past: once the reads the commit found are done, it waits only for the reads let past
   * it, which are as short as reads usually are, and holds back new ones until it is in. Without this rule, reads
   * slower than a window (any read on a loaded machine) were let past window after window and kept the commit
   * out until it had waited the transaction timeout.
   */
  private foundHolding(commit: Waiter): boolean {
    for (const read of this.readsStarted) if (read.at <= commit.since) return true;
    return false;
  }

  private enter(kind: Turn, holdBack: HoldBack, turn: HeldTurn): Promise<void> {
    // Anyone already waiting goes first (FIFO); otherwise join the holders if they are of one's kind.
    if (this.waiting.length === 0 && (this.holders === 0 || this.holding === kind)) {
      this.take(kind, turn);
      return Promise.resolve();
    }
    return new Promise((admit) => {
      this.waiting.push({ kind, admit, since: Date.now(), holdBack, turn });
      this.openWindow();
    });
  }

  private leave(): void {
    this.holders -= 1;
    if (this.holders === 0) this.admitWaiting();
  }

  /** Hands the free gate to the head of the queue and every waiter of its kind right behind it. */
  private admitWaiting(): void {
    this.closeWindow();
    const kind = this.waiting[0]?.kind;
    while (this.waiting.length > 0 && this.waiting[0].kind === kind) {
      const next = this.waiting.shift()!;
      // The turn is taken here, before the waiter resumes, so no newcomer can slip in between.
      this.take(kind, next.turn);
      next.admit();
    }
    this.openWindow();
  }

  /** Starts the window of the commit heading the queue, if reads hold the gate and it still gives way. */
  private openWindow(): void {
    const head = this.waiting[0];
    if (this.window || head?.kind !== 'commit' || this.holding !== 'read' || this.holders === 0) return;
    if (Date.now() - head.since >= head.holdBack.giveWayForMs || !this.foundHolding(head)) return;
    this.window = setTimeout(() => this.windowEnded(), head.holdBack.windowMs);
    // A waiting commit is no reason to keep the process alive.
    this.window.unref?.();
  }

  private closeWindow(): void {
    clearTimeout(this.window);
    this.window = undefined;
  }

  /**
   * The reads holding the gate did not drain within the window (else the commit would be in and the
   * timer cleared): the reads held back join them, and the commit's next window begins.
   */
  private windowEnded(): void {
    this.window = undefined;
    const head = this.waiting[0];
    if (head?.kind !== 'commit' || !this.foundHolding(head)) return;
    const heldBack = this.waiting.filter((w) => w.kind === 'read');
    this.waiting.splice(0, this.waiting.length, ...this.waiting.filter((w) => w.kind === 'commit'));
    for (const read of heldBack) {
      this.take('read', read.turn);
      read.admit();
    }
    this.openWindow();
  }

  private take(kind: Turn, turn: HeldTurn): void {
    this.holding = kind;
    this.holders += 1;
    if (kind === 'read') {
      turn.at = Date.now();
      this.readsStarted.add(turn);
    }
  }
}

/** How long a waiting commit keeps back the reads that arrive after it (see the policy above). */
export interface HoldBack {
  /** Longest it holds them back while the reads holding the gate do not drain (COMMIT_GATE_HOLD_BACK_MS). */
  windowMs: number;
  /** After waiting this long it stops letting them past, so that it cannot starve: the transaction timeout. */
  giveWayForMs: number;
}

/**
 * COMMIT_GATE_HOLD_BACK_MS's default. An order of magnitude above a lookup (14 ms median), so that
 * reads in flight drain within one window and the window only opens behind a slow read; a read's added
 * wait stays near the 100 ms under which a person feels an answer as immediate (Nielsen); and small
 * against the transaction timeout a slow read may run to.
 */
export const DEFAULT_HOLD_BACK_MS = 100;

/** What a commit made without terms of its own gets: the server's defaults. */
export const DEFAULT_HOLD_BACK: HoldBack = { windowMs: DEFAULT_HOLD_BACK_MS, giveWayForMs: 10_000 };

/** Reads hold nothing back; the value only fills the slot. */
const NO_HOLD_BACK: HoldBack = { windowMs: 0, giveWayForMs: 0 };

type Turn = 'read' | 'commit';

/** A turn as held: when it was taken (Date.now()). */
interface HeldTurn {
  at: number;
}

interface Waiter {
  kind: Turn;
  turn: HeldTurn;
  admit: () => void;
  /** When it started waiting (Date.now()). */
  since: number;
  holdBack: HoldBack;
}
