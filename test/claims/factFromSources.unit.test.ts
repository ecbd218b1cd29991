/**
 * A fact as the listed sources state it (src/model/claims.ts, factFromSources): what the question fields' `sources`
 * make of a fact once the first listed source of each of its claimed properties is known.
 */
import { factFromSources, type SourcedValue } from '../../src/model';

const PAPER = 'source:paper';
const HK01 = 'source:hk01';
const HKET = 'source:hket';

// Warriors of Future's release as Table 7 holds it.
const release = {
  id: 'RELEASED_IN|work:warriors-of-future|region:hong-kong|2022',
  source: PAPER,
  locator: 'Table 7, row 1',
  year: 2022,
  boxOfficeHKD: 81821966,
  rank: 1,
  admissions: 1120891,
};
const answered = (values: [string, unknown, string | null][]): SourcedValue[] =>
  values.map(([property, value, source]) => ({ property, value, source }));

describe('factFromSources', () => {
  it("takes another source's values, keeps the citation, and drops what that source does not state", () => {
    const fact = factFromSources(
      release,
      answered([
        ['boxOfficeHKD', 81780000, HK01],
        ['rank', 1, HK01],
      ]),
      [HK01],
    );
    expect(fact).toEqual({
      id: release.id,
      source: PAPER,
      locator: 'Table 7, row 1',
      year: 2022,
      boxOfficeHKD: 81780000,
      rank: 1,
      sourceIds: [HK01],
    });
  });

  it("keeps the fact's own values when its source is listed, naming every source a value came from, in the order listed", () => {
    const fact = factFromSources(
      release,
      answered([
        ['boxOfficeHKD', 81783591, HKET],
        ['rank', 1, PAPER],
      ]),
      [HKET, PAPER],
    );
    expect(fact).toMatchObject({ boxOfficeHKD: 81783591, rank: 1, admissions: 1120891, sourceIds: [HKET, PAPER] });
  });

  it('leaves a property out when no listed source states it, never 0', () => {
    const fact = factFromSources(
      release,
      answered([
        ['boxOfficeHKD', 81783591, HKET],
        ['rank', null, null],
      ]),
      [HKET],
    );
    expect(fact).not.toHaveProperty('rank');
    expect(fact).toMatchObject({ boxOfficeHKD: 81783591, sourceIds: [HKET] });
  });

  it('is undefined for a fact none of the listed sources states', () => {
    expect(factFromSources(release, answered([['boxOfficeHKD', null, null]]), [HK01])).toBeUndefined();
    // A fact without claims: only its own source states it.
    const tie = { id: 'ORIGINATES_FROM|work:x|region:hong-kong', source: PAPER, locator: 'Table 7' };
    expect(factFromSources(tie, [], [HK01])).toBeUndefined();
    expect(factFromSources(tie, [], [HK01, PAPER])).toEqual({ ...tie, sourceIds: [PAPER] });
  });
});
