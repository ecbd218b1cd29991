// graphql-ws publishes its WebSocket server under the package export "./use/ws", which TypeScript's
// "node" module resolution (this project's) cannot follow; its types are the same file's.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
