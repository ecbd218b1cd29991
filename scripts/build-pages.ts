/** `npm run build` (after tsc): bundles the pages from web/ into dist/public (src/server/buildPages.ts). */
import path from 'node:path';
import { projectRoot } from '../src/localdb/instance';
import { buildPages, publicDir } from '../src/server/buildPages';

if (require.main === module) {
  const started = performance.now();
  buildPages().then(
    (sizes) => {
      const kb = (n: number): string => `${(n / 1024).toFixed(0)} kB`;
      const lines = Object.entries(sizes)
        .filter(([f]) => !f.endsWith('.map'))
        .map(([f, n]) => `  ${f} ${kb(n)}`);
      // Progress goes to standard error: `npm run -s db:status -- --json` builds first, and its standard output is JSON alone.
      console.error(
        `Built the pages into ${path.relative(projectRoot(), publicDir())} in ${Math.round(performance.now() - started)} ms:\n${lines.join('\n')}`,
      );
    },
    (err: Error) => {
      console.error(`Could not build the pages: ${err.message}`);
      process.exit(1);
    },
  );
}
