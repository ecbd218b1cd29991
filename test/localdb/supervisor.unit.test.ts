/** The supervisor's pauses before restarting a Neo4j that died (src/localdb/supervisor.ts). */
import { backoffMs } from '../../src/localdb/supervisor';

describe('backoffMs', () => {
  it('restarts after the first death at once, then after pauses that double up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(backoffMs)).toEqual([0, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });
});
