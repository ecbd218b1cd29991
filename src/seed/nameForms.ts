/**
 * The seed's derived name forms, memoised in .neo4j/derived-names.json. Deriving is cheap per name, but
 * the libraries' tables take about a second of CPU to load (to-jyutping unpacks its own, OpenCC builds
 * its tries), which every seed load, and every test file that loads the seed, would pay again for the
 * same names. The memo holds what derivedOf gave for each name, under the libraries' versions and the
 * derivation's version: when any changes, or a name is new, derivedOf runs again. `npm run build` fills it
 * (scripts/derive-seed-names.ts), so even the first load after an install finds the work done. Only the seed
 * uses it; the import and curation write a few names at a time and derive them directly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, projectRoot } from '../localdb/instance';
import { DeriveForms, DERIVATION_VERSION, derivedOf, withDerivedNames } from '../model';
import { withAdditions } from './additions';
import type { SeedFile } from './read';
import { validateSeed } from './validate';

const LIBRARIES = ['opencc-js', 'pinyin-pro', 'to-jyutping'];

interface Memo {
  key: string;
  forms: Record<string, Record<string, string>>;
}

function memoKey(): string {
  const versions = LIBRARIES.map((name) => {
    const manifest = path.join(projectRoot(), 'node_modules', name, 'package.json');
    return `${name}@${(JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version}`;
  });
  return [`derivation ${DERIVATION_VERSION}`, ...versions].join(' ');
}

const memoFile = (): string => path.join(cacheDir(), 'derived-names.json');

function readMemo(key: string): Memo {
  try {
    const memo = JSON.parse(fs.readFileSync(memoFile(), 'utf8')) as Memo;
    if (memo.key === key && typeof memo.forms === 'object') return memo;
  } catch {
    // No memo yet, or an unreadable one: derive afresh.
  }
  return { key, forms: {} };
}

/**
 * A DeriveForms for one seed load, and `save` to keep what it derived afresh for the next. A memo that
 * cannot be written (a read-only checkout) only costs the next load the libraries' start-up again.
 */
export function seedNameForms(): { derive: DeriveForms; save: () => void } {
  const memo = readMemo(memoKey());
  let added = false;
  const derive: DeriveForms = (field, name) => {
    const key = `${field}|${name}`;
    if (!memo.forms[key]) {
      memo.forms[key] = derivedOf(field, name);
      added = true;
    }
    return memo.forms[key];
  };
  const save = () => {
    if (!added) return;
    try {
      fs.mkdirSync(cacheDir(), { recursive: true });
      fs.writeFileSync(memoFile(), JSON.stringify(memo));
    } catch {
      // See above: the memo is an optimisation only.
    }
  };
  return { derive, save };
}

/**
 * Derives the name forms of a valid seed into the memo, as a load would, and
 * says how many Chinese names it holds; an invalid seed is left to the load to report. `npm run build`
 * calls it, so that a load after an install finds the converters' work done.
 */
export function deriveSeedNames(files: SeedFile[]): number | null {
  if (validateSeed(files).length > 0) return null;
  const names = seedNameForms();
  let count = 0;
  for (const node of withAdditions(files))
    withDerivedNames(node.props, (field, name) => {
      count += 1;
      return names.derive(field, name);
    });
  names.save();
  return count;
}
