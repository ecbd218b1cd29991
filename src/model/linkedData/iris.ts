/**
 * The graph's IRIs: one formula for an entity's, one for a fact's, one for a term of the project's vocabulary,
 * each with its reading back. An IRI once given never changes, so each is made only from what never changes
 * either: an entity's id (`work:infernal-affairs` → `{base}/id/work/infernal-affairs`) and a relationship's id
 * (`AIRED_ON|work:x|platform:y|2022` → `{base}/id/fact/AIRED_ON/work:x/platform:y/2022`, src/model/relationships.ts).
 * A claim's IRI is made from its id as an entity's is (`claim:3f2a…` → `{base}/id/claim/3f2a…`).
 * `base` is PUBLIC_BASE_URL (src/config/config.ts): absolute, no trailing slash.
 */
import { CLAIM_PREFIX } from '../claims';
import { labelOfId } from '../labels';
import { CITATION_TYPE, isModelType } from '../relationships';
import { ID_PATTERN } from '../checks';

/** The path segment under /id/ that facts live at; no label's prefix is `fact`. */
export const FACT_SEGMENT = 'fact';
/** Where the project's own vocabulary lives: `{base}/vocab/{term}`. */
export const VOCAB_PATH = '/vocab/';

/** `{base}/id/{prefix}/{slug}` for an entity id `prefix:slug`. */
export function entityIri(base: string, id: string): string {
  const colon = id.indexOf(':');
  return `${base}/id/${encodeURIComponent(id.slice(0, colon))}/${encodeURIComponent(id.slice(colon + 1))}`;
}

/** `{base}/id/claim/{digest}` for a claim id `claim:{digest}` (src/model/claims.ts): the entity formula, so one reading back. */
export const claimIri = (base: string, claimId: string): string => entityIri(base, claimId);

/** Splits a relationship id (type|from|to|key, or type|from|to for a citation) into its parts. */
export function relationshipIdParts(relationshipId: string): { type: string; from: string; to: string; key?: string } {
  const [type, from, to, ...rest] = relationshipId.split('|');
  return rest.length === 0 ? { type, from, to } : { type, from, to, key: rest.join('|') };
}

/**
 * `{base}/id/fact/{TYPE}/{from id}/{to id}[/{key}]` for a relationship id; an empty key gives no segment (a
 * citation has no key; any other fact's empty key reads back as the empty key, see factIdOfPath).
 */
export function factIri(base: string, relationshipId: string): string {
  const { type, from, to, key } = relationshipIdParts(relationshipId);
  const segments = [FACT_SEGMENT, type, from, to, ...(key ? [key] : [])];
  return `${base}/id/${segments.map(encodeSegment).join('/')}`;
}

/** A term of the project's vocabulary: `{base}/vocab/{term}`. */
export const vocabIri = (base: string, term: string): string => `${base}${VOCAB_PATH}${encodeURIComponent(term)}`;

/** Percent-encodes a segment but leaves `:` as it is (allowed in a path segment), so ids stay readable. */
const encodeSegment = (segment: string): string => encodeURIComponent(segment).replace(/%3A/gi, ':');

/** What a path under /id/ names: an entity's id, a fact's relationship id, a claim's id, or why it is malformed. */
export type IdPath = { entity: string } | { fact: string } | { claim: string } | { malformed: string };

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Reads the segments after `/id/` back: `work/infernal-affairs` → `{entity: 'work:infernal-affairs'}` (a
 * well-formed id whose prefix is none of the model's is still an entity id, which then names nothing: 404),
 * `fact/AIRED_ON/work:x/platform:y/2022` → `{fact: 'AIRED_ON|work:x|platform:y|2022'}`, `claim/3f2a…` → `{claim: 'claim:3f2a…'}`.
 */
export function idOfPath(path: string): IdPath {
  const segments = path.split('/').map(decoded);
  if (segments.some((s) => s === undefined)) return { malformed: `${path} is not percent-encoded correctly` };
  const parts = segments as string[];
  if (parts[0] === FACT_SEGMENT) return factIdOfSegments(parts.slice(1));
  if (parts.length !== 2) return { malformed: `an entity's IRI is /id/{type}/{slug}, got /id/${path}` };
  const id = `${parts[0]}:${parts[1]}`;
  if (!ID_PATTERN.test(id)) return { malformed: `"${id}" is not an id (type:slug in lower-case letters, digits and hyphens)` };
  return parts[0] === CLAIM_PREFIX ? { claim: id } : { entity: id };
}

function factIdOfSegments(parts: string[]): IdPath {
  if (parts.length < 3 || parts.length > 4) return { malformed: `a fact's IRI is /id/fact/{TYPE}/{from id}/{to id}[/{key}]` };
  const [type, from, to, key] = parts;
  if (!isModelType(type)) return { malformed: `${type} is not a relationship type of the model` };
  for (const id of [from, to]) {
    if (!ID_PATTERN.test(id) || !labelOfId(id)) return { malformed: `"${id}" is not an entity id of the model` };
  }
  if (type === CITATION_TYPE) return key === undefined ? { fact: [type, from, to].join('|') } : { malformed: 'a citation has no key' };
  return { fact: [type, from, to, key ?? ''].join('|') };
}
