/**
 * `sources` on the question fields and the lists' aggregates (issue 27, "One fact, one count"): per fact, the first
 * listed source that states it answers, with its values; a fact none of them states is left out of a list and
 * missing from a total, never 0; every value says which source it came from. Expected figures are typed from the
 * sources: the paper's Table 7 and Table 2, HK01's top ten (source/more), HKET's annual figures.
 */
import { graphql, seededServerForFile } from '../support/http';

const suite = seededServerForFile();

async function ask(text: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await graphql(suite.server.url, text, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

const PAPER = 'source:paper';
const HKET = 'source:hket-hkbo-2022-annual';
const HK01 = 'source:hk01-hkbo-2022-top-ten';

const HK_2022 = `$sources: [ID!]`;
const PERIOD = `from: "2022-01-01", to: "2022-12-31", originRegionIds: ["region:hong-kong"], sources: $sources`;
const RELEASES = `query (${HK_2022}) {
  releases(${PERIOD}) { work { id } boxOfficeHKD rank admissions source { id } locator sourceIds }
}`;
const TOTALS = `query (${HK_2022}) {
  releaseTotals(${PERIOD}) { origin { id } withBoxOffice boxOfficeHKD averageBoxOfficeHKD sources { id } }
}`;

// Table 7, Box Office (HK$), rows 1 to 27.
const TABLE_7 = [
  81821966, 77395003, 43990654, 43012421, 32624642, 16223882, 12514991, 10701849, 8462006, 4855087, 3645941, 2146562, 1742642, 1434833,
  1306809, 885888, 720691, 641672, 588922, 485903, 481945, 445874, 428111, 209846, 180470, 141759, 98032,
];
// HK01's top ten, in HK$ 萬, rank 1 to 10.
const HK01_TOP_TEN = [8178, 7707, 4098, 3941, 3262, 1622, 1201, 1066, 380, 364].map((wan) => wan * 10000);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("the releases question over Hong Kong's 2022 films", () => {
  it("answers from the facts as held without sources: one row per film, the paper's figures, sourceIds the paper's", async () => {
    const { releases } = await ask(RELEASES);
    const grossing = releases.filter((r: any) => r.boxOfficeHKD !== null);
    expect(grossing.map((r: any) => r.boxOfficeHKD)).toEqual(TABLE_7);
    for (const r of releases) expect(r.sourceIds).toEqual([r.source.id]);
  });

  it("switches to HK01's figures with sources: its ten films, in its order, each citing HK01; the others left out", async () => {
    const { releases } = await ask(RELEASES, { sources: [HK01] });
    expect(releases.map((r: any) => [r.boxOfficeHKD, r.rank])).toEqual(HK01_TOP_TEN.map((gross, i) => [gross, i + 1]));
    expect(releases[0]).toMatchObject({ work: { id: 'work:warriors-of-future' }, sourceIds: [HK01] });
    for (const r of releases) expect(r.sourceIds).toEqual([HK01]);
    // HK01 gives no admissions: absent, not the paper's. The citation stays the fact's own (Table 7's row).
    expect(releases.every((r: any) => r.admissions === null)).toBe(true);
    expect(releases[0]).toMatchObject({ source: { id: PAPER }, locator: 'Table 7, row 1' });
    // Table 7's row 11 (HK$3,645,941) is not among HK01's ten.
    expect(releases.map((r: any) => r.boxOfficeHKD)).not.toContain(3645941);
  });

  it('takes per film the first listed source that states it, naming every source a row took values from', async () => {
    const { releases } = await ask(RELEASES, { sources: [HKET, PAPER] });
    const warriors = releases.find((r: any) => r.work.id === 'work:warriors-of-future');
    // HKET's gross taken while still showing; rank and admissions stay the paper's.
    expect(warriors).toMatchObject({ boxOfficeHKD: 81783591, rank: 1, sourceIds: [HKET, PAPER] });
    expect(warriors.admissions).toEqual(expect.any(Number));
    const others = releases.filter((r: any) => r.work.id !== 'work:warriors-of-future' && r.boxOfficeHKD !== null);
    expect(others.map((r: any) => r.boxOfficeHKD)).toEqual(TABLE_7.slice(1));
    for (const r of others) expect(r.sourceIds).toEqual([PAPER]);
  });

  it('applies minBoxOfficeHKD to the figures of the sources asked for', async () => {
    const text = `{ releases(from: "2022-01-01", to: "2022-12-31", originRegionIds: ["region:hong-kong"], minBoxOfficeHKD: 81781000,
      sources: ["${HK01}"]) { work { id } } }`;
    // HK01's HK$81.78 million is under the floor that the paper's HK$81,821,966 passes.
    expect((await ask(text)).releases).toEqual([]);
  });
});

describe("the release totals over Hong Kong's 2022 films", () => {
  it("total the paper's figures without sources, and HK01's with them, a film HK01 does not state missing, never 0", async () => {
    const [held] = (await ask(TOTALS)).releaseTotals;
    expect(held).toMatchObject({
      origin: { id: 'region:hong-kong' },
      withBoxOffice: 27,
      boxOfficeHKD: sum(TABLE_7),
      sources: [{ id: PAPER }],
    });
    const [hk01] = (await ask(TOTALS, { sources: [HK01] })).releaseTotals;
    expect(hk01).toMatchObject({
      withBoxOffice: 10,
      boxOfficeHKD: sum(HK01_TOP_TEN),
      averageBoxOfficeHKD: Math.round(sum(HK01_TOP_TEN) / 10),
      sources: [{ id: HK01 }],
    });
  });

  it('count each film once with several sources, naming them all', async () => {
    const [both] = (await ask(TOTALS, { sources: [HKET, PAPER] })).releaseTotals;
    expect(both).toMatchObject({ withBoxOffice: 27, boxOfficeHKD: sum(TABLE_7) - 81821966 + 81783591 });
    expect(both.sources.map((s: any) => s.id).sort()).toEqual([HKET, PAPER]);
  });
});

describe('the other question fields', () => {
  it('leave out the facts the sources do not state, and keep the ones they do as held', async () => {
    const text = `query ($sources: [ID!]) { importRanking(year: 2022, sources: $sources) { rank value sharePct sourceIds } }`;
    const held = (await ask(text)).importRanking;
    expect(held).toHaveLength(5);
    expect((await ask(text, { sources: [HK01] })).importRanking).toEqual([]);
    expect((await ask(text, { sources: [PAPER] })).importRanking).toEqual(held);
  });
});

describe("the lists' aggregates", () => {
  const YEARS = `query ($sources: [ID!]) {
    marketYearsAggregate(filter: {field: "kind", eq: "CINEMA_MARKET"}, properties: ["firstRunReleases", "nonLocalChineseLanguageReleases"],
      sources: $sources) { count values { property known missing sum sources } }
  }`;

  it("answer a MarketYear's figures from the sources asked for: one value per year, the first listed source's", async () => {
    const [held] = (await ask(YEARS)).marketYearsAggregate;
    // Table 2: 274 first-run releases in 2021, 216 in 2022; 36 and 18 non-local Chinese-language releases.
    expect(held.values.map((v: any) => [v.known, v.sum, v.sources])).toEqual([
      [2, 274 + 216, []],
      [2, 36 + 18, []],
    ]);
    // HK01 states 2022's 217 films and nothing of 2021: the year it does not state is missing, never 0.
    const [hk01] = (await ask(YEARS, { sources: [HK01] })).marketYearsAggregate;
    expect(hk01.values[0]).toMatchObject({ known: 1, missing: hk01.count - 1, sum: 217, sources: [HK01] });
    expect(hk01.values[1]).toMatchObject({ known: 0, sum: null, sources: [] });
    // HK01 first, then the paper: 2022 is HK01's, 2021 the paper's (its preferred claim, which FEFF's 278 contradicts);
    // a figure no other source claims is the paper's, the Source the MarketYear cites.
    const [both] = (await ask(YEARS, { sources: [HK01, PAPER] })).marketYearsAggregate;
    expect(both.values[0]).toMatchObject({ known: 2, sum: 217 + 274 });
    expect([...both.values[0].sources].sort()).toEqual([HK01, PAPER]);
    expect(both.values[1]).toMatchObject({ known: 2, sum: 36 + 18, sources: [PAPER] });
  });
});

describe('a source id that is not a Source', () => {
  it.each([
    ['releases', `{ releases(sources: ["source:nobody"]) { boxOfficeHKD } }`, 'source:nobody'],
    ['releaseTotals', `{ releaseTotals(sources: ["work:warriors-of-future"]) { works } }`, 'work:warriors-of-future'],
    ['importRanking', `{ importRanking(year: 2022, sources: ["${HK01}", "source:nobody"]) { rank } }`, 'source:nobody'],
    ['marketYearsAggregate', `{ marketYearsAggregate(sources: ["source:nobody"]) { count } }`, 'source:nobody'],
    ['factsAggregate', `{ factsAggregate(type: "RELEASED_IN", sources: ["source:nobody"]) { count } }`, 'source:nobody'],
  ])('is refused by %s with BAD_USER_INPUT naming it', async (_field, text, id) => {
    const res = await graphql(suite.server.url, text);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'sources' } });
    expect(res.errors?.[0].message).toContain(`"${id}" is not a Source`);
  });
});
