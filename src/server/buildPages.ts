/**
 * The pages' build, run by `npm run build` after tsc (scripts/build-pages.ts): bundles the playground, the graph view and the entity pages' script from web/ into dist/public
 * with esbuild: JavaScript, CSS (GraphiQL's included, its fonts inlined as data: URLs) and source maps.
 * The server serves them under /assets, so the pages need nothing from another host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../localdb/instance';

export const webDir = (): string => path.join(projectRoot(), 'web');
export const publicDir = (): string => path.join(projectRoot(), 'dist', 'public');

const ENTRIES = { playground: 'playground.tsx', explore: 'explore.ts', entity: 'entity.tsx' };

/**
 * Bundles web/ for the server: into a new folder beside dist/public, which dist/public (a symbolic link) is then
 * switched to in one rename, so a running server never finds its pages missing; the build before stays for the
 * requests that had already resolved it, older ones are removed. Returns the size of each file written.
 */
export async function buildPages(): Promise<Record<string, number>> {
  const link = publicDir();
  const build = `${link}-${Date.now().toString(36)}`;
  const sizes = await bundlePages(build);
  const previous =
    fs.existsSync(link) && fs.lstatSync(link).isSymbolicLink() ? path.resolve(path.dirname(link), fs.readlinkSync(link)) : undefined;
  // An old dist/public that is a folder, not a link, cannot be replaced by rename: it goes first, once.
  if (fs.existsSync(link) && !previous) fs.rmSync(link, { recursive: true, force: true });
  const next = `${link}.next`;
  fs.rmSync(next, { force: true });
  fs.symlinkSync(path.basename(build), next, 'dir');
  fs.renameSync(next, link);
  for (const name of fs.readdirSync(path.dirname(link))) {
    const folder = path.join(path.dirname(link), name);
    if (name.startsWith(`${path.basename(link)}-`) && folder !== build && folder !== previous)
      fs.rmSync(folder, { recursive: true, force: true });
  }
  return sizes;
}

/** Bundles web/ into `outdir`, replacing what was there; returns the size of each file written. */
export async function bundlePages(outdir: string): Promise<Record<string, number>> {
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(webDir(), file)])),
    outdir,
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    format: 'iife',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Fonts or images a stylesheet names by URL are copied beside the bundle, never fetched from elsewhere.
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  return Object.fromEntries(
    Object.entries(result.metafile.outputs).map(([file, out]) => [path.relative(outdir, path.resolve(projectRoot(), file)), out.bytes]),
  );
}

const newest = (dir: string): number =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((t, e) => Math.max(t, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs), 0);

/** Builds the pages unless dist/public already holds bundles newer than every file in web/ (for tests). */
export async function buildPagesIfStale(): Promise<void> {
  const bundles = Object.keys(ENTRIES).map((name) => path.join(publicDir(), `${name}.js`));
  const built = bundles.every((f) => fs.existsSync(f)) ? Math.min(...bundles.map((f) => fs.statSync(f).mtimeMs)) : 0;
  if (built <= newest(webDir())) await buildPages();
}
