import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import type { Logger } from '../logger';
import type { Graph } from './graph';
import { ChangeRecord, History } from './history';

/**
 * The feed of committed changes, read from the database's change log, so that a subscriber on any
 * process sees every change committed by any process (another replica, `npm run import`, the seed).
 * One poller per process reads the `:Change` nodes after the last `seq` it has seen and hands them to
 * this process's subscribers in `seq` order. The change log's lock makes `seq` order commit order and
 * leaves no gap (a rolled-back write gives its numbers back), so "after my last seq" misses nothing.
 *
 * A subscriber may start after a seq it saw before: it reads what it missed from the log, page by page
 * as it consumes them, and joins the poller's deliveries once it has caught up with them; a change is
 * handed over only when its seq is past the subscriber's last one, so nothing comes twice. The poller
 * runs only while this process has subscribers, and survives Neo4j going away by retrying.
 */
export interface FeedOptions {
  /** Pause between two polls of the change log (FEED_POLL_MS). */
  pollMs: number;
  /** Changes a subscriber may leave unread before it is closed (FEED_MAX_BEHIND). */
  maxBehind: number;
  logger?: Logger;
}

/** Changes read from the log at once, by the poller and by a subscriber catching up. */
export const FEED_PAGE = 100;
/** The longest pause between polls while Neo4j does not answer. */
const MAX_RETRY_MS = 5000;

/** The error a subscriber that fell too far behind receives: it may subscribe again after `lastDelivered`. */
export function feedBehind(maxBehind: number, lastDelivered: number): GraphQLError {
  return new GraphQLError(
    `The subscription fell more than ${maxBehind} changes behind (FEED_MAX_BEHIND) and was closed; ` +
      `subscribe again with after: ${lastDelivered} to go on from the last change delivered.`,
    { extensions: { code: ErrorCode.FEED_BEHIND, limit: maxBehind, lastDelivered } },
  );
}

/** One subscriber: what it has been given (`cursor`), what it has not read yet, and whether it is past its catch-up. */
class Subscriber {
  cursor = 0;
  live = false;
  done = false;
  delivered = 0;
  private readonly queue: ChangeRecord[] = [];
  private failure?: GraphQLError;
  private wake?: () => void;

  constructor(private readonly maxBehind: number) {}

  get unread(): number {
    return this.queue.length;
  }

  /** Takes the changes past its cursor, in order; past the bound, it is closed instead. */
  accept(records: ChangeRecord[]): void {
    if (this.done) return;
    for (const record of records) {
      if (record.seq <= this.cursor) continue;
      this.queue.push(record);
      this.cursor = record.seq;
    }
    if (this.queue.length > this.maxBehind) {
      this.failure = feedBehind(this.maxBehind, this.delivered);
      this.queue.length = 0;
      this.done = true;
    }
    this.wake?.();
  }

  end(): void {
    this.done = true;
    this.wake?.();
  }

  async next(): Promise<IteratorResult<ChangeRecord>> {
    while (this.queue.length === 0 && !this.done) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
    const record = this.queue.shift();
    if (record) {
      this.delivered = record.seq;
      return { value: record, done: false };
    }
    if (this.failure) {
      const failure = this.failure;
      this.failure = undefined;
      throw failure;
    }
    return { value: undefined, done: true };
  }
}

const pause = (ms: number, wake: (resume: () => void) => void) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake(() => {
      clearTimeout(timer);
      resolve();
    });
  });

export class ChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  /** The last seq the poller has read and handed out; unknown until its first poll. */
  private head?: number;
  private headKnown?: Promise<void>;
  private announceHead?: () => void;
  private polling = false;
  private closed = false;
  private pollNow?: () => void;

  constructor(
    private readonly graph: Graph,
    private readonly options: FeedOptions,
  ) {}

  /**
   * Every change committed after `after` (by default: from now on, as of the poller's last read), in
   * commit order, until the iterator is returned. Past FEED_MAX_BEHIND unread, `next()` rejects with
   * FEED_BEHIND naming the last seq delivered.
   */
  subscribe(after?: number): AsyncIterableIterator<ChangeRecord> {
    const subscriber = new Subscriber(this.options.maxBehind);
    this.subscribers.add(subscriber);
    this.startPolling();
    void this.admit(subscriber, after);
    const stop = () => {
      subscriber.end();
      this.subscribers.delete(subscriber);
    };
    const iterator: AsyncIterableIterator<ChangeRecord> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        try {
          return await subscriber.next();
        } catch (err) {
          stop();
          throw err;
        }
      },
      return: async () => {
        stop();
        return { value: undefined, done: true };
      },
    };
    return iterator;
  }

  /** Says that this process has just committed changes: the poller reads the log now rather than at its next turn. */
  publish(records: ChangeRecord[]): void {
    if (records.length > 0) this.pollNow?.();
  }

  /** How many subscribers this process feeds. */
  get size(): number {
    return this.subscribers.size;
  }

  /** Ends every subscription and the poller. */
  close(): void {
    this.closed = true;
    for (const subscriber of this.subscribers) subscriber.end();
    this.subscribers.clear();
    this.pollNow?.();
  }

  /** Catches a subscriber up from `after` to the poller's head, then lets the poller feed it. */
  private async admit(subscriber: Subscriber, after: number | undefined): Promise<void> {
    await this.headKnown;
    subscriber.cursor = after ?? this.head!;
    subscriber.delivered = subscriber.cursor;
    let failures = 0;
    while (!subscriber.done && subscriber.cursor < this.head!) {
      if (subscriber.unread >= FEED_PAGE) {
        await pause(this.options.pollMs, () => undefined);
        continue;
      }
      try {
        const records = await this.read(subscriber.cursor);
        failures = 0;
        subscriber.accept(records);
        if (records.length === 0) break;
      } catch (err) {
        await this.waitAfterFailure(++failures, err, 'catching up a subscriber');
      }
    }
    subscriber.live = true;
  }

  private startPolling(): void {
    if (this.polling || this.closed) return;
    this.polling = true;
    this.head = undefined;
    this.headKnown = new Promise((resolve) => (this.announceHead = resolve));
    void this.poll();
  }

  private async poll(): Promise<void> {
    let failures = 0;
    while (this.subscribers.size > 0 && !this.closed) {
      try {
        await this.readNew();
        failures = 0;
        await pause(this.options.pollMs, (resume) => (this.pollNow = resume));
      } catch (err) {
        await this.waitAfterFailure(++failures, err, 'polling the change log');
      }
    }
    this.polling = false;
    this.pollNow = undefined;
    this.announceHead?.();
  }

  /** Reads every change past the head, page by page, handing each page to the subscribers that are caught up. */
  private async readNew(): Promise<void> {
    if (this.head === undefined) {
      this.head = await this.lastSeq();
      this.announceHead?.();
    }
    for (;;) {
      const records = await this.read(this.head);
      if (records.length === 0) return;
      for (const subscriber of this.subscribers) if (subscriber.live) subscriber.accept(records);
      this.head = records[records.length - 1].seq;
      if (records.length < FEED_PAGE) return;
    }
  }

  private async waitAfterFailure(failures: number, err: unknown, doing: string): Promise<void> {
    const retryInMs = Math.min(this.options.pollMs * 2 ** failures, MAX_RETRY_MS);
    this.options.logger?.warn({ retryInMs, reason: (err as Error).message }, `feed: ${doing} failed; retrying`);
    await pause(retryInMs, (resume) => (this.pollNow = resume));
  }

  private async lastSeq(): Promise<number> {
    const [row] = await this.graph.read('changeLogHead');
    return row.seq as number;
  }

  private async read(after: number): Promise<ChangeRecord[]> {
    return new History(this.graph).after(after, FEED_PAGE);
  }
}
