/**
 * Claims (issue 27): one source's statement of one fact. A fact (a relationship such as a film's RELEASED_IN, or
 * an entity's figures, such as a MarketYear's total box office) may be stated by several sources that disagree.
 * Each statement is a `:Claim` node holding the values it states under the fact's own property names, its
 * source and locator, and when and what it counts; it points at what it is about (`ABOUT`, to the fact's ends or
 * the entity) and at its Source (`STATED_IN`). The fact itself keeps the preferred claim's values (the paper's),
 * so every read that does not ask for claims reads what it read before. docs/model.md, "Claims", explains.
 */
import { LABELS } from './labels';
import { kindOf } from './properties';
import { relationshipId } from './relationships';

export const CLAIM_LABEL = 'Claim';
export const CLAIM_PREFIX = 'claim';

/** A claim points at the entities its fact is about (both ends of a relationship, or the entity itself). */
export const CLAIM_ABOUT = 'ABOUT';
/** A claim points at the Source that states it, with the locator. */
export const CLAIM_STATED_IN = 'STATED_IN';

/**
 * The properties of a `:Claim` besides the values it states (which carry the fact's own property names):
 * what docs/model.md lists, the Bloom perspective shows and the seed writes.
 */
export const CLAIM_PROPERTIES: Record<string, string> = {
  name: "a caption: the source's name and the values, e.g. HKET: boxOfficeHKD 81783591",
  id: "the claim's id, `claim:` and a digest of its fact, source, locator, date and count",
  factId: "the fact's id: a relationship's `id` (type|from|to|key) or an entity's id for its own figures",
  factType: 'the relationship type, or the label of the entity whose figures it states',
  claimed: 'the names of the properties whose values the claim states',
  source: 'the id of the Source that states it',
  locator: 'where in the source',
  preferred: "true for the claim whose values the fact holds (the paper's, the first source); absent on the others",
  asOf: 'when the source took the figures (YYYY, YYYY-MM or YYYY-MM-DD), where it says',
  stillShowing: 'true where the source says the film was still showing when the figures were taken',
  counts: 'what the figure counts where sources count differently (e.g. co-productions included or not)',
  nameAsPrinted: 'the name of the entity as the source prints it',
  valueAsPrinted: 'the value as the source prints it, where it is printed otherwise (rounded, in another unit)',
  unit: "the unit of the claim's money or share values, as its property's name gives it (HKD, %)",
  note: 'a remark on the claim',
  statement:
    "the words of the source, quoted as printed (a sentence, or a table's cells), where the claim is a statement rather than a value",
  contradiction:
    'what the statements of one noted contradiction disagree on: the claims that share it are one source contradicting itself in words, not values',
};

/**
 * The two kinds of conflict: sources disagreeing with each other, or one source (the paper) with itself: two
 * values of one property, or a noted contradiction (claims that share a `contradiction`, each with its `statement`).
 */
export const CONFLICT_KINDS = ['BETWEEN_SOURCES', 'WITHIN_SOURCE'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** What a claim is about: a relationship (type, ends, key) or an entity's own figures. */
export type ClaimAbout = { type: string; from: string; to: string; key?: string } | { entity: string };

/** How dates in `asOf` are written: a year, a month or a day. */
export const AS_OF_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * The unit a property's values are in, as its name or kind says: the currency of money (`boxOfficeHKD` → HKD),
 * `%` for shares and changes, undefined for counts, years and anything else. A claim's `unit` must be this.
 */
export function unitOf(property: string): string | undefined {
  const kind = kindOf(property);
  if (kind === 'share' || kind === 'percent') return '%';
  if (property === 'value') return 'HKD thousand';
  if (kind === 'money' || property === 'boxOfficeHKD') return /(HKD|CNY|USD|RMB|TWD|SGD|MYR|Dollars)$/.exec(property)?.[1];
  return undefined;
}

/** The relationship types of claims: not facts of the model (no GraphQL field reads them as such), but the graph's. */
export const CLAIM_TYPES: readonly string[] = [CLAIM_ABOUT, CLAIM_STATED_IN];

/** Why a claim's relationship may not join these labels (an import checks it), or undefined when it may. */
export function claimLinkProblem(type: string, fromLabel: string, toLabel: string): string | undefined {
  if (fromLabel !== CLAIM_LABEL) return `${type} starts at a ${CLAIM_LABEL}, not ${fromLabel}`;
  if (type === CLAIM_STATED_IN && toLabel !== 'Source') return `${type} ends at a Source, not ${toLabel}`;
  if (type === CLAIM_ABOUT && !LABELS.includes(toLabel)) return `${type} ends at an entity of the model, not ${toLabel}`;
  return undefined;
}

/** The ids of a claim's relationships, the model's relationshipId like every other relationship's (an export carries them). */
export const statedInId = (claimId: string, sourceId: string): string => relationshipId(CLAIM_STATED_IN, claimId, sourceId);
export const aboutId = (claimId: string, entityId: string): string => relationshipId(CLAIM_ABOUT, claimId, entityId);

/** How much of a statement a caption quotes (Bloom shows captions on the canvas; the claim keeps it all). */
const CAPTION_QUOTE = 60;

/**
 * A claim's caption (its `name`): who states it and what, e.g. "HKET: boxOfficeHKD 81783591", or for a statement
 * the start of its words, e.g. 'Paper: "Specifically, from a peak of approximately HK$1.77 billion (35.9% of…"'.
 */
export function claimName(sourceName: string, values: Record<string, unknown>, statement?: string): string {
  if (Object.keys(values).length === 0 && statement !== undefined) {
    const quote = statement.length > CAPTION_QUOTE ? `${statement.slice(0, CAPTION_QUOTE).trimEnd()}…` : statement;
    return `${sourceName}: "${quote}"`;
  }
  return `${sourceName}: ${Object.entries(values)
    .map(([k, v]) => `${k} ${String(v)}`)
    .join(', ')}`;
}

/** One property of a fact as the sources asked for answer it (cypher/fragments/valueFromSources.cypher): null when none states it. */
export interface SourcedValue {
  property: string;
  value: unknown;
  source: string | null;
}

/**
 * What a fact keeps, whichever source answers: what names it and cites it (its citation stays the fact's own), not
 * what a source states of it.
 */
export const FACT_IDENTITY: readonly string[] = ['id', 'source', 'locator', 'year'];

/** A fact as sources answer it: its values, and the ids of the Sources they came from, in the order listed. */
export type SourcedFact = Record<string, unknown> & { sourceIds: string[] };

/**
 * A fact as the listed sources state it (`sources`, in order of preference), or undefined when none of them does,
 * so that a list leaves it out. `answered` holds, for each property its claims state, the first listed source's
 * value (cypher/fragments/valueFromSources.cypher, the one home of that rule; the fact's own statement counts as
 * its source's); empty for a fact without claims, which only its own source states. The fact's other values are
 * its own source's: kept when that source is listed, else absent (what no listed source says is never filled in).
 */
export function factFromSources(
  fact: Record<string, unknown>,
  answered: readonly SourcedValue[],
  sources: readonly string[],
): SourcedFact | undefined {
  const own = typeof fact.source === 'string' && sources.includes(fact.source) ? fact.source : undefined;
  const stated = answered.filter((a) => a.value !== null && a.value !== undefined && a.source !== null);
  if (!own && stated.length === 0) return undefined;
  const kept = own ? { ...fact } : Object.fromEntries(Object.entries(fact).filter(([name]) => FACT_IDENTITY.includes(name)));
  for (const a of answered) delete kept[a.property];
  for (const a of stated) kept[a.property] = a.value;
  // The own source answers too when some value is still its own, or when it alone states the fact.
  const ownValues = Object.keys(kept).some((k) => !FACT_IDENTITY.includes(k) && !answered.some((a) => a.property === k));
  const from = new Set(stated.map((a) => a.source as string));
  if (own && (ownValues || from.size === 0)) from.add(own);
  return { ...kept, sourceIds: sources.filter((s) => from.has(s)) };
}
