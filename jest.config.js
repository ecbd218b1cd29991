/**
 * Jest's projects. `npm test` runs them in two phases (scripts/test-phases.mjs): `unit` and `integration` on two
 * workers, each integration worker with a Neo4j of its own (test/support/workerNeo4j.ts), then `serial` on one
 * worker, alone on the machine. Plain `npx jest` runs all three on one worker.
 */

/**
 * The one list of test files that run alone: they put the machine under load on purpose (50 clients at once, a
 * Neo4j killed under writes, restarts raced against timeouts, a slow read timed against a queued write), and with a
 * second worker beside them on two cores their clients, restarts or timings failed (full runs with -w 2 on
 * 2026-12-07: concurrency, neo4jFaults, fairReads and localNeo4j). Every other integration file may run beside another.
 */
const SERIAL_FILES = [
  'test/hardening/concurrency.test.ts',
  'test/hardening/neo4jFaults.test.ts',
  'test/hardening/supervisor.test.ts',
  'test/hardening/coldPlans.test.ts',
  'test/hardening/fairReads.test.ts',
  'test/localdb/localNeo4j.test.ts',
  // Its SIGTERM test counts every request of a round-robin client: beside a second worker (2026-12-07's second full
  // run), one connection was reset as the stopping server closed its listening socket.
  'test/server/replicas.test.ts',
];

const serialPatterns = SERIAL_FILES.map((file) => `/${file.replace(/\./g, '\\.')}$`);

const common = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
};

/** What a test that needs Neo4j runs with: dist/ built, and the worker's own Neo4j. */
const withNeo4j = {
  ...common,
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/support/workerSetup.ts'],
};

module.exports = {
  maxWorkers: 1,
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.unit.test.ts'] },
    {
      ...withNeo4j,
      displayName: 'integration',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['\\.unit\\.test\\.ts$', ...serialPatterns],
    },
    { ...withNeo4j, displayName: 'serial', testMatch: SERIAL_FILES.map((file) => `**/${file}`) },
  ],
};
