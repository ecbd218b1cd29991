// The few parts of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface Request {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  }

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Requests to answer before stopping; duration is then ignored. */
    amount?: number;
    timeout?: number;
    requests?: Request[];
  }

  function autocannon(options: Options, done: (err: Error | null, result: unknown) => void): EventEmitter;
  export = autocannon;
}
