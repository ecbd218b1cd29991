const path = require('path');
const { build } = require('esbuild');
(async () => {
  for (const charset of ['ascii', 'utf8']) {
    const r = await build({
      entryPoints: { playground: 'web/playground.tsx', explore: 'web/explore.ts' },
      outdir: `/tmp/charset-${charset}`, bundle: true, minify: true, format: 'iife', jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' }, loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
      metafile: true, logLevel: 'error', charset, write: true,
    });
    for (const [f, o] of Object.entries(r.metafile.outputs)) if (f.endsWith('.js')) console.log(charset, path.basename(f), Math.round(o.bytes / 1024), 'kB');
  }
})();
