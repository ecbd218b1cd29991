/**
 * `npm run build`, which every npm script runs first: brings dist/ up to date, doing only what is stale, and
 * never deleting what a running server reads (issue 31). Plain JavaScript so that it runs before anything is
 * compiled.
 *
 * - Compile: tsc, incremental (its build info stays in dist/), run only when a file under src/ or scripts/ or a
 *   tsconfig is newer than the last compile. Outputs of sources that no longer exist are pruned.
 * - Pages: bundled into a new folder that dist/public is then switched to (src/server/buildPages.ts), only when
 *   web/ or src/ changed since the last bundle.
 * - Name forms: the seed's Chinese names derived into the memo, only when the seed or its code changed.
 * - Tools (`--tools`, which `npm run bench` and `npm run seed:synthetic` pass): the benchmark and the synthetic
 *   generator (tools/, tools/tsconfig.json) compiled into dist-tools/ with the src/ files they import, only when
 *   tools/ or src/ changed. They stay out of dist/, so out of the server's build and its Docker image.
 *
 * `--force` does every step whatever their stamps say.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const at = (...parts) => path.join(root, ...parts);
const force = process.argv.includes('--force');
const tools = process.argv.includes('--tools');

const mtimeOf = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

/** The newest modification time of a file, or of any file below a folder. */
function newest(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((latest, entry) => Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs), stat.mtimeMs);
}

const staleAgainst = (stamp, inputs) => force || mtimeOf(stamp) === 0 || inputs.some((input) => newest(at(input)) > mtimeOf(stamp));

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Marks a step done now (tsc leaves its build info untouched when nothing needed emitting). */
function stampNow(stamp) {
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

/** Removes the compiled files of sources that were deleted or renamed, which tsc leaves behind, and emptied folders. */
function pruneOrphans(outDir, folders) {
  for (const folder of folders) {
    const out = path.join(outDir, folder);
    if (!fs.existsSync(out)) continue;
    for (const entry of fs.readdirSync(out, { withFileTypes: true, recursive: true })) {
      const match = /^(.*)\.js(\.map)?$|^(.*)\.d\.ts$/.exec(entry.name);
      if (!entry.isFile() || !match) continue;
      const base = match[1] ?? match[3];
      const source = path.join(root, folder, path.relative(out, entry.parentPath), base);
      if (!['.ts', '.tsx'].some((ext) => fs.existsSync(source + ext))) fs.rmSync(path.join(entry.parentPath, entry.name));
    }
    removeEmptyFolders(out);
  }
}

function removeEmptyFolders(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(path.join(folder, entry.name));
  }
  if (fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
}

const compiled = path.join(dist, '.compiled');
if (staleAgainst(compiled, ['src', 'scripts', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'])) {
  run([at('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
  pruneOrphans(dist, ['src', 'scripts']);
  stampNow(compiled);
}

const bundled = path.join(dist, '.pages');
if (staleAgainst(bundled, ['web', 'src', 'package-lock.json'])) {
  run([path.join(dist, 'scripts', 'build-pages.js')]);
  stampNow(bundled);
}

const derived = path.join(dist, '.names');
const memo = at('.neo4j', 'derived-names.json');
// The Docker image's build stage has no seed/ (the final stage copies it) and ships no memo: there the step is
// skipped, and a load derives the names the memo lacks (src/seed/nameForms.ts).
const hasSeed = fs.existsSync(at('seed'));
if (hasSeed && (!fs.existsSync(memo) || staleAgainst(derived, ['seed', 'src/seed', 'src/model', '.neo4j/derived-names.json']))) {
  run([path.join(dist, 'scripts', 'derive-seed-names.js')]);
  stampNow(derived);
}

const distTools = at('dist-tools');
const toolsCompiled = path.join(distTools, '.compiled');
if (tools && staleAgainst(toolsCompiled, ['tools', 'src', 'tsconfig.json', 'package-lock.json'])) {
  run([at('node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join('tools', 'tsconfig.json')]);
  pruneOrphans(distTools, ['src', 'tools']);
  stampNow(toolsCompiled);
}
