/**
 * Child process of `npm run bench`: runs ours or the peer (argv[2]) against the Neo4j in BENCH_TARGET
 * and answers the parent over IPC: "ready" with its URL, "statements" with the count so far. It
 * closes on "close", and exits when the parent goes away, so no server outlives the benchmark.
 */
import 'reflect-metadata';
import { BenchTarget, RunningServer, ServerKind, startInProcess } from './servers';

async function main(): Promise<void> {
  const kind = process.argv[2] as ServerKind;
  if (kind !== 'ours' && kind !== 'peer') throw new Error(`serve: expected "ours" or "peer", got "${kind}"`);
  const target = JSON.parse(process.env.BENCH_TARGET ?? '{}') as BenchTarget;
  const server: RunningServer = await startInProcess(kind, target);
  const send = (message: object) => process.send?.(message);
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'statements') send({ type: 'statements', log: await server.statements() });
    if (m.type === 'close') {
      await server.close();
      process.exit(0);
    }
  });
  process.on('disconnect', () => {
    void server.close().finally(() => process.exit(0));
  });
  send({ type: 'ready', url: server.url });
}

main().catch((err: Error) => {
  process.send?.({ type: 'error', error: err.message });
  process.exit(1);
});
