/**
 * The Node flags the server runs with wherever it is started: `npm start`, the Dockerfile, and the
 * benchmark's child servers (test/server/runtime.test.ts keeps the three in step).
 *
 * Each request leaves a few hundred short-lived objects behind (Apollo's request context, graphql-js's
 * paths and promises, the driver's records). With V8's default 16 MB semispaces the young generation
 * filled about 14 times a second under the benchmark's lookup load, and objects still in flight at each
 * scavenge were copied and promoted. With 64 MB semispaces: 20 scavenges in 5 s instead of 71, and
 * about 15% less server CPU per request (lookup and nested, measured side by side), for about 75 MB
 * more resident memory.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
