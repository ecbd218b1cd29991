/**
 * `npm test`'s Jest run, in two phases (jest.config.js): the unit and integration projects on two workers, then the
 * serial project's load-bound files on one, alone. Both phases run even when the first fails, so one run shows
 * every failure; arguments are passed to both (`node scripts/test-phases.mjs --json --outputFile=x` writes x-1, x-2).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const PHASES = [
  { name: 'unit and integration, two workers', args: ['--selectProjects', 'unit', 'integration', '--maxWorkers', '2'] },
  { name: 'serial, one worker', args: ['--selectProjects', 'serial', '--maxWorkers', '1'] },
];

const extra = process.argv.slice(2);
let failed = false;
PHASES.forEach((phase, i) => {
  const started = performance.now();
  const args = extra.map((arg) => arg.replace(/^(--outputFile=.*?)(\.json)?$/, `$1-${i + 1}$2`));
  const run = spawnSync(process.execPath, [jest, ...phase.args, ...args], { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`${run.status === 0 ? 'passed' : 'FAILED'}: jest, ${phase.name} (${seconds} s)\n`);
  failed ||= run.status !== 0;
});
process.exitCode = failed ? 1 : 0;
