import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs on our machines, so the compose file's structure is checked instead of run.
const root = path.join(__dirname, '..');
// `merge`: the replicas share one definition through YAML merge keys (`<<: *api`), as Docker Compose reads them.
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true });

/** The proxy's configuration, where the compose file mounts it from. */
function proxyConf(): string {
  const [mounted, target] = (compose.services.proxy.volumes as string[])[0].split(':');
  expect(target).toBe('/usr/local/etc/haproxy/haproxy.cfg');
  return fs.readFileSync(path.join(root, mounted), 'utf8');
}

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community image with a health check and Bolt and Browser ports', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.ports).toEqual(expect.arrayContaining(['7474:7474', '7687:7687']));
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/7474/);
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j.environment.NEO4J_server_memory_heap_max__size).toBeDefined();
  });

  it('builds the API from the Dockerfile and wires it to Neo4j by environment', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(fs.existsSync(path.join(root, 'Dockerfile'))).toBe(true);
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_AUTH.replace(/^neo4j\//, ''));
    expect(api.environment.HOST).toBe('0.0.0.0');
    expect(api.expose).toContain(api.environment.PORT);
  });

  it('runs two API replicas, only the first loading the seed, and the second once the first is ready', () => {
    const [first, second] = [compose.services.api, compose.services['api-2']];
    expect(second.build).toBe(first.build);
    expect({ ...second.environment, SEED_WHEN_EMPTY: undefined }).toEqual({ ...first.environment, SEED_WHEN_EMPTY: undefined });
    expect(first.environment.SEED_WHEN_EMPTY ?? 'true').toBe('true');
    expect(second.environment.SEED_WHEN_EMPTY).toBe('false');
    expect(second.depends_on.api).toEqual({ condition: 'service_healthy' });
    // Behind one proxy every client has its address: one address's socket bound must hold them all.
    expect(Number(first.environment.WS_MAX_CONNECTIONS_PER_CLIENT)).toBeGreaterThanOrEqual(1000);
    for (const replica of [first, second]) expect(replica.ports).toBeUndefined();
  });

  it('puts a reverse proxy in front, round robin over both replicas, WebSockets included', () => {
    const proxy = compose.services.proxy;
    expect(proxy.image).toMatch(/^haproxy:/);
    expect(proxy.ports).toEqual([`${compose.services.api.environment.PORT}:8080`]);
    expect(proxy.depends_on).toEqual({ api: { condition: 'service_healthy' }, 'api-2': { condition: 'service_healthy' } });
    const conf = proxyConf();
    const backend = /backend replicas\n([\s\S]*)/.exec(conf)![1];
    expect(backend).toMatch(/balance roundrobin/);
    expect([...backend.matchAll(/server ([\w-]+) \1:4000/g)].map((m) => m[1])).toEqual(['api', 'api-2']);
    expect(conf).toMatch(/bind :8080/);
    // HAProxy passes a WebSocket's upgrade through in HTTP mode; an idle subscription's socket must outlive the API's pings.
    expect(conf).toMatch(/timeout tunnel 1h/);
    // Only a connection that failed is tried again elsewhere: a request that was sent (a mutation) never is.
    expect([...conf.matchAll(/^\s*retry-on (.*)/gm)].map((m) => m[1])).toEqual(['conn-failure']);
  });

  it("takes a replica out by its /ready before its drain ends, and the drain fits the stop's grace period", () => {
    const conf = proxyConf();
    expect(conf).toMatch(/option httpchk GET \/ready\n/);
    expect(conf).toMatch(/http-check expect status 200\n/);
    const [, inter, fall] = /default-server check inter (\d+)s fall (\d+)/.exec(conf)!;
    const outAfterMs = Number(inter) * 1000 * Number(fall);
    for (const replica of [compose.services.api, compose.services['api-2']]) {
      const drainMs = Number(replica.environment.SHUTDOWN_DRAIN_MS);
      // A check under way when the drain starts still answers 200: one interval more than `fall` of them.
      expect(drainMs).toBeGreaterThan(outAfterMs + Number(inter) * 1000);
      expect(drainMs).toBeLessThan(Number(/^(\d+)s$/.exec(replica.stop_grace_period)![1]) * 1000);
    }
  });

  it('starts the API only after Neo4j is healthy, and checks the API through /ready', () => {
    expect(compose.services.api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(compose.services.api.healthcheck.test.join(' ')).toMatch(/\/ready/);
  });

  it('ships what the API needs at run time in its image', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    for (const folder of ['cypher', 'seed', 'dist']) expect(dockerfile).toMatch(new RegExp(`COPY .*${folder}`));
    // The flags between are src/server/runtime.ts's, checked in test/server/runtime.unit.test.ts.
    expect(dockerfile).toMatch(/CMD \["node", ("--[^"]+", )*"dist\/scripts\/start.js"\]/);
  });
});
