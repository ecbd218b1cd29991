/**
 * Claims through the API and through Cypher (issue 27): the conflicts query, a fact's claims side by side, and
 * factsAggregate counting each film once, switching to another publisher's figures with `sources`. Every expected
 * figure is typed from the sources themselves (../shared/source: the paper's Tables 2 and 7; source/more: HKET,
 * HK01, Deadline, FEFF).
 */
import { graphql, seededServerForFile } from '../support/http';
import { query } from '../seed/graphChecksum';

const suite = seededServerForFile();

async function ask(text: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await graphql(suite.server.url, text, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

const CONFLICTS = `query ($about: ID, $factType: String, $sources: [ID!]) {
  conflicts(about: $about, factType: $factType, sources: $sources) {
    factId factType property about values difference
    claims { sourceId locator asOf stillShowing counts nameAsPrinted valueAsPrinted preferred values source { id name } }
  }
}`;

const PAPER = 'source:paper';
const HKET = 'source:hket-hkbo-2022-annual';
const HK01 = 'source:hk01-hkbo-2022-top-ten';
const DEADLINE = 'source:deadline-hong-kong-2022';
const FEFF = 'source:feff-hong-kong-2022';

describe('conflicts', () => {
  it("list the 2022 total box office with the paper's and Hong Kong Box Office Ltd's figures, each with its source", async () => {
    const { conflicts } = await ask(CONFLICTS, { about: 'marketyear:hong-kong-cinema-2022' });
    const total = conflicts.find((c: any) => c.property === 'totalBoxOfficeHKD');
    expect(total.about).toEqual(['marketyear:hong-kong-cinema-2022']);
    // Table 2: HK$1,164,318,938; HKET: HK$1,143,848,662; HK01: about HK$1.1 billion; Deadline: HK$1.14 billion; FEFF: HK$1.144 billion.
    expect(total.claims.map((c: any) => [c.sourceId, c.values.totalBoxOfficeHKD, c.preferred])).toEqual([
      [PAPER, 1164318938, true],
      [DEADLINE, 1140000000, false],
      [FEFF, 1144000000, false],
      [HK01, 1100000000, false],
      [HKET, 1143848662, false],
    ]);
    expect(total.values).toEqual([1164318938, 1140000000, 1144000000, 1100000000, 1143848662]);
    expect(total.difference).toBe(1164318938 - 1100000000);
    expect(total.claims[0].locator).toMatch(/^Table 2, 2022 column/);
    expect(total.claims[4]).toMatchObject({ asOf: '2023-01', valueAsPrinted: 'HK$1,143,848,662', source: { id: HKET } });
  });

  it("list Warriors of Future's gross: the paper's HK$81,821,966 against HKET's HK$81,783,591 taken while it was still showing", async () => {
    const { conflicts } = await ask(CONFLICTS, { about: 'work:warriors-of-future', sources: [PAPER, HKET] });
    expect(conflicts).toHaveLength(1);
    const [gross] = conflicts;
    expect(gross).toMatchObject({
      factId: 'RELEASED_IN|work:warriors-of-future|region:hong-kong|2022',
      factType: 'RELEASED_IN',
      property: 'boxOfficeHKD',
      about: expect.arrayContaining(['work:warriors-of-future', 'region:hong-kong']),
      values: [81821966, 81783591],
      difference: 81821966 - 81783591,
    });
    expect(gross.claims[0]).toMatchObject({ sourceId: PAPER, locator: 'Table 7, row 1', preferred: true });
    expect(gross.claims[1]).toMatchObject({ sourceId: HKET, asOf: '2023-01', stillShowing: true, nameAsPrinted: '明日戰記' });
  });

  it("list Hong Kong films' 2022 share with what each source counts: 21.14% without co-productions, 29.5% and 30.5%", async () => {
    const { conflicts } = await ask(CONFLICTS, { about: 'marketyear:hong-kong-cinema-2022' });
    const share = conflicts.find((c: any) => c.property === 'localBoxOfficeSharePct');
    expect(share.claims.map((c: any) => [c.sourceId, c.values.localBoxOfficeSharePct])).toEqual([
      [PAPER, 21.14],
      [DEADLINE, 29.5],
      [FEFF, 30.5],
    ]);
    expect(share.claims[0].counts).toMatch(/co-productions apart/);
    expect(share.claims[1].counts).toMatch(/co-productions not set apart/);
  });

  it("list the paper's statement against itself: nearly 600,000 viewers against Table 7's rows", async () => {
    const { conflicts } = await ask(CONFLICTS, { sources: [PAPER], factType: 'MarketYear' });
    const viewers = conflicts.filter((c: any) => c.property !== null);
    expect(viewers.map((c: any) => [c.property, c.values])).toEqual([['topThreeLocalFilmsAdmissionsApprox', [600000, 2905625]]]);
    // The paper's other contradictions: test/claims/paperContradictions.test.ts.
    expect(viewers[0].claims.map((c: any) => c.locator)).toEqual([
      expect.stringMatching(/^section "Broadcast situation"/),
      'Table 7, rows 1-3 (admissions 1,120,891 + 1,162,277 + 622,457)',
    ]);
  });

  it('are claims Cypher reads plainly: a :Claim ABOUT the film, STATED_IN its Source with the locator', async () => {
    const rows = await query(
      suite.driver,
      `MATCH (w:Work {id: 'work:warriors-of-future'})<-[:ABOUT]-(c:Claim)-[s:STATED_IN]->(src:Source)
         RETURN src.id AS source, c.boxOfficeHKD AS gross, s.locator AS locator ORDER BY gross DESC, source`,
    );
    expect(rows).toEqual([
      { source: PAPER, gross: 81821966, locator: 'Table 7, row 1' },
      { source: HKET, gross: 81783591, locator: 'highest-grossing Hong Kong film' },
      { source: DEADLINE, gross: 81780000, locator: '"Warriors of Future third with HK$81.78 million"' },
      { source: HK01, gross: 81780000, locator: 'top ten Hong Kong films of 2022, rank 1' },
    ]);
  });
});

describe('a fact shows its claims side by side', () => {
  it('on the typed fields and node(id:), the fact keeping the preferred (paper) values', async () => {
    const data = await ask(`{
      work(id: "work:table-for-six") { releases(year: 2022) { boxOfficeHKD source { id } claims { sourceId values nameAsPrinted } } }
      node(id: "marketyear:hong-kong-cinema-2021") { ... on MarketYear { claims { sourceId values preferred } } }
    }`);
    const release = data.work.releases.find((f: any) => f.boxOfficeHKD !== null);
    expect(release).toMatchObject({ boxOfficeHKD: 77395003, source: { id: PAPER } });
    expect(release.claims).toEqual([
      { sourceId: PAPER, values: { boxOfficeHKD: 77395003, rank: 2 }, nameAsPrinted: null },
      { sourceId: DEADLINE, values: { boxOfficeHKD: 77080000 }, nameAsPrinted: 'Table for Six' },
      { sourceId: HK01, values: { boxOfficeHKD: 77070000, rank: 2 }, nameAsPrinted: '飯戲攻心' },
    ]);
    const films = data.node.claims.filter((c: any) => 'firstRunReleases' in c.values);
    expect(films).toEqual([
      { sourceId: PAPER, values: { firstRunReleases: 274 }, preferred: true },
      { sourceId: FEFF, values: { firstRunReleases: 278 }, preferred: false },
    ]);
  });
});

const RELEASES_2022 = `query ($sources: [String!]) {
  factsAggregate(type: "RELEASED_IN", fact: {field: "year", eq: 2022}, to: {field: "id", eq: "region:hong-kong"},
    from: {some: {type: "ORIGINATES_FROM", node: {field: "id", eq: "region:hong-kong"}}},
    properties: ["boxOfficeHKD"], sources: $sources) {
    count values { property known missing sum sources }
  }
}`;

// Table 7, Box Office (HK$), rows 1 to 27.
const TABLE_7 = [
  81821966, 77395003, 43990654, 43012421, 32624642, 16223882, 12514991, 10701849, 8462006, 4855087, 3645941, 2146562, 1742642, 1434833,
  1306809, 885888, 720691, 641672, 588922, 485903, 481945, 445874, 428111, 209846, 180470, 141759, 98032,
];
// HK01's top ten, in HK$ 萬.
const HK01_TOP_TEN = [8178, 7707, 4098, 3941, 3262, 1622, 1201, 1066, 380, 364];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("an aggregate over Hong Kong's 2022 releases", () => {
  it('gives one value per film: the claims add no fact', async () => {
    const [group] = (await ask(RELEASES_2022)).factsAggregate;
    expect(group.values[0]).toMatchObject({ known: 27, sum: sum(TABLE_7), sources: [PAPER] });
  });

  it("switches to HK01's figures with sources, a film HK01 does not state missing, never 0", async () => {
    const [group] = (await ask(RELEASES_2022, { sources: [HK01] })).factsAggregate;
    expect(group.values[0]).toMatchObject({ known: 10, missing: group.count - 10, sum: sum(HK01_TOP_TEN) * 10000, sources: [HK01] });
  });

  it('takes, per film, the first listed source that states it', async () => {
    const [group] = (await ask(RELEASES_2022, { sources: [HKET, PAPER] })).factsAggregate;
    // HKET states only Warriors of Future (HK$81,783,591); the paper answers for the other 26 films.
    expect(group.values[0]).toMatchObject({ known: 27, sum: sum(TABLE_7) - 81821966 + 81783591 });
    expect([...group.values[0].sources].sort()).toEqual([HKET, PAPER]);
  });
});
