/**
 * `node scripts/side-by-side.mjs typecheck lint`: runs those npm scripts at the same time (the checks before
 * Jest share no files), prints each one's output whole when it ends, and fails if any of them failed.
 */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const names = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = performance.now();
      const child = spawn(npm, ['run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code) => {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stderr.write(Buffer.concat(output));
        process.stderr.write(`${code === 0 ? 'passed' : 'FAILED'}: npm run ${name} (${seconds} s)\n`);
        resolve(code === 0);
      });
    }),
);

Promise.all(runs).then((passed) => {
  process.exitCode = passed.every(Boolean) ? 0 : 1;
});
