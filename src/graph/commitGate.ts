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
 * Writer-preferring, so a steady stream of reads cannot starve commits: once a commit waits, reads that
 * arrive after it queue behind it. Waiters are served first come, first served; waiters of one kind
 * next to one another in the queue go in together. Turns are handed over on release; nothing polls.
 */
export class CommitGate {
  private holders = 0;
  private holding: Turn = 'read';
  private readonly waiting: Waiter[] = [];

  /** Runs `work` holding a read turn: alongside other reads, never while a commit is applied. */
  read<T>(work: () => Promise<T>): Promise<T> {
    return this.holdingTurn('read', work);
  }

  /** Runs `work` holding a commit turn: no read runs until it settles. */
  commit<T>(work: () => Promise<T>): Promise<T> {
    return this.holdingTurn('commit', work);
  }

  /** Turns held and waiting, for tests and diagnostics. */
  get state(): { reads: number; commits: number; waiting: number } {
    return {
      reads: this.holding === 'read' ? this.holders : 0,
      commits: this.holding === 'commit' ? this.holders : 0,
      waiting: this.waiting.length,
    };
  }

  private async holdingTurn<T>(kind: Turn, work: () => Promise<T>): Promise<T> {
    await this.enter(kind);
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  private enter(kind: Turn): Promise<void> {
    // Anyone already waiting goes first (FIFO); otherwise join the holders if they are of one's kind.
    if (this.waiting.length === 0 && (this.holders === 0 || this.holding === kind)) {
      this.take(kind);
      return Promise.resolve();
    }
    return new Promise((admit) => this.waiting.push({ kind, admit }));
  }

  private leave(): void {
    this.holders -= 1;
    if (this.holders === 0) this.admitWaiting();
  }

  /** Hands the free gate to the head of the queue and every waiter of its kind right behind it. */
  private admitWaiting(): void {
    const kind = this.waiting[0]?.kind;
    while (this.waiting.length > 0 && this.waiting[0].kind === kind) {
      const next = this.waiting.shift()!;
      // The turn is taken here, before the waiter resumes, so no newcomer can slip in between.
      this.take(kind);
      next.admit();
    }
  }

  private take(kind: Turn): void {
    this.holding = kind;
    this.holders += 1;
  }
}

type Turn = 'read' | 'commit';

interface Waiter {
  kind: Turn;
  admit: () => void;
}
