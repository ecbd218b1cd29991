/**
 * The second signal: `npm start`'s entry point against the test Neo4j (NEO4J_URI set), holding a
 * request in flight so that a first SIGTERM has something to wait for. A second SIGTERM a moment later
 * exits at once (code 1); two that come together, as a terminal's Ctrl-C and npm's copy of it do, count
 * as one and the shutdown stays graceful.
 */
import { Spawned, startOnTestNeo4j, within } from './startProcess';
import { requestInFlight as heldRequest, sleep } from './support';

/** A request held in flight; its answer is the reply's status, or the code of the connection's failure. */
function requestInFlight(url: string) {
  const inFlight = heldRequest(url);
  const answer = inFlight.answer.then(
    (reply) => String(reply.status),
    (err: NodeJS.ErrnoException) => err.code ?? 'error',
  );
  return { answer, finish: inFlight.finish };
}

describe('signals to npm start', () => {
  let server: Spawned | undefined;
  afterEach(() => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('a second SIGTERM, a moment after the first, exits at once without waiting for the request in flight', async () => {
    server = startOnTestNeo4j();
    const inFlight = requestInFlight(await server.url());
    await sleep(500);
    server.child.kill('SIGTERM');
    await sleep(2000);
    expect(server.child.exitCode).toBeNull(); // the first signal waits for the request in flight
    server.child.kill('SIGTERM');
    expect(await within(server.exit, 30_000)).toBe(1);
    expect(await within(inFlight.answer, 30_000)).not.toBe('200');
    expect(server.output.stdout).toMatch(/second signal: exiting now/);
  }, 120_000);

  it('two signals that come together count as one: the request in flight is answered and the exit is clean', async () => {
    server = startOnTestNeo4j();
    const inFlight = requestInFlight(await server.url());
    await sleep(500);
    // Two signals sent at once may arrive as one; npm's copy of a Ctrl-C comes a few milliseconds later.
    server.child.kill('SIGTERM');
    await sleep(200);
    server.child.kill('SIGTERM');
    await sleep(800);
    inFlight.finish();
    expect(await within(inFlight.answer, 30_000)).toBe('200');
    expect(await within(server.exit, 30_000)).toBe(0);
    expect(server.output.stdout).not.toMatch(/second signal/);
  }, 120_000);
});
