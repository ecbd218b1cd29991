import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';

const startScript = path.join(__dirname, '..', '..', 'dist', 'scripts', 'start.js');

/** Runs `npm start`'s compiled entry point with the given environment, as a user would. */
function startWith(env: Record<string, string>) {
  return spawnSync(process.execPath, [startScript], {
    env: { PATH: process.env.PATH!, HOME: process.env.HOME!, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('configuration from the environment', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT', /whole number/],
    [{ PORT: '70000' }, 'PORT', /between 0 and 65535/],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI', /scheme "http"/],
    [{ NEO4J_URI: 'localhost:7687', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI', /must look like/],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, 'NEO4J_PASSWORD', /required/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /one of/],
    [{ NEO4J_DATABASE: 'no spaces allowed' }, 'NEO4J_DATABASE', /not a valid/],
    [{ WS_MAX_CONNECTIONS_PER_CLIENT: '0' }, 'WS_MAX_CONNECTIONS_PER_CLIENT', /between 1 and 100000/],
    [{ WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: 'many' }, 'WS_MAX_SUBSCRIPTIONS_PER_CONNECTION', /whole number/],
    [{ WS_MAX_BUFFERED_BYTES: '1024' }, 'WS_MAX_BUFFERED_BYTES', /between 65536 and/],
    [{ COMMIT_GATE_HOLD_BACK_MS: '0' }, 'COMMIT_GATE_HOLD_BACK_MS', /between 1 and 60000/],
  ])('refuses %j naming %s', (env, variable, problem) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as ConfigError).variable).toBe(variable);
      expect((err as Error).message).toMatch(problem);
    }
  });

  it('stops npm start with exit code 1 and one line naming the variable', () => {
    const result = startWith({ PORT: 'abc' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual(['Configuration error: PORT: must be a whole number, got "abc"']);
  });

  it('stops npm start on a URI with a wrong scheme', () => {
    const result = startWith({ NEO4J_URI: 'http://127.0.0.1:7474', NEO4J_PASSWORD: 'x' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Configuration error: NEO4J_URI: scheme "http"/);
  });

  it('gives up on an unreachable Neo4j after the bounded wait, with a clear message', () => {
    const result = startWith({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', NEO4J_STARTUP_WAIT_MS: '1500', LOG_LEVEL: 'warn' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Neo4j not reachable yet; retrying/);
    expect(result.stderr).toMatch(/Could not start: Neo4j did not answer within 2s/);
  });

  it('accepts routing URIs for clusters and Aura, and defaults sensibly', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'p' });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'p', database: 'neo4j' });
    expect(loadConfig({}).port).toBe(4000);
    expect(loadConfig({}).neo4j).toBeUndefined();
    expect(loadConfig({}).sockets).toEqual({
      maxConnectionsPerClient: 20,
      maxSubscriptionsPerConnection: 20,
      maxBufferedBytes: 16_777_216,
    });
    expect(loadConfig({}).commitGateHoldBackMs).toBe(100);
  });
});
