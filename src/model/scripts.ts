/**
 * The one home of the chains between Chinese scripts, for the seed's derived forms (names.ts) and the pages'
 * reader's script (web/script.ts) alike. To simplified goes through the Hong Kong table (its reverse variants,
 * then traditional to simplified), so Hong Kong variants such as 迴 and 裡 reach 回 and 里 too. Traditional
 * script is Hong Kong's (cn→hk): OpenCC's standard traditional (cn→t) writes 翡翠臺, 明珠臺 and 我喫了 where Hong
 * Kong prints 翡翠台, 明珠台 and 我吃了 (issue 27's audit), and the graph's traditional-script readers are Hong
 * Kong's. The caller gives OpenCC (the server requires it on first use, a page bundles it); each table is built
 * when first needed.
 */
import type * as OpenCCModule from 'opencc-js';

export interface ScriptForms {
  Hans: string;
  Hant: string;
  HK: string;
}

export interface ScriptConverters {
  /** A name in simplified script (what a search folds a Chinese text to). */
  simplifiedOf(name: string): string;
  /** A name in simplified, traditional and Hong Kong traditional script; one printed in traditional keeps its own characters. */
  scriptsOf(name: string): ScriptForms;
}

export function scriptConverters(openCC: () => typeof OpenCCModule): ScriptConverters {
  type Convert = (text: string) => string;
  let hans: Convert | undefined;
  let hant: Convert | undefined;
  let hk: Convert | undefined;
  const toHans = (): Convert => (hans ??= openCC().Converter({ from: 'hk', to: 'cn' }));
  const toHant = (): Convert => (hant ??= openCC().Converter({ from: 'cn', to: 'hk' }));
  const toHK = (): Convert => (hk ??= openCC().Converter({ from: 't', to: 'hk' }));
  return {
    simplifiedOf: (name) => toHans()(name),
    scriptsOf(name) {
      const simplified = toHans()(name);
      const traditional = simplified !== name ? name : toHant()(simplified);
      return { Hans: simplified, Hant: traditional, HK: toHK()(traditional) };
    },
  };
}
