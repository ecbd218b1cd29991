/** After the integration tests: every worker's Neo4j stopped and its folder removed (test/support/workerNeo4j.ts). */
import type { Config } from '@jest/types';
import { removeWorkerNeo4js } from './workerNeo4j';

export default async function globalTeardown(globalConfig: Config.GlobalConfig): Promise<void> {
  if (process.env.TEST_NEO4J_OWNED === '1') await removeWorkerNeo4js(globalConfig.maxWorkers);
}
