/**
 * Keeps the local Neo4j that `npm start` started alive for as long as the server runs: when its process
 * dies (killed, out of memory, crashed) it is started again after a growing pause, and the driver
 * reconnects by itself, so serving resumes without anyone running a command. A Neo4j that keeps dying
 * (more than `maxRestarts` deaths within `windowMs`) is given up on, with a message saying why, instead
 * of being restarted for ever. A Neo4j this process did not start (`npm run db:start`'s) is left alone.
 */
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import type { Logger } from '../logger';
import { consoleLog, LocalInstance } from './instance';
import { start, StartResult, stop, tail } from './localNeo4j';

export interface RestartPolicy {
  /** Deaths within `windowMs` that are restarted; one more gives up. */
  maxRestarts: number;
  windowMs: number;
}

/** What /ready and the log report about the local Neo4j. */
export interface Neo4jState {
  state: 'running' | 'restarting' | 'gave-up' | 'stopped' | 'not-supervised';
  restarts: number;
  lastExit?: string;
  nextAttemptAt?: string;
}

/**
 * Pause before restart n (1-based): none before the first (a single death, a kill or an out-of-memory, is
 * worth no wait: every second of it is a second of refused requests), then 1 s, 2 s, 4 s, ... at most
 * 30 s, so that a Neo4j that keeps dying does not spin; LOCAL_NEO4J_MAX_RESTARTS bounds it in all.
 */
export const backoffMs = (attempt: number): number => (attempt <= 1 ? 0 : Math.min(1000 * 2 ** (attempt - 2), 30_000));

/** Why the tied wrapper ended: it exits with Java's status, 128 + the signal's number when Java was killed. */
export function exitCause(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `the wrapper was killed by ${signal}`;
  if (code !== null && code > 128) {
    const name = Object.entries(os.constants.signals).find(([, n]) => n === code - 128)?.[0];
    return `killed by ${name ?? `signal ${code - 128}`}`;
  }
  return `exited with code ${code}`;
}

/** What the supervisor tells its observers: Neo4j died, or is up again after a restart. */
export type Neo4jEvent = 'died' | 'restarted';

export class Neo4jSupervisor {
  private child?: ChildProcess;
  private readonly observers: ((event: Neo4jEvent) => void)[] = [];
  private deaths: number[] = [];
  private timer?: NodeJS.Timeout;
  private current: Neo4jState = { state: 'not-supervised', restarts: 0 };

  constructor(
    readonly instance: LocalInstance,
    private readonly policy: RestartPolicy,
    private readonly logger: Logger,
    private readonly onGiveUp: (message: string) => void,
  ) {}

  status(): Neo4jState {
    return { ...this.current };
  }

  /** Calls `observer` on each death and each restart (the server warms the new Neo4j's plans). */
  observe(observer: (event: Neo4jEvent) => void): void {
    this.observers.push(observer);
  }

  /** Starts Neo4j (or finds it running: then it is not ours to supervise). */
  async start(): Promise<StartResult> {
    const result = await start(this.instance, { tied: true, log: (line) => this.logger.info(line) });
    if (result.reused) {
      this.logger.info({ boltUri: result.boltUri }, 'neo4j already running (npm run db:start): not supervised, left running at exit');
      return result;
    }
    this.watch(result.child!);
    return result;
  }

  /** Stops supervising first (a death from here on is the shutdown), then stops Neo4j if we started it. */
  async stop(): Promise<void> {
    const child = this.child;
    this.halt();
    if (child) await stop(this.instance, child);
  }

  /** Synchronous part of stop: from this call on, no death is restarted. */
  halt(): void {
    clearTimeout(this.timer);
    if (this.current.state !== 'not-supervised') this.current = { ...this.current, state: 'stopped', nextAttemptAt: undefined };
  }

  private watch(child: ChildProcess): void {
    this.child = child;
    this.current = { ...this.current, state: 'running', nextAttemptAt: undefined };
    child.once('exit', (code, signal) => {
      child.stdin?.end(); // ends the wrapper's watcher of our stdin, which would otherwise wait for us
      if (this.current.state !== 'running' || this.child !== child) return;
      this.child = undefined;
      this.died(exitCause(code, signal));
    });
  }

  private died(cause: string): void {
    for (const observer of this.observers) observer('died');
    const now = Date.now();
    this.deaths = [...this.deaths.filter((t) => now - t < this.policy.windowMs), now];
    const logLines = tail(consoleLog(this.instance), 5);
    if (this.deaths.length > this.policy.maxRestarts) {
      const message =
        `Neo4j (${this.instance.name}) died ${this.deaths.length} time${this.deaths.length === 1 ? '' : 's'} within ${Math.round(this.policy.windowMs / 1000)} s, ` +
        `the last time ${cause}; giving up (LOCAL_NEO4J_MAX_RESTARTS=${this.policy.maxRestarts}). Its log: ${consoleLog(this.instance)}`;
      this.current = { ...this.current, state: 'gave-up', lastExit: cause, nextAttemptAt: undefined };
      this.logger.fatal({ cause, neo4jLog: logLines }, message);
      this.onGiveUp(message);
      return;
    }
    const pause = backoffMs(this.deaths.length);
    this.current = {
      state: 'restarting',
      restarts: this.current.restarts,
      lastExit: cause,
      nextAttemptAt: new Date(now + pause).toISOString(),
    };
    this.logger.error({ cause, neo4jLog: logLines, restartInMs: pause }, `neo4j ${cause}; restarting it in ${pause} ms`);
    this.timer = setTimeout(() => void this.restart(), pause);
  }

  private async restart(): Promise<void> {
    try {
      const result = await start(this.instance, { tied: true, log: (line) => this.logger.info(line) });
      if (this.current.state !== 'restarting') {
        await stop(this.instance, result.child); // stopped while it started: not wanted any more
        return;
      }
      this.current = { ...this.current, restarts: this.current.restarts + 1 };
      if (!result.child) {
        this.current = { ...this.current, state: 'not-supervised' }; // another process started it meanwhile
        return;
      }
      this.watch(result.child);
      this.logger.info({ restarts: this.current.restarts }, 'neo4j restarted; serving resumes');
      for (const observer of this.observers) observer('restarted');
    } catch (err) {
      if (this.current.state === 'restarting') this.died(`failed to start again: ${(err as Error).message.split('\n')[0]}`);
    }
  }
}
