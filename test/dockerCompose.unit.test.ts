import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs on our machines, so the compose file's structure is checked instead of run.
const root = path.join(__dirname, '..');
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));

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
    expect(api.ports).toContain(`${api.environment.PORT}:4000`);
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
