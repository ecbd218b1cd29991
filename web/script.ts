/**
 * The reader's script for Chinese names: as the paper prints them, simplified, traditional or Hong Kong
 * traditional. The one home of the choice (remembered in localStorage, carried in links as `script=`) and
 * of its use: the graph's own forms where a node carries them (titleZhHant, nameZhHK, ...: written by the seed
 * through src/model/scripts.ts), else the same chains of src/model/scripts.ts here, so the
 * graph view, the playground's table and its charts read alike.
 */
import * as OpenCC from 'opencc-js';
import { scriptConverters } from '../src/model/scripts';

export type Script = 'printed' | 'Hans' | 'Hant' | 'HK';

export const SCRIPTS: { value: Script; label: string; lang: string }[] = [
  { value: 'printed', label: 'as printed', lang: 'zh' },
  { value: 'Hans', label: '简体 simplified', lang: 'zh-Hans' },
  { value: 'Hant', label: '繁體 traditional', lang: 'zh-Hant' },
  { value: 'HK', label: '香港繁體 Hong Kong', lang: 'zh-HK' },
];

const PARAM = 'script';
const STORAGE_KEY = 'av-exchange-graph.script';
const HAN = /\p{Script=Han}/u;

const isScript = (value: unknown): value is Script => SCRIPTS.some((s) => s.value === value);

/** The script a link asks for, else the one the reader chose last, else as printed. */
export function readScript(search: string = location.search): Script {
  const asked = new URLSearchParams(search).get(PARAM);
  if (isScript(asked)) return asked;
  let kept: string | null = null;
  try {
    kept = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage refused (a private window): the choice lasts as long as the page.
  }
  return isScript(kept) ? kept : 'printed';
}

let chosen: Script | null = null;
/** The reader's script now, for pages that read it where they need it (the graph view's captions and links). */
export const scriptNow = (): Script => (chosen ??= readScript());

/** Remembers the reader's choice and puts it in the address bar, so a shared link carries it. */
export function keepScript(script: Script): void {
  chosen = script;
  try {
    localStorage.setItem(STORAGE_KEY, script);
  } catch {
    // As above: not remembered, still in the link.
  }
  history.replaceState(history.state, '', withScript(location.href, script));
}

/** A page's address carrying the script (none for as printed, the default). */
export function withScript(href: string, script: Script = scriptNow()): string {
  const url = new URL(href, location.href);
  if (script === 'printed') url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, script);
  return url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
}

// The graph's own chains (src/model/scripts.ts), so a converted cell reads as the seed's derived forms do.
const { scriptsOf } = scriptConverters(() => OpenCC);

/** Text in the reader's script: only Chinese characters change; other text, and 'printed', stays as it is. */
export const inScript = (text: string, script: Script): string =>
  script === 'printed' || !HAN.test(text) ? text : scriptsOf(text)[script];

/** A cell in the reader's script: text converted, anything else as it is. */
export const cellInScript = (value: unknown, script: Script): unknown => (typeof value === 'string' ? inScript(value, script) : value);

const SUFFIX: Record<Script, string> = { printed: '', Hans: 'Hans', Hant: 'Hant', HK: 'HK' };

/** A node's Chinese name in the reader's script: the graph's stored form of it where it has one, else converted. */
export function chineseName(properties: Record<string, unknown>, script: Script): string | null {
  for (const field of ['titleZh', 'nameZh']) {
    const stored = properties[`${field}${SUFFIX[script]}`];
    if (typeof stored === 'string') return stored;
    const printed = properties[field] ?? properties[`${field}Hant`];
    if (typeof printed === 'string') return inScript(printed, script);
  }
  return null;
}

/** The lang attribute for text in that script. */
export const langOf = (script: Script): string => SCRIPTS.find((s) => s.value === script)!.lang;
