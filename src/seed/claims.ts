/**
 * The seed's claims (src/model/claims.ts; seed/FORMAT.md, "Claims"): checked against the facts the seed holds, and
 * turned into the rows the loader writes. Besides the claims the files list, the fact's own statement becomes a
 * claim (the preferred one) wherever another source states the same fact, so a claim is never compared with nothing.
 */
import { createHash } from 'node:crypto';
import {
  AS_OF_PATTERN,
  withDerivedNames,
  CLAIM_PREFIX,
  claimName,
  statedInId,
  type ClaimAbout,
  propertyProblem,
  relationshipId,
  unitOf,
  type PropValue,
} from '../model';
import { withAdditions } from './additions';
import type { AdditionRecord, ClaimRecord, SeedFile } from './read';

/** The fact a claim is about, as the seed holds it: its id, type or label, the entities, and its statement's values. */
interface HeldFact {
  factId: string;
  factType: string;
  about: { id: string; label: string }[];
  /** Each property's value with the source and locator that state it in the fact itself. */
  values: Map<string, { value: PropValue; source: string; locator: string }>;
}

export interface ClaimRow {
  id: string;
  /** The id of its STATED_IN. */
  statedInId: string;
  source: string;
  locator: string;
  props: Record<string, PropValue>;
  about: { id: string; label: string }[];
}

const TEXT_FIELDS = ['counts', 'nameAsPrinted', 'valueAsPrinted', 'note', 'statement', 'contradiction'] as const;
const CHECKED_TEXT = [...TEXT_FIELDS, 'heldCounts'] as const;

const isRelationshipAbout = (a: ClaimAbout): a is { type: string; from: string; to: string; key?: string } =>
  typeof a === 'object' && a !== null && 'type' in a;

/** The id of the fact a claim is about (a relationship's id, or the entity's own), or undefined when it is malformed. */
export function factIdOf(about: unknown): string | undefined {
  if (typeof about !== 'object' || about === null) return undefined;
  const a = about as ClaimAbout;
  if (isRelationshipAbout(a))
    return [a.type, a.from, a.to].every((s) => typeof s === 'string') ? relationshipId(a.type, a.from, a.to, a.key) : undefined;
  return typeof a.entity === 'string' ? a.entity : undefined;
}

/** Every fact of the seed a claim may be about, by its id: relationships, and entities with their (added) properties. */
export function heldFacts(files: SeedFile[]): Map<string, HeldFact> {
  const facts = new Map<string, HeldFact>();
  const nodes = withAdditions(files);
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  const additionsOf = new Map<string, AdditionRecord[]>();
  for (const a of files.flatMap((f) => f.additions)) additionsOf.set(a.id, [...(additionsOf.get(a.id) ?? []), a]);
  for (const n of nodes) {
    const values = new Map<string, { value: PropValue; source: string; locator: string }>();
    for (const [name, value] of Object.entries(n.props)) values.set(name, { value, source: n.source, locator: n.locator });
    for (const a of additionsOf.get(n.id) ?? [])
      for (const [name, value] of Object.entries(a.props ?? {})) values.set(name, { value, source: a.source, locator: a.locator });
    facts.set(n.id, { factId: n.id, factType: n.label, about: [{ id: n.id, label: n.label }], values });
  }
  for (const r of files.flatMap((f) => f.relationships)) {
    const factId = relationshipId(r.type, r.from, r.to, r.key);
    const values = new Map(Object.entries(r.props ?? {}).map(([name, value]) => [name, { value, source: r.source, locator: r.locator }]));
    const about = [r.from, r.to].map((id) => ({ id, label: labelOf.get(id) ?? '' }));
    facts.set(factId, { factId, factType: r.type, about, values });
  }
  return facts;
}

type ClaimKey = { source: string; locator: string; asOf?: string; counts?: string; statement?: string; contradiction?: string };

/** A statement's words and its contradiction, where it has them (the same words may stand in two contradictions). */
const quoted = (c: ClaimKey): string[] => [c.statement, c.contradiction].filter((s) => s !== undefined);

/**
 * A claim's id: its fact, source, locator, date and count, and its statement and contradiction where it has them,
 * digested (two claims differ in at least one of them; a claim without them keeps the id it had before them).
 */
const claimId = (factId: string, c: ClaimKey): string =>
  `${CLAIM_PREFIX}:${createHash('sha256')
    .update([factId, c.source, c.locator, c.asOf ?? '', c.counts ?? '', ...quoted(c)].join('\u0000'))
    .digest('hex')
    .slice(0, 20)}`;

/** What makes two claims the same claim: the same fact, source, date, count and values or statement (wherever they are printed). */
const sameness = (factId: string, c: ClaimRecord): string =>
  JSON.stringify([
    factId,
    c.source,
    c.asOf ?? '',
    c.counts ?? '',
    Object.entries(c.values ?? {}).sort(([a], [b]) => a.localeCompare(b)),
    ...quoted(c),
  ]);

/** Why a claim's unit is wrong: it must be given, and be its money or share values' unit, as the property's name says. */
function unitProblem(c: ClaimRecord): string | undefined {
  const units = new Set(
    Object.keys(c.values ?? {})
      .map(unitOf)
      .filter((u) => u !== undefined),
  );
  if (units.size > 1) return `the values are in ${[...units].join(' and ')}: give each unit's values in a claim of its own`;
  const [unit] = units;
  if (unit === undefined) return c.unit === undefined ? undefined : `"${c.unit}" given, but no value of this claim has a unit`;
  const names = Object.keys(c.values ?? {}).filter((n) => unitOf(n) === unit);
  if (c.unit === undefined) return `is required: ${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} in ${unit}`;
  if (c.unit !== unit)
    return `"${c.unit}" is not the unit of ${names.join(', ')} (${unit}): convert the value, and keep the printed one in valueAsPrinted`;
  return undefined;
}

/** Every problem of one claim record against the seed's facts, reported field by field. */
function checkClaim(
  c: ClaimRecord,
  facts: Map<string, HeldFact>,
  isSource: (id: string) => boolean,
  report: (field: string, problem: string) => void,
) {
  const factId = factIdOf(c.about);
  const fact = factId === undefined ? undefined : facts.get(factId);
  if (factId === undefined) report('about', 'must be {"entity": id} or {"type", "from", "to", "key"} of a relationship the seed holds');
  else if (!fact) {
    const a = c.about as ClaimAbout;
    const unknown = isRelationshipAbout(a) ? [a.from, a.to].filter((id) => !facts.has(id)) : [factId];
    report(
      'about',
      unknown.length > 0
        ? `unknown entity ${unknown.map((id) => `"${id}"`).join(', ')}`
        : `no fact ${factId} in the seed: a claim states a fact some file holds`,
    );
  }
  if (c.contradiction !== undefined) {
    if (c.values !== undefined)
      report(
        'values',
        "a noted contradiction's claim states no values: its statement is what it says (two values of one property are a claim each, without contradiction)",
      );
    if (c.statement === undefined) report('statement', "is required on a noted contradiction's claim: the words as printed");
  } else if (typeof c.values !== 'object' || c.values === null || Array.isArray(c.values) || Object.keys(c.values).length === 0)
    report('values', 'must be an object of at least one property and its value');
  else {
    const label = fact && !fact.factId.includes('|') ? fact.factType : undefined;
    for (const [name, value] of Object.entries(c.values)) {
      const problem = propertyProblem(label, name, value);
      if (problem) report(`values.${name}`, problem);
    }
    const unit = unitProblem(c);
    if (unit) report('unit', unit);
  }
  if (typeof c.source !== 'string' || c.source === '') report('source', 'is required (the id of a Source node)');
  else if (!isSource(c.source)) report('source', `unknown Source id "${c.source}"`);
  if (typeof c.locator !== 'string' || c.locator.trim() === '') report('locator', 'is required (where in the source the claim stands)');
  if (c.asOf !== undefined && (typeof c.asOf !== 'string' || !AS_OF_PATTERN.test(c.asOf)))
    report('asOf', 'must be YYYY, YYYY-MM or YYYY-MM-DD');
  if (c.stillShowing !== undefined && typeof c.stillShowing !== 'boolean') report('stillShowing', 'must be true or false');
  for (const field of CHECKED_TEXT)
    if (c[field] !== undefined && (typeof c[field] !== 'string' || c[field].trim() === '')) report(field, 'must be a non-empty string');
  if (fact && Object.keys(c.values ?? {}).some((n) => fact.values.get(n)?.source === c.source && fact.values.get(n)?.locator === c.locator))
    report('locator', `the fact ${factId} itself states this (same source and locator); a claim is another statement of it`);
}

export interface ClaimProblem {
  file: string;
  record: string;
  field: string;
  problem: string;
}

/**
 * Why the claims of each noted contradiction do not make one: a contradiction needs two statements or more, and is
 * one source's (sources disagreeing state values, a claim each). Reported on the contradiction's first claim.
 */
function contradictionProblems(files: SeedFile[], problems: ClaimProblem[]): void {
  const groups = new Map<string, { file: string; index: number; claim: ClaimRecord }[]>();
  for (const f of files)
    f.claims.forEach((claim, index) => {
      if (typeof claim?.contradiction !== 'string' || claim.contradiction.trim() === '') return;
      groups.set(claim.contradiction, [...(groups.get(claim.contradiction) ?? []), { file: f.file, index, claim }]);
    });
  for (const [contradiction, members] of groups) {
    const { file, index, claim } = members[0];
    const report = (problem: string) =>
      problems.push({
        file,
        record: `claims[${index}] (${factIdOf(claim.about) ?? 'about ?'}, ${String(claim.source)})`,
        field: 'contradiction',
        problem,
      });
    if (members.length < 2)
      report(`"${contradiction}" has one statement: a noted contradiction quotes at least two, with the same contradiction`);
    const sources = new Set(members.map((m) => m.claim.source));
    if (sources.size > 1) report(`"${contradiction}" mixes sources (${[...sources].join(', ')}): a noted contradiction is one source's`);
  }
}

/** Every problem of the seed's claims: unknown entities and facts, values outside their kinds or units, no locator, the same claim twice. */
export function claimProblems(files: SeedFile[], isSource: (id: string) => boolean): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  if (files.every((f) => f.claims.length === 0)) return problems;
  const facts = heldFacts(files);
  const seen = new Map<string, string>();
  for (const f of files) {
    f.claims.forEach((c, i) => {
      const record = `claims[${i}] (${factIdOf(c?.about) ?? 'about ?'}, ${String(c?.source)})`;
      const report = (field: string, problem: string) => problems.push({ file: f.file, record, field, problem });
      if (typeof c !== 'object' || c === null) return report('claim', 'must be an object');
      checkClaim(c, facts, isSource, report);
      const factId = factIdOf(c.about);
      const values = c.values ?? {};
      if (factId === undefined || typeof values !== 'object' || values === null || typeof c.locator !== 'string') return;
      for (const key of [sameness(factId, c), claimId(factId, c)]) {
        if (seen.has(key)) report('claim', `the same claim twice: already in ${seen.get(key)}`);
        seen.set(key, `${f.file} claims[${i}]`);
      }
    });
  }
  contradictionProblems(files, problems);
  return problems;
}

function recordRow(c: ClaimRecord, fact: HeldFact): Omit<ClaimRow, 'statedInId'> {
  const factId = fact.factId;
  const extra = Object.fromEntries(
    (['unit', 'asOf', 'stillShowing', ...TEXT_FIELDS] as const).filter((k) => c[k] !== undefined).map((k) => [k, c[k] as PropValue]),
  );
  const props = {
    ...c.values,
    ...extra,
    factId,
    factType: fact.factType,
    // A noted contradiction's statement states no value: no `claimed` (what a claim does not state is absent).
    ...(Object.keys(c.values ?? {}).length > 0 ? { claimed: Object.keys(c.values ?? {}) } : {}),
    source: c.source,
    locator: c.locator,
  };
  return { id: claimId(factId, c), source: c.source, locator: c.locator, props, about: fact.about };
}

/**
 * The fact's own statements of the properties other sources claim, as claims marked preferred: for a relationship
 * one per source and locator that state them (a release's gross and rank, Table 7's row), for an entity's figures
 * one per property (a MarketYear's figures come from several of the paper's tables, in several units and counts).
 */
function heldClaimRows(fact: HeldFact, claimed: Set<string>, counts: Map<string, string>): Omit<ClaimRow, 'statedInId'>[] {
  const groups = new Map<string, { source: string; locator: string; values: Record<string, PropValue> }>();
  const entity = !fact.factId.includes('|');
  for (const name of claimed) {
    const held = fact.values.get(name);
    if (!held) continue;
    const key = [held.source, held.locator, entity ? name : ''].join('\u0000');
    const group = groups.get(key) ?? { source: held.source, locator: held.locator, values: {} };
    group.values[name] = held.value;
    groups.set(key, group);
  }
  return [...groups.values()].map(({ source, locator, values }) => {
    const names = Object.keys(values);
    const unit = names.map(unitOf).find((u) => u !== undefined);
    const held = names.map((name) => counts.get(name)).find((c) => c !== undefined);
    const props = {
      ...values,
      ...(unit ? { unit } : {}),
      ...(held ? { counts: held } : {}),
      preferred: true,
      factId: fact.factId,
      factType: fact.factType,
      claimed: names,
      source,
      locator,
    };
    const idOf = entity ? `${fact.factId}#${names[0]}` : fact.factId;
    return { id: claimId(idOf, { source, locator }), source, locator, props, about: fact.about };
  });
}

/** The claims to write: every record's, and the fact's own for each fact some record claims. Call after validation. */
export function claimRows(files: SeedFile[]): ClaimRow[] {
  const records = files.flatMap((f) => f.claims);
  if (records.length === 0) return [];
  const facts = heldFacts(files);
  const claimedOf = new Map<string, Set<string>>();
  const countsOf = new Map<string, Map<string, string>>();
  const rows = records.map((c) => {
    const fact = facts.get(factIdOf(c.about)!)!;
    const claimed = claimedOf.get(fact.factId) ?? new Set<string>();
    const counts = countsOf.get(fact.factId) ?? new Map<string, string>();
    for (const name of Object.keys(c.values ?? {})) {
      claimed.add(name);
      if (c.heldCounts) counts.set(name, c.heldCounts);
    }
    claimedOf.set(fact.factId, claimed);
    countsOf.set(fact.factId, counts);
    return recordRow(c, fact);
  });
  for (const [factId, claimed] of claimedOf) rows.push(...heldClaimRows(facts.get(factId)!, claimed, countsOf.get(factId)!));
  // Each claim's caption names its source as the Source node does ("HKET: boxOfficeHKD 81783591").
  const sourceName = (id: string) => facts.get(id)?.values.get('name')?.value ?? id;
  return rows.map((r) => {
    const values = Object.fromEntries(((r.props.claimed as string[] | undefined) ?? []).map((name) => [name, r.props[name]]));
    // Every write path derives the name forms (a caption's sortName), and every node has aliases (none here).
    const props = withDerivedNames({
      ...r.props,
      name: claimName(String(sourceName(r.source)), values, r.props.statement as string | undefined),
      aliases: [] as string[],
    }) as Record<string, PropValue>;
    return { ...r, statedInId: statedInId(r.id, r.source), props };
  });
}
