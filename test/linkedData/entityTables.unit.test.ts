/**
 * The entity page's tables (src/server/linkedData/entityTables.ts), pure: facts grouped by type and direction
 * (claims' ABOUT links left out), the columns of a group, and the charts: a series by year (or week) with its
 * measures and the other end as the series, and a claimed figure by source, a source stating it twice told apart by
 * its locator; no chart where nothing varies over time or only one source states a figure.
 */
import type { ClaimData } from '../../src/graph/claims';
import type { EntityProfile, ProfileFact } from '../../src/graph/entityProfile';
import { chartsOf, factGroups, groupColumns } from '../../src/server/linkedData/entityTables';

const japan = { id: 'region:japan', label: 'Region', name: 'Japan' };
const hk = { id: 'region:hong-kong', label: 'Region', name: 'Hong Kong' };

const imported = (year: number, value: number, sharePct: number): ProfileFact => ({
  type: 'IMPORTED_FROM',
  direction: 'OUT',
  props: {
    id: `IMPORTED_FROM|region:hong-kong|region:japan|${year}`,
    year,
    value,
    sharePct,
    rank: 2,
    source: 'source:paper',
    locator: `Table 1, ${year}`,
  },
  other: japan,
});

const claim = (source: string, locator: string, value: number, preferred = false): ClaimData => ({
  id: `claim:${source}:${locator}`,
  factId: 'region:hong-kong',
  claimed: ['totalBoxOfficeHKD'],
  source,
  locator,
  totalBoxOfficeHKD: value,
  ...(preferred ? { preferred: true } : {}),
});

const profile = (facts: ProfileFact[], claims: Map<string, ClaimData[]> = new Map()): EntityProfile => ({
  id: 'region:hong-kong',
  label: 'Region',
  props: { name: 'Hong Kong' },
  facts,
  claims,
  sourceNames: new Map([['source:paper', 'The paper']]),
  incoming: { shown: 0, total: 0 },
  version: { seq: 0, at: null },
});

describe("the entity page's tables", () => {
  const about: ProfileFact = { type: 'ABOUT', direction: 'IN', props: {}, other: { id: 'claim:x', label: 'Claim', name: null } };
  const cited: ProfileFact = {
    type: 'CITED_IN',
    direction: 'OUT',
    props: { locator: 'Table 1' },
    other: { id: 'source:paper', label: 'Source', name: 'The paper' },
  };
  const facts = [imported(2012, 20, 2.5), imported(2011, 10, 1.5), about, cited];

  it('groups facts by type and direction, each by the other end and year, claims left out', () => {
    const groups = factGroups(profile(facts));
    expect(groups.map((g) => [g.key, g.heading, g.facts.length])).toEqual([
      ['facts-cited-in-out', 'CITED_IN → Source', 1],
      ['facts-imported-from-out', 'IMPORTED_FROM → Region', 2],
    ]);
    expect(groups[1].facts.map((f) => f.props.year)).toEqual([2011, 2012]);
    expect(groupColumns(groups[1])).toEqual(['year', 'rank', 'sharePct', 'value']);
  });

  it('charts a series by year with its measures, and a figure two sources claim by source', () => {
    const claims = new Map([
      [
        'region:hong-kong',
        [claim('source:paper', 'Table 2', 100, true), claim('source:paper', 'prose', 90), claim('source:hket', 'annual', 95)],
      ],
    ]);
    const p = profile(facts, claims);
    const charts = chartsOf(p, factGroups(p));
    expect(charts.map((c) => [c.key, c.table.columns])).toEqual([
      ['facts-imported-from-out', ['year', 'node.name', 'node.id', 'sharePct', 'value']],
      ['claims:region:hong-kong:totalBoxOfficeHKD', ['source', 'totalBoxOfficeHKD']],
    ]);
    expect(charts[0].table.rows).toEqual([
      [2011, 'Japan', 'region:japan', 1.5, 10],
      [2012, 'Japan', 'region:japan', 2.5, 20],
    ]);
    expect(charts[1].table.rows).toEqual([
      ['The paper (Table 2)', 100],
      ['The paper (prose)', 90],
      ['source:hket', 95],
    ]);
  });

  it('draws no chart of a single year or of a figure one source states', () => {
    const claims = new Map([['region:hong-kong', [claim('source:paper', 'Table 2', 100, true)]]]);
    const p = profile([imported(2011, 10, 1.5), { ...imported(2011, 10, 1.5), other: hk }], claims);
    expect(chartsOf(p, factGroups(p))).toEqual([]);
  });
});
