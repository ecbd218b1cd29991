/**
 * Which of a hit's names the text matched, and in which form. Lucene says only that a node matched a
 * tier's query; the tier says how, and this finds the name that fits the same rule, read from the names
 * the search statement returns with each hit (`names`).
 */
import { CHINESE_NAME_FIELDS, foldRomanised, foldWhole, HAN, simplifiedOf } from '../../model';
import { editsFor, isStopWord, MatchKind, wordsOf } from './plan';

export interface Match {
  kind: MatchKind;
  name: string;
  form: string;
}

type Names = Record<string, unknown>;

const tokens = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}']+/gu) ?? [];

/** The printed names of a hit, English first: title or name, then aliases, then the Chinese name. */
function printed(names: Names): string[] {
  const list = [names.title, names.name, ...((names.aliases as unknown[] | null) ?? []), names.titleZh, names.nameZh];
  return list.filter((v): v is string => typeof v === 'string' && v !== '');
}

const chineseFields = (names: Names) => CHINESE_NAME_FIELDS.filter((f) => typeof names[f] === 'string');

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), as Lucene's fuzzy terms count typos. */
export function typos(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Whether every Latin word of the text meets some word of the name by `meets`; Chinese words must be in the name. */
function fits(words: string[], name: string, meets: (word: string, nameWord: string) => boolean): boolean {
  const nameWords = tokens(name);
  return words.every((w) =>
    HAN.test(w)
      ? name.includes(w)
      : tokens(w)
          .filter((t) => !isStopWord(t))
          .every((t) => nameWords.some((n) => meets(t, n))),
  );
}

const rules: Record<'EXACT' | 'PREFIX' | 'FUZZY', (word: string, nameWord: string) => boolean> = {
  EXACT: (w, n) => w === n,
  PREFIX: (w, n) => n.startsWith(w),
  FUZZY: (w, n) => typos(w, n) <= editsFor(w.length),
};

/** The romanised form of a hit's Chinese name that the run-together text matches by the tier's rule. */
function romanisedMatch(kind: MatchKind, names: Names, joined: string): Match | undefined {
  for (const suffix of kind === 'JYUTPING' ? ['Jyutping'] : kind === 'PINYIN' ? ['Pinyin'] : ['Pinyin', 'Jyutping']) {
    for (const field of chineseFields(names)) {
      const form = names[`${field}${suffix}`];
      if (typeof form !== 'string') continue;
      const folded = foldRomanised(form);
      const ok =
        kind === 'PREFIX'
          ? folded.startsWith(joined)
          : kind === 'FUZZY'
            ? typos(joined, folded) <= editsFor(joined.length)
            : folded === joined;
      if (ok) return { kind, name: names[field] as string, form };
    }
  }
  return undefined;
}

/**
 * The Chinese name a Chinese text matched (all of its words in the name), and the form: the text as typed
 * in the printed name, then in another script, then the text in simplified script in any of them. An
 * OTHER_SCRIPT hit skips the printed name as typed (that would have been EXACT).
 */
function chineseMatch(kind: MatchKind, words: string[], names: Names): Match | undefined {
  const simplified = words.map((w) => (HAN.test(w) ? simplifiedOf(w) : w));
  for (const field of chineseFields(names)) {
    const printedName = names[field] as string;
    const scripts = ['HK', 'Hant', 'Hans'].map((x) => names[`${field}${x}`]).filter((v): v is string => typeof v === 'string');
    const tries: [string, string[]][] = [
      ...(kind === 'OTHER_SCRIPT' ? [] : [[printedName, words] as [string, string[]]]),
      ...scripts.map((f) => [f, words] as [string, string[]]),
      [printedName, simplified],
      ...scripts.map((f) => [f, simplified] as [string, string[]]),
    ];
    const hit = tries.find(([form, ws]) => ws.every((w) => foldWhole(form).includes(foldWhole(w))));
    if (hit) return { kind, name: printedName, form: hit[0] };
  }
  return undefined;
}

/** The name and form behind a hit of this tier; the hit's main name when no name fits (an analyzer subtlety). */
export function explain(kind: MatchKind, text: string, names: Names): Match {
  const words = wordsOf(text);
  const fallback = String(names.title ?? names.name ?? '');
  const none = { kind, name: fallback, form: fallback };
  if (words.some((w) => HAN.test(w))) return chineseMatch(kind, words, names) ?? none;
  if (kind === 'EXACT' || kind === 'PREFIX' || kind === 'FUZZY') {
    const name = printed(names).find((n) => fits(words, n, rules[kind]));
    if (name) return { kind, name, form: name };
  }
  return romanisedMatch(kind, names, foldRomanised(words.join(''))) ?? none;
}
