/**
 * `npm run build` (after the pages): derives the seed's Chinese name forms into the memo
 * (.neo4j/derived-names.json, src/seed/nameForms.ts). Loading the converters costs a third of a second
 * or more, which a seed load would otherwise pay on its first run after an install; the load still
 * derives any name the memo lacks, so a seed edited after the build loads right.
 */
import { deriveSeedNames } from '../src/seed/nameForms';
import { readSeed, seedDir } from '../src/seed/read';

if (require.main === module) {
  const started = performance.now();
  const count = deriveSeedNames(readSeed(seedDir()));
  // Standard error, as build-pages: `npm run -s db:status -- --json` builds first and prints JSON alone.
  if (count === null) console.error('The seed has problems (npm run seed -- --check names them); its names were not derived.');
  else console.error(`Derived the forms of the seed's ${count} Chinese names in ${Math.round(performance.now() - started)} ms.`);
}
