/** Statements specialised per relationship type and path length: only from the model's fixed lists. */
import { specialised, Statements } from '../../../src/graph/statements';

describe('statements specialised per relationship type', () => {
  const catalog = new Statements();

  it("are made only for the model's core types, never for other text", () => {
    expect(specialised('relationshipsOfType', 'AIRED_ON')).toBe('relationshipsOfType@AIRED_ON');
    expect(specialised('relationshipsOfType', 'BASED_IN')).toBeUndefined();
    expect(specialised('relationshipsOfType', 'AIRED_ON]-() DETACH DELETE n //')).toBeUndefined();
    expect(() => catalog.text('relationshipsOfType@X]-() DELETE n')).toThrow(/not a type/);
    expect(catalog.text('relationshipsOfType@AIRED_ON')).toMatch(/MATCH \(n\)-\[r:AIRED_ON\]->\(m\)/);
    expect(catalog.text('shortestPathsBetween@3')).toContain('allShortestPaths((a)-[*..3]-(b))');
    expect(() => catalog.text('shortestPathsBetween@7')).toThrow(/not a path length from 1 to 6/);
    expect(() => catalog.text('shortestPathsBetween@3]-(b)) DETACH DELETE a //')).toThrow(/not a path length/);
  });
});
