import type { Check, Profiles } from './check';
import type { ScaleData } from './data';
import type { RunFigures } from './measure';
import type { BenchOptions } from './options';
import type { Subjects } from './workloads';
import type { WriteResult } from './writes';

/** What a benchmark run measures and reports: the figures run.ts collects and report.ts and targets.ts read. */

export type System = 'ours' | 'floor' | 'peer';
export const SYSTEMS: System[] = ['ours', 'floor', 'peer'];
/** Rounds whose medians differ by more than this share are reported as disagreeing. */
export const DISAGREEMENT = 0.25;

export interface QueryResult {
  query: string;
  system: System;
  rounds: RunFigures[];
  median?: { p50: number; p95: number; p99: number; rps: number; requests: number; errors: number };
  spread?: { p50: [number, number]; rps: [number, number] };
  /** Rounds disagree: p50 or requests/s vary by more than DISAGREEMENT of their median. */
  unstable: boolean;
  skipped?: string;
}

/** How many requests one query on one system answered in a warm-up pass. */
export interface WarmupRun {
  query: string;
  system: System;
  requests: number;
}

/** The requests a warm-up pass answered over all its queries and systems. */
export const passRequests = (pass: WarmupRun[]): number => pass.reduce((sum, run) => sum + run.requests, 0);

export interface ScaleResult {
  name: string;
  data: ScaleData;
  subjects: Subjects;
  checks: Check[];
  /** Cypher statements per request for each query (mean over the checked variants). */
  statements: Record<string, { ours: number; peer: number }>;
  profiles: Record<string, Profiles>;
  /** The scale's warm-up passes before round 1, discarded. */
  warmup: WarmupRun[][];
  results: QueryResult[];
  /** The write workloads (tools/bench/writes.ts), measured after the reads. */
  writes?: WriteResult[];
}

export interface BenchReport {
  date: string;
  startedAt: string;
  minutes: number;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; platform: string };
  neo4j: { version: string; edition: string; own: boolean; heap?: string; pageCache?: string };
  /** The run's options as the report records them, and how its servers ran. */
  settings: Pick<BenchOptions, 'scales' | 'rounds' | 'seconds' | 'warmupSeconds' | 'scaleWarmupSeconds' | 'connections' | 'seed'> & {
    servers: string;
  };
  scales: ScaleResult[];
  targets: TargetResult[];
  notes: string[];
}

export interface TargetResult {
  target: 'latency vs floor' | 'throughput vs peer' | 'latency across scales';
  scale: string;
  query: string;
  value?: number;
  limit: number;
  /** Undefined when a figure is missing (not measured, or ours cannot answer the query). */
  met?: boolean;
  text: string;
}
