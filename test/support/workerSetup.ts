/** Runs before every integration test file: the worker's own Neo4j, started with its first file. */
import { useWorkerNeo4j } from './workerNeo4j';

beforeAll(useWorkerNeo4j, 180_000);
