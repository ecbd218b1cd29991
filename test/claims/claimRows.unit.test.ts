/**
 * The seed's claims without Neo4j (src/seed/claims.ts): the real seed's claims are valid, every fact another source
 * states gets the fact's own statement as its preferred claim with the fact's values and locator, and the units
 * follow the property names (src/model/claims.ts).
 */
import { unitOf } from '../../src/model';
import { claimProblems, claimRows } from '../../src/seed/claims';
import { readSeed, seedDir } from '../../src/seed/read';

const files = readSeed(seedDir());
const isSource = (id: string) => files.some((f) => f.nodes.some((n) => n.id === id && n.label === 'Source'));

describe('claims in the seed', () => {
  it('are valid, and every fact another source states has one preferred claim, holding the fact values', () => {
    expect(claimProblems(files, isSource)).toEqual([]);
    const rows = claimRows(files);
    const facts = new Set(rows.map((r) => r.props.factId));
    const warriors = rows.filter((r) => r.props.factId === 'RELEASED_IN|work:warriors-of-future|region:hong-kong|2022');
    // Table 7, row 1: HK$81,821,966, rank 1.
    expect(warriors.filter((r) => r.props.preferred).map((r) => [r.source, r.locator, r.props.boxOfficeHKD, r.props.rank])).toEqual([
      ['source:paper', 'Table 7, row 1', 81821966, 1],
    ]);
    for (const fact of facts) {
      const claimed = new Set(rows.filter((r) => r.props.factId === fact).flatMap((r) => r.props.claimed as string[]));
      const preferred = rows.filter((r) => r.props.factId === fact && r.props.preferred);
      // A fact the paper does not state (Top Gun's gross) has no preferred claim: nothing is made up for it.
      for (const p of preferred) expect((p.props.claimed as string[]).every((name) => claimed.has(name))).toBe(true);
    }
    expect(rows.some((r) => r.props.factId === 'RELEASED_IN|work:top-gun-maverick|region:hong-kong|2022' && r.props.preferred)).toBe(false);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('take their unit from the property name', () => {
    expect([
      unitOf('boxOfficeHKD'),
      unitOf('totalBoxOfficeHKD'),
      unitOf('localBoxOfficeSharePct'),
      unitOf('rank'),
      unitOf('value'),
    ]).toEqual(['HKD', 'HKD', '%', undefined, 'HKD thousand']);
  });
});
