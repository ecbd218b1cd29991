import type { Driver } from 'neo4j-driver';
import { Statements } from '../../src/graph/statements';
import { benchCatalog } from './data';
import { postGraphQL, readRows } from './measure';
import { profile, ProfileReport } from './profile';
import { decodeParams, RunningServer, StatementRecord } from './servers';
import type { Subjects, Variant, Workload } from './workloads';

/** Whether the three answers to one variant of one query agree, and what each server sent to Neo4j. */
export interface Check {
  query: string;
  variant: number;
  agree: boolean;
  /** Where ours differs from the floor / from the peer; absent when they agree. */
  oursVsFloor?: string;
  oursVsPeer?: string;
  errors: string[];
  statements: { ours: number; peer: number };
}

export interface Profiles {
  ours: ProfileReport[];
  floor: ProfileReport;
  peer: ProfileReport[];
}

interface Asked {
  answer: unknown;
  error?: string;
  statements: number;
  sent: StatementRecord[];
}

/** The variants checked: the first, the middle and the last (one check per variant costs a request each way). */
export const checkedVariants = (variants: Variant[]): number[] => [...new Set([0, Math.floor(variants.length / 2), variants.length - 1])];

async function ask(server: RunningServer, query: string, variables: Record<string, unknown>, map: (d: any) => unknown): Promise<Asked> {
  const before = await server.statements();
  const res = await postGraphQL(server.url, query, variables);
  const after = await server.statements();
  const statements = after.count - before.count;
  const sent = statements > 0 ? after.recent.slice(-statements) : [];
  if (res.errors?.length || !res.data) {
    const e = res.errors?.[0];
    return {
      answer: undefined,
      statements,
      sent,
      error: `${server.kind}: ${e?.message ?? `HTTP ${res.status}`} (${String(e?.extensions?.code ?? res.status)})`,
    };
  }
  try {
    return { answer: map(res.data), statements, sent };
  } catch (err) {
    return { answer: undefined, statements, sent, error: `${server.kind}: unexpected answer shape: ${(err as Error).message}` };
  }
}

/** True when ours cannot even be asked the query, e.g. before it has a federation `_entities` field. */
export const unsupported = (check: Check): boolean =>
  check.errors.some((e) => e.startsWith('ours:') && /GRAPHQL_VALIDATION_FAILED|Cannot query field/.test(e));

export interface CheckOutcome {
  checks: Check[];
  /** What ours and the peer sent for the first variant, for PROFILE. */
  sent: { ours: StatementRecord[]; peer: StatementRecord[] };
}

export async function checkWorkload(
  driver: Driver,
  database: string,
  w: Workload,
  subjects: Subjects,
  ours: RunningServer,
  peer: RunningServer,
): Promise<CheckOutcome> {
  const variants = w.variants(subjects);
  const floorText = benchCatalog().text(w.floor);
  const outcome: CheckOutcome = { checks: [], sent: { ours: [], peer: [] } };
  for (const index of checkedVariants(variants)) {
    const v = variants[index];
    const o = await ask(ours, w.ours, v.ours, w.fromOurs);
    const p = await ask(peer, w.peer, v.peer, w.fromPeer);
    const floor = w.fromFloor(await readRows(driver, database, floorText, v.floor));
    const errors = [o.error, p.error].filter((e): e is string => e !== undefined);
    const check: Check = { query: w.name, variant: index, agree: false, errors, statements: { ours: o.statements, peer: p.statements } };
    if (!o.error) check.oursVsFloor = w.difference(o.answer, floor);
    if (!o.error && !p.error) check.oursVsPeer = w.difference(o.answer, p.answer);
    check.agree = errors.length === 0 && !check.oursVsFloor && !check.oursVsPeer;
    outcome.checks.push(check);
    if (index === 0) outcome.sent = { ours: o.sent, peer: p.sent };
  }
  return outcome;
}

/** Statements sent more than once with the same text (the peer's per-representation lookups) are profiled once. */
function distinct(sent: StatementRecord[]): { record: StatementRecord; times: number }[] {
  const out = new Map<string, { record: StatementRecord; times: number }>();
  for (const s of sent) {
    const key = s.text ?? `${s.name}|${JSON.stringify(s.params)}`;
    const seen = out.get(key);
    if (seen) seen.times += 1;
    else out.set(key, { record: s, times: 1 });
  }
  return [...out.values()];
}

/** PROFILE of what ours and the peer sent for a query, and of the floor statement, with the same parameters. */
export async function profileWorkload(
  driver: Driver,
  database: string,
  w: Workload,
  subjects: Subjects,
  sent: CheckOutcome['sent'],
): Promise<Profiles> {
  const ourCatalog = new Statements();
  const run = async (name: string, text: string, params: unknown, times = 1) => ({
    ...(await profile(driver, database, name, text, decodeParams(params) as Record<string, unknown>)),
    times,
  });
  const ours: ProfileReport[] = [];
  for (const { record, times } of distinct(sent.ours))
    ours.push(await run(`cypher/${record.name}.cypher`, ourCatalog.text(record.name), record.params, times));
  const peer: ProfileReport[] = [];
  for (const { record, times } of distinct(sent.peer))
    peer.push(await run('generated by @neo4j/graphql', record.text ?? '', record.params, times));
  const floor = await run(`bench/cypher/${w.floor}.cypher`, benchCatalog().text(w.floor), w.variants(subjects)[0].floor);
  return { ours, floor, peer };
}
