/**
 * Suggestions for a name mapping (seed/names/<source>.tsv, src/seed/names.ts), made with the graph's own search
 * (src/graph/search: every script, pinyin, jyutping, prefixes, typos). A suggestion is a line for a reviewer to
 * check and copy, never merged by itself: one entity when a single hit ranks best, every tied candidate joined
 * by " | " (which the seed refuses until the reviewer keeps one), and no entity when the search finds nothing.
 */
import type { SearchHitData } from '../graph/store';
import { CANDIDATE_SEPARATOR, NAME_COLUMNS } from './names';

/** A suggested mapping line: the columns of NAME_COLUMNS. */
export interface NameSuggestion {
  name: string;
  entity: string;
  why: string;
  locator: string;
}

/** The tiers whose hits are the name itself in some form; a prefix or typo hit is only a candidate. */
const SURE_KINDS = new Set(['EXACT', 'OTHER_SCRIPT', 'PINYIN', 'JYUTPING']);

const described = (h: SearchHitData): string =>
  `${h.node.id} (${h.kind}${h.match ? `: ${h.match.form} ${JSON.stringify(h.match.name)}` : ''})`;

/** The suggestion for one printed name from its search hits, best first (as searchEntities returns them). */
export function suggestMapping(name: string, hits: SearchHitData[], locator = ''): NameSuggestion {
  if (hits.length === 0)
    return { name, entity: '', why: 'search found no entity: define a new one citing this source, or give the id meant', locator };
  const best = hits.filter((h) => h.kind === hits[0].kind && h.score === hits[0].score);
  if (best.length > 1)
    return {
      name,
      entity: best.map((h) => h.node.id).join(CANDIDATE_SEPARATOR),
      why: `several entities match as well: ${best.map(described).join('; ')}; keep the one meant`,
      locator,
    };
  const [hit] = best;
  const sure = SURE_KINDS.has(hit.kind);
  return {
    name,
    entity: hit.node.id,
    why: `${sure ? 'search' : 'only a candidate, check it'}: ${described(hit)}`,
    locator,
  };
}

/** The suggestions as a mapping file's text: the header, then one tab-separated line each. */
export const mappingText = (lines: NameSuggestion[]): string =>
  [NAME_COLUMNS.join('\t'), ...lines.map((l) => NAME_COLUMNS.map((c) => l[c].replace(/\t/g, ' ')).join('\t'))].join('\n') + '\n';

/**
 * The names to suggest for, from a file: a mapping (its first column and locators) or plain text, one name a
 * line (`#` comments and blank lines skipped).
 */
export function namesToSuggest(text: string): { name: string; locator: string }[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const tsv = lines[0]?.startsWith(NAME_COLUMNS.join('\t'));
  return (tsv ? lines.slice(1) : lines).map((l) => {
    const cells = l.split('\t');
    return { name: cells[0].trim(), locator: tsv ? (cells[3] ?? '').trim() : '' };
  });
}
