/**
 * `npm run -s db:status -- --json` as a user pipes it into jq: the build that runs first (tsc and the
 * pages) may say what it did on standard error, but standard output is one JSON document and nothing else.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

describe('db:status --json', () => {
  it('prints JSON alone on standard output, the build included', () => {
    const run = spawnSync('npm', ['run', '-s', 'db:status', '--', '--json'], {
      cwd: root,
      encoding: 'utf8',
      // An instance of its own that never runs, on ports of its own: the answer is "not running".
      env: { ...process.env, LOCAL_NEO4J_INSTANCE: 'status-probe', LOCAL_NEO4J_BOLT_PORT: '24687', LOCAL_NEO4J_HTTP_PORT: '24474' },
      timeout: 300_000,
    });
    expect(run.status).toBe(0);
    const status = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(status).toMatchObject({ running: false, boltUri: 'bolt://127.0.0.1:24687', browserUrl: 'http://127.0.0.1:24474/browser/' });
  }, 300_000);
});
