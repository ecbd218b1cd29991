/**
 * How a researcher's text becomes the Lucene queries of a search, one per tier, best tier first:
 * exact words of a printed name, the name in another script, its pinyin, its jyutping, word prefixes,
 * then words with one or two typing errors. Every word is escaped (luceneTerms) or reduced to letters
 * and digits before it enters a query, so the text is only ever searched, never parsed as Lucene syntax.
 */
import { foldRomanised, foldWhole, HAN, SCRIPT_PROPERTIES, simplifiedOf, SEARCH_JYUTPING, SEARCH_PINYIN } from '../../model';
import { luceneTerms } from './lucene';

/** How a hit matched, best first; the GraphQL enum SearchMatch has the same names. */
export const MATCH_KINDS = ['EXACT', 'OTHER_SCRIPT', 'PINYIN', 'JYUTPING', 'PREFIX', 'FUZZY'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];
/** PREFIX's rank, which a Chinese text's hit inside a longer name takes too (a part). */
export const PREFIX_RANK = MATCH_KINDS.indexOf('PREFIX');
const FUZZY_RANK = MATCH_KINDS.indexOf('FUZZY');

export interface Tier {
  kind: MatchKind;
  query: string;
}

export interface RankedQuery {
  query: string;
  /** Its kind's place in MATCH_KINDS. */
  rank: number;
}

/**
 * What the search statement takes: the Lucene query and rank of each tier, those read first (`tiers`),
 * those read only when the first leave too few hits (`laterTiers`), and the typo tier, read only when
 * besides that nothing matches the text as typed (`typoTiers`, see searchParams); and `whole`.
 */
export interface SearchParams {
  tiers: RankedQuery[];
  laterTiers: RankedQuery[];
  typoTiers: RankedQuery[];
  /** The rank of PREFIX: hits of tiers ranked above it match the text as typed, in a script or a romanisation. */
  prefixRank: number;
  whole: string[];
  /** Whether the statement returns each hit's names, for saying which matched (explain.ts). */
  names: boolean;
}

/** The entity_search index's fields for printed names: English and Chinese as the source gives them. */
export const PRINTED_FIELDS = ['title', 'name', 'aliases', 'titleZh', 'nameZh'];
const LATIN_FIELDS = ['title', 'name', 'aliases'];
const ROMANISED_FIELDS: [MatchKind, string][] = [
  ['PINYIN', SEARCH_PINYIN],
  ['JYUTPING', SEARCH_JYUTPING],
];

export const MAX_TEXT_LENGTH = 200;
export const MAX_WORDS = 20;

/**
 * The cjk analyzer's stop words (Lucene's CJKAnalyzer default set): the index holds none of them, so a
 * prefix or fuzzy term made of one would match other words, or nothing. Exact tiers leave them to the
 * analyzer, which drops them from the query as it did from the index.
 */
const STOP_WORDS = new Set([
  'a',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  's',
  'such',
  't',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
  'www',
]);

/** Whether the index dropped this word (see STOP_WORDS). */
export const isStopWord = (token: string): boolean => STOP_WORDS.has(token);

export class SearchTextProblem extends Error {}

/** The words of a text, or the problem that leaves nothing to search for. */
export function wordsOf(text: string): string[] {
  if (text.length > MAX_TEXT_LENGTH) throw new SearchTextProblem(`is ${text.length} characters long; at most ${MAX_TEXT_LENGTH}`);
  const words = text.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new SearchTextProblem('is empty; give a name, title or word to look for');
  if (!words.some((w) => /[\p{L}\p{N}]/u.test(w))) {
    throw new SearchTextProblem(`"${text.trim().slice(0, 40)}" has no letters, digits or Chinese characters to look for`);
  }
  if (words.length > MAX_WORDS) throw new SearchTextProblem(`has ${words.length} words; at most ${MAX_WORDS}`);
  return words;
}

/** Each word as a required phrase (a Chinese word's characters in order), escaped. */
const phrase = (word: string): string => `"${luceneTerms(word)}"`;
const inFields = (fields: string[], clauses: string[]): string => fields.map((f) => `${f}:(${clauses.join(' ')})`).join(' OR ');

/** The Latin-script letters-and-digits tokens of the words, stop words aside: what prefix and fuzzy terms are made of. */
const latinTokens = (words: string[]): string[] =>
  words
    .filter((w) => !HAN.test(w))
    .flatMap((w) => w.match(/[\p{L}\p{N}']+/gu) ?? [])
    .filter((t) => !STOP_WORDS.has(t));

/** Lucene's edit distance for a typo in a word this long: none for 1-2 letters, one up to 5, two beyond. */
export const editsFor = (length: number): number => (length <= 2 ? 0 : length <= 5 ? 1 : 2);

const fuzzy = (token: string): string => (editsFor(token.length) === 0 ? token : `${token}~${editsFor(token.length)}`);
const prefix = (token: string): string => (token.length >= 2 ? `${token}*` : token);

/**
 * The statement's parameters for a search for `text`. A Chinese text is one word of a language without
 * spaces, so it is EXACT or OTHER_SCRIPT only when it is a whole name (`whole`: the text folded as typed,
 * then in simplified script, against each hit's searchWholeZh); found inside a longer name, it is a part
 * of it, ranked with the prefixes (长津湖 in 长津湖之水门桥). Each hit's names come back only with
 * `names`, for saying which of them matched.
 *
 * Typos are looked for only when no entity of the asked types has the text as typed (its exact words, or
 * the text as a pinyin or jyutping romanisation), as spell checkers suggest only for words the dictionary
 * lacks (Lucene's SUGGEST_WHEN_NOT_IN_INDEX, Elasticsearch's suggest_mode "missing"): "palace" is a word
 * of titles, so it is not taken for a mistyped "place". That spares the costliest reading, five fuzzy
 * automata, whenever a researcher spells a name right.
 */
export function searchParams(text: string, names = true): SearchParams {
  const tiers = searchTiers(text);
  const han = text
    .normalize('NFKC')
    .split(/\s+/)
    .filter((w) => HAN.test(w));
  const whole = han.length === 0 ? [] : [...new Set([foldWhole(text), foldWhole(simplifiedOf(text))])];
  const ranked = tiers.map((t) => ({ query: t.query, rank: MATCH_KINDS.indexOf(t.kind) }));
  // A Chinese text has only its two exact tiers, and either may rank a hit as a part (with the prefixes),
  // so both are read at once; a Latin text's later tiers rank below its exact words.
  const first = whole.length > 0 ? ranked.length : 1;
  const typo = ranked.findIndex((t) => t.rank === FUZZY_RANK);
  const last = typo < 0 ? ranked.length : typo;
  return {
    tiers: ranked.slice(0, first),
    laterTiers: ranked.slice(first, last),
    typoTiers: ranked.slice(last),
    prefixRank: PREFIX_RANK,
    whole,
    names,
  };
}

/** The tiers of a search for `text`, best first; a tier whose words cannot apply to the text is left out. */
export function searchTiers(text: string): Tier[] {
  const words = wordsOf(text);
  const tiers: Tier[] = [
    {
      kind: 'EXACT',
      query: inFields(
        PRINTED_FIELDS,
        words.map((w) => `+${phrase(w)}`),
      ),
    },
  ];
  const hasHan = words.some((w) => HAN.test(w));
  if (hasHan) {
    // The text as typed against every script of each name, and also its simplified form, so a variant
    // character OpenCC's traditional table would not produce (迴 for 回) still meets the name.
    const alternatives = words.map((w) => {
      const simplified = HAN.test(w) ? simplifiedOf(w) : w;
      return simplified === w ? `+${phrase(w)}` : `+(${phrase(w)} ${phrase(simplified)})`;
    });
    tiers.push({ kind: 'OTHER_SCRIPT', query: inFields([...SCRIPT_PROPERTIES], alternatives) });
    return tiers;
  }
  const joined = foldRomanised(words.join(''));
  if (joined.length >= 2) for (const [kind, field] of ROMANISED_FIELDS) tiers.push({ kind, query: `${field}:${joined}` });
  const tokens = latinTokens(words).map((t) => luceneTerms(t));
  const romanised = (term: string) => (joined.length >= 2 ? ROMANISED_FIELDS.map(([, field]) => ` OR ${field}:${term}`).join('') : '');
  if (tokens.length > 0) {
    tiers.push({
      kind: 'PREFIX',
      query:
        inFields(
          LATIN_FIELDS,
          tokens.map((t) => `+${prefix(t)}`),
        ) + romanised(prefix(joined)),
    });
    if (tokens.some((t) => editsFor(t.length) > 0) || editsFor(joined.length) > 0) {
      tiers.push({
        kind: 'FUZZY',
        query:
          inFields(
            LATIN_FIELDS,
            tokens.map((t) => `+${fuzzy(t)}`),
          ) + romanised(fuzzy(joined)),
      });
    }
  }
  return tiers;
}
