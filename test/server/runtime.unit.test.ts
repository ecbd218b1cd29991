/**
 * The server's Node flags (src/server/runtime.ts) are written in three places that cannot import them:
 * `npm start`, the Dockerfile's command and, through the constant, the benchmark's child servers. A
 * flag changed in one place only would make the benchmark measure a server nobody runs.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../src/server/runtime';

const root = path.join(__dirname, '..', '..');
const flagsBefore = (script: string) =>
  script
    .slice(0, script.indexOf('dist/scripts/start.js'))
    .split(/[\s",[\]]+/)
    .filter((w) => w.startsWith('--'));

describe('the server runtime flags', () => {
  it('are the ones npm start runs the server with', () => {
    const start: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start;
    expect(flagsBefore(start)).toEqual([...SERVER_NODE_FLAGS]);
  });

  it('are the ones the Docker image runs the server with', () => {
    const cmd = fs
      .readFileSync(path.join(root, 'Dockerfile'), 'utf8')
      .split('\n')
      .find((line) => line.startsWith('CMD '));
    expect(flagsBefore(cmd ?? '')).toEqual([...SERVER_NODE_FLAGS]);
  });

  it('are flags this Node accepts', () => {
    // Node refuses an unknown flag with "bad option" and exit code 9 before running anything.
    expect(execFileSync(process.execPath, [...SERVER_NODE_FLAGS, '-e', 'process.stdout.write("ran")'], { encoding: 'utf8' })).toBe('ran');
  });
});
