/**
 * The domain model on the ground floor: every layer (seed, graph, schema, server) reads it, and it
 * reads nothing of the project. docs/model.md documents each entry; test/model holds the two together.
 */
export * from './labels';
export * from './relationships';
export * from './properties';
export * from './ranges';
export * from './enumerations';
export * from './names';
export * from './checks';
export * from './linkedData';
export * from './claims';
