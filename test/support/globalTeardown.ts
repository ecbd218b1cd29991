import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { localInstance } from '../../src/localdb/instance';
import { stop } from '../../src/localdb/localNeo4j';

export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_NEO4J_OWNED !== '1') return;
  const instance = localInstance(process.env.TEST_NEO4J_INSTANCE || 'test');
  await stop(instance, (globalThis as Record<string, unknown>).__TEST_NEO4J__ as ChildProcess | undefined);
  fs.rmSync(instance.home, { recursive: true, force: true });
}
