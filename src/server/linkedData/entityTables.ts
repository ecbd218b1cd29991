/**
 * The entity page's tables, pure: its facts grouped by relationship type and direction, the columns each group's
 * table shows, and the series the page charts, each as a table in the form the playground's answers take
 * (web/answerTable.ts's AnswerTable: path, columns, rows), so web/chart draws them as it draws an answer
 * (guessChart picks x, y, a second axis and the series from the columns, as there).
 */
import { CLAIM_ABOUT, nameField, propertyMapping } from '../../model';
import type { ClaimData } from '../../graph/claims';
import type { EntityProfile, ProfileFact } from '../../graph/entityProfile';

export interface FactGroup {
  /** The group's HTML id, e.g. `facts-imported-from-in`. */
  key: string;
  type: string;
  direction: 'OUT' | 'IN';
  heading: string;
  facts: ProfileFact[];
}

/** A chart's data: a table as web/answerTable.ts's AnswerTable has it, the key of the place it goes, its title. */
export interface ChartTable {
  key: string;
  title: string;
  table: { path: string; columns: string[]; rows: unknown[][]; items: unknown[] };
}

const byNameThenYear = (a: ProfileFact, b: ProfileFact): number =>
  (a.other.name ?? a.other.id).localeCompare(b.other.name ?? b.other.id) ||
  Number(a.props.year ?? 0) - Number(b.props.year ?? 0) ||
  Number(a.props.week ?? 0) - Number(b.props.week ?? 0) ||
  String(a.props.id ?? '').localeCompare(String(b.props.id ?? ''));

/**
 * The facts by type and direction, types in alphabetical order, leaving before reaching; each by the other end, then
 * year. Claims' ABOUT links are not facts (the claims show beside the fact they state).
 */
export function factGroups(p: EntityProfile): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  const name = String(p.props[nameField(p.label)] ?? p.id);
  for (const f of p.facts.filter((x) => x.type !== CLAIM_ABOUT)) {
    const key = `facts-${f.type.toLowerCase().replace(/_/g, '-')}-${f.direction.toLowerCase()}`;
    const labels = () => [...new Set(groups.get(key)!.facts.map((x) => x.other.label))].join(', ');
    if (!groups.has(key)) groups.set(key, { key, type: f.type, direction: f.direction, heading: '', facts: [] });
    groups.get(key)!.facts.push(f);
    groups.get(key)!.heading = f.direction === 'OUT' ? `${f.type} → ${labels()}` : `${labels()} → ${f.type} → ${name}`;
  }
  return [...groups.values()]
    .sort((a, b) => a.type.localeCompare(b.type) || b.direction.localeCompare(a.direction))
    .map((g) => ({ ...g, facts: [...g.facts].sort(byNameThenYear) }));
}

const FIRST = ['year', 'week', 'startDate', 'endDate', 'rank'];
const APART = new Set(['id', 'source', 'locator']);

/** The columns of a group's table: every value its facts hold (when first), source and locator apart, notes last. */
export function groupColumns(g: FactGroup): string[] {
  const keys = [...new Set(g.facts.flatMap((f) => Object.keys(f.props)))].filter((k) => !APART.has(k) && propertyMapping(k) !== undefined);
  const rank = (k: string) => (FIRST.includes(k) ? FIRST.indexOf(k) : k === 'note' ? 99 : 50);
  return keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Numbers that order or count rows rather than measure: not charted. */
const NOT_MEASURE = new Set(['year', 'week', 'rank', 'edition']);

/** A group's series over time: the time column (year, or week where years do not vary) with at least two values, and its measures. */
function seriesTable(g: FactGroup): ChartTable | undefined {
  const distinct = (k: string) => new Set(g.facts.map((f) => f.props[k]).filter((v) => typeof v === 'number')).size;
  const time = ['year', 'week'].sort((a, b) => distinct(b) - distinct(a))[0];
  if (distinct(time) < 2) return undefined;
  const measures = groupColumns(g).filter((k) => !NOT_MEASURE.has(k) && g.facts.some((f) => typeof f.props[k] === 'number'));
  if (measures.length === 0) return undefined;
  const facts = g.facts.filter((f) => typeof f.props[time] === 'number');
  return {
    key: g.key,
    title: g.heading,
    table: {
      path: g.key,
      columns: [time, 'node.name', 'node.id', ...measures],
      rows: facts.map((f) => [f.props[time], f.other.name ?? f.other.id, f.other.id, ...measures.map((m) => f.props[m] ?? null)]),
      items: [],
    },
  };
}

/** The source's name where the graph has it, else its id. */
export const sourceLabel = (p: EntityProfile, id: string): string => p.sourceNames.get(id) ?? id;

/** The numeric properties that two or more of a fact's claims state, with those claims. */
export function claimedNumbers(claims: ClaimData[]): { property: string; claims: ClaimData[] }[] {
  const properties = [...new Set(claims.flatMap((c) => c.claimed ?? []))];
  return properties
    .filter((property) => !NOT_MEASURE.has(property))
    .map((property) => ({ property, claims: claims.filter((c) => typeof c[property] === 'number') }))
    .filter((x) => x.claims.length > 1);
}

export const claimsChartKey = (factId: string, property: string): string => `claims:${factId}:${property}`;

/** One property's claims by source, a bar each: a source that states it twice is told apart by its locator. */
function claimsTableOf(p: EntityProfile, factId: string, property: string, claims: ClaimData[]): ChartTable {
  const names = claims.map((c) => sourceLabel(p, c.source));
  const label = (c: ClaimData, i: number) =>
    names.indexOf(names[i]) !== names.lastIndexOf(names[i]) ? `${names[i]} (${c.locator})` : names[i];
  return {
    key: claimsChartKey(factId, property),
    title: `${property}, source by source`,
    table: {
      path: `${property}-by-source`,
      columns: ['source', property],
      rows: claims.map((c, i) => [label(c, i), c[property]]),
      items: [],
    },
  };
}

/** Every chart of the page: each group's series over time, and each fact's (or the entity's own) numbers that sources claim. */
export function chartsOf(p: EntityProfile, groups: FactGroup[]): ChartTable[] {
  const series = groups.map(seriesTable).filter((t): t is ChartTable => t !== undefined);
  const factIds = [p.id, ...groups.flatMap((g) => g.facts.map((f) => f.props.id)).filter((id): id is string => typeof id === 'string')];
  const claimed = factIds.flatMap((id) =>
    claimedNumbers(p.claims.get(id) ?? []).map(({ property, claims }) => claimsTableOf(p, id, property, claims)),
  );
  return [...series, ...claimed];
}
