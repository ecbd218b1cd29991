/**
 * The derived name forms that let a researcher find a Chinese name the way they write it: the name in
 * simplified, traditional and Hong Kong traditional script (OpenCC's tables), its toneless Mandarin
 * pinyin and Cantonese jyutping, and those romanisations run together for the search index. Every write
 * path (seed load, import, curation) calls `withDerivedNames`, so no derived form is ever typed by hand,
 * and a changed or removed Chinese name takes its derived forms with it. docs/model.md lists them.
 */
import type * as OpenCCModule from 'opencc-js';
import type * as PinyinModule from 'pinyin-pro';
import type * as JyutpingModule from 'to-jyutping';
import { scriptConverters } from './scripts';

// Loaded on first use, not on import: to-jyutping takes about 0.4 s to unpack its tables, which a
// process that writes no Chinese name (a seed check, a server that only reads) should not pay.
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
// The converters take about a second of CPU to load: required on first use, not by every process that imports the model.
/* eslint-disable @typescript-eslint/no-require-imports */
const OpenCC = once(() => require('opencc-js') as typeof OpenCCModule);
const pinyinPro = once(() => require('pinyin-pro') as typeof PinyinModule);
const toJyutping = once(() => require('to-jyutping') as typeof JyutpingModule);
/* eslint-enable @typescript-eslint/no-require-imports */

/** The printed Chinese name properties, and the forms derived from each. */
export const CHINESE_NAME_FIELDS = ['titleZh', 'nameZh'] as const;
const SCRIPT_SUFFIXES = ['Hans', 'Hant', 'HK'] as const;
const ROMANISED_SUFFIXES = ['Pinyin', 'Jyutping'] as const;

/** The index's run-together romanisations (one Chinese name per entity, so one string each). */
export const SEARCH_PINYIN = 'searchPinyin';
export const SEARCH_JYUTPING = 'searchJyutping';
/** The Chinese name whole, in each script (the printed form first), folded: what tells a whole name from a part. */
export const SEARCH_WHOLE_ZH = 'searchWholeZh';

/**
 * The title or name folded for sorting (compatibility forms and case apart): lists sort by it, so e-Japan
 * sorts among the E's, not after every capital. Stored, not computed per query, so a sort by title can
 * walk an index.
 */
export const SORT_NAME = 'sortName';
export const sortNameOf = (name: string): string => name.normalize('NFKC').toLowerCase();

/** Every derived property name: what seed files and curators may not set, and what writes recompute. */
export const DERIVED_NAME_PROPERTIES: readonly string[] = [
  ...CHINESE_NAME_FIELDS.flatMap((f) => [...SCRIPT_SUFFIXES, ...ROMANISED_SUFFIXES].map((s) => `${f}${s}`)),
  SEARCH_PINYIN,
  SEARCH_JYUTPING,
  SEARCH_WHOLE_ZH,
  SORT_NAME,
];

/** The properties that hold a name's other scripts (the OTHER_SCRIPT tier's index fields). */
export const SCRIPT_PROPERTIES: readonly string[] = CHINESE_NAME_FIELDS.flatMap((f) => SCRIPT_SUFFIXES.map((s) => `${f}${s}`));

/** The printed Chinese name a derived property comes from (`titleZhHant` → `titleZh`), else undefined. */
export const derivedFrom = (property: string): string | undefined => {
  if (property === SORT_NAME) return 'title or name';
  return DERIVED_NAME_PROPERTIES.includes(property)
    ? (CHINESE_NAME_FIELDS.find((f) => property.startsWith(f)) ?? 'titleZh or nameZh')
    : undefined;
};

/** The script chains (src/model/scripts.ts), with OpenCC required on first use. */
export const { simplifiedOf, scriptsOf } = scriptConverters(OpenCC);

export const HAN = /\p{Script=Han}/u;

/** Romanised syllables of a name; letters and digits in it stay as they are, punctuation goes. */
function syllables(name: string, romanise: (text: string) => (string | null)[]): string {
  const chars = [...name];
  return romanise(name)
    .map((r, i) => (r ?? chars[i]).toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .join(' ');
}

const pinyinOf = (name: string): string => syllables(name, (text) => pinyinPro().pinyin(text, { toneType: 'none', type: 'array' }));
const jyutpingOf = (name: string): string =>
  syllables(name, (text) =>
    toJyutping()
      .getJyutpingList(text)
      .map(([, j]) => (j ? j.replace(/[0-9]/g, '') : null)),
  );

/** Folds a romanisation or romanised query for matching: lower case, tone marks, spaces and punctuation gone. */
export const foldRomanised = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Folds a Chinese name or text for comparing whole names: NFKC, lower case, only letters and digits (·, ， and spaces go). */
export const foldWhole = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Derives the forms of one printed Chinese name (`derivedOf`, or a memo of it: src/seed/nameForms.ts). */
export type DeriveForms = (field: string, name: string) => Record<string, string>;

/** Bumped whenever derivedOf changes what it gives, so no memo of an older version is used. */
export const DERIVATION_VERSION = 2;

/** The derived forms of one printed Chinese name, under their property names. */
export function derivedOf(field: string, name: string): Record<string, string> {
  const scripts = scriptsOf(name);
  const out: Record<string, string> = {};
  for (const s of SCRIPT_SUFFIXES) out[`${field}${s}`] = scripts[s];
  const romanised = { Pinyin: pinyinOf(scripts.Hans), Jyutping: jyutpingOf(scripts.HK) };
  for (const r of ROMANISED_SUFFIXES) if (romanised[r]) out[`${field}${r}`] = romanised[r];
  return out;
}

/**
 * The properties with their derived name forms recomputed: any derived property given is dropped,
 * then each printed Chinese name adds its scripts and romanisations, and the title or name its sort
 * key, so the result never holds a form of a name it no longer has.
 */
export function withDerivedNames<T extends Record<string, unknown>>(
  props: T,
  derive: DeriveForms = derivedOf,
): T & Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) if (!DERIVED_NAME_PROPERTIES.includes(name)) out[name] = value;
  const pinyins: string[] = [];
  const jyutpings: string[] = [];
  const wholes: string[] = [];
  for (const field of CHINESE_NAME_FIELDS) {
    const name = props[field];
    if (typeof name !== 'string' || !HAN.test(name)) continue;
    const derived = derive(field, name);
    Object.assign(out, derived);
    wholes.push(...[name, ...SCRIPT_SUFFIXES.map((x) => derived[`${field}${x}`])].map(foldWhole));
    if (derived[`${field}Pinyin`]) pinyins.push(foldRomanised(derived[`${field}Pinyin`]));
    if (derived[`${field}Jyutping`]) jyutpings.push(foldRomanised(derived[`${field}Jyutping`]));
  }
  if (pinyins.length > 0) out[SEARCH_PINYIN] = pinyins.join(' ');
  if (jyutpings.length > 0) out[SEARCH_JYUTPING] = jyutpings.join(' ');
  if (wholes.length > 0) out[SEARCH_WHOLE_ZH] = [...new Set(wholes)];
  const printed = props.title ?? props.name;
  if (typeof printed === 'string' && printed.length > 0) out[SORT_NAME] = sortNameOf(printed);
  return out as T & Record<string, unknown>;
}

/** The derived properties a write must remove: those the old properties had and the new ones lack. */
export const staleDerivedNames = (before: Record<string, unknown>, after: Record<string, unknown>): string[] =>
  DERIVED_NAME_PROPERTIES.filter((p) => p in before && !(p in after));
