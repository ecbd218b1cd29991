import type { GraphType, ResultsType } from './formats';

/** What the server's thread sends the SPARQL worker (src/server/sparql/worker.ts), answered in order. */
export type ToWorker =
  | { kind: 'load'; id: number; nquads: string }
  | { kind: 'replace'; id: number; graphs: string[]; nquads: string }
  | { kind: 'query'; id: number; query: string; base: string; results?: ResultsType; graph?: GraphType; maxRows: number };

export type QueryFailure = 'syntax' | 'update' | 'not-acceptable' | 'internal';

export type FromWorker =
  | { id: number; ok: true; body?: string; mediaType?: string; rows?: number; capped?: boolean }
  | { id: number; ok: false; failure: QueryFailure; message: string };

/** A message before the thread numbers it. */
export type Unnumbered<T = ToWorker> = T extends unknown ? Omit<T, 'id'> : never;
