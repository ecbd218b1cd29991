/**
 * The facts of the paper's prose that seed/29-prose-facts.json adds (issue 18, Build 5), read back
 * through the GraphQL API from the loaded seed. Every expected value is typed from the paper's text
 * (/work/shared/source/000_3fe404eb11bc0023.txt), with its locator beside it, never read from the seed.
 */
import { graphql, seededServerForFile } from '../support/http';
import { cypher } from '../support/neo4j';

const suite = seededServerForFile();

interface Citation {
  node: { id: string };
  locator: string;
}
interface Entity {
  id: string;
  properties: Record<string, any>;
  citations: Citation[];
}

// `node` answers the Node interface; each label's type has its own `citations`.
const CITATIONS = ['Region', 'Work', 'Studio', 'Platform', 'Policy', 'MarketYear', 'Source']
  .map((type) => `... on ${type} { citations { node { id } locator } }`)
  .join(' ');
const ENTITY = `query ($id: ID!) { node(id: $id) { id properties ${CITATIONS} } }`;

async function entity(id: string): Promise<Entity> {
  const res = await graphql(suite.server.url, ENTITY, { id });
  expect(res.errors).toBeUndefined();
  expect(res.data?.node?.id).toBe(id);
  return res.data!.node as Entity;
}

/** The locator with which `entity` cites `source`, or undefined when it does not cite it. */
const citedAt = (e: Entity, source: string): string | undefined => e.citations.find((c) => c.node.id === source)?.locator;

describe("the paper's prose facts (seed/29), through the GraphQL API", () => {
  describe('Hong Kong cinema, 2022', () => {
    it('counts the films the prose counts and keeps its approximate viewers apart from the exact figures', async () => {
      const m = await entity('marketyear:hong-kong-cinema-2022');
      expect(m.properties).toMatchObject({
        // section "USA: Hollywood films", paragraph 3: "Of the 17 imported overseas films that drew more than 100,000 viewers"
        overseasFilmsOver100kAdmissions: 17,
        // same paragraph: Top Gun: Maverick (203 days) and "the remaining nine overseas films" of more than 100 days
        overseasFilmsOver100Days: 10,
        // section "Japan: The popular anime culture", paragraph 2: "the top 22 films with a box office of more than HK$5 million"
        filmsOverHKD5Million: 22,
        // section "Hong Kong: The Resurgence of Local Industries", paragraph 2: "placing third outside of the United States and Japan"
        localBoxOfficeRankByOrigin: 3,
        // section "Broadcast situation", paragraph 1: "nearly 600,000 viewers collectively", "around 300,000 viewers each"
        topThreeLocalFilmsAdmissionsApprox: 600000,
        topTwentyInternationalFilmsAverageAdmissionsApprox: 300000,
      });
      // The exact Table 3 figures stay as they were, and the record is not flagged approximate as a whole.
      expect(m.properties.localBoxOfficeHKD).toBe(246168606);
      expect(m.properties.approximate).toBeUndefined();
      expect(citedAt(m, 'source:paper')).toContain('section "USA: Hollywood films", paragraph 3');
    });

    it("keeps both of the paper's figures for the top three Hong Kong films, and says that they disagree", async () => {
      const m = await entity('marketyear:hong-kong-cinema-2022');
      expect(m.properties.note).toMatch(/contradicts itself/);
      expect(m.properties.note).toContain('nearly 600,000 viewers collectively');
      expect(m.properties.note).toContain('2,905,625');
      // Table 7, rows 1-3: Warriors of Future 1,120,891, Table For Six 1,162,277, Mama's Affair 622,457 admissions.
      const [{ total }] = await cypher(
        suite.driver,
        `MATCH (w:Work)-[r:RELEASED_IN {year: 2022}]->(:Region {id: 'region:hong-kong'})
         WHERE w.id IN ['work:warriors-of-future', 'work:table-for-six', 'work:mamas-affair'] RETURN sum(r.admissions) AS total`,
      );
      expect(total).toBe(1120891 + 1162277 + 622457);
    });

    it('cites the Hong Kong Film Industry Compendium 2022, the source of footnote 1', async () => {
      const m = await entity('marketyear:hong-kong-cinema-2022');
      expect(citedAt(m, 'source:hong-kong-film-industry-compendium-2022')).toMatch(/^footnote 1\b/);
    });
  });

  it("gives The Battle at Lake Changjin II the prose's words beside Table 4's row", async () => {
    const w = await entity('work:the-battle-at-lake-changjin-ii');
    // section "Broadcast situation", paragraph 1: "the most successful mainland release in Hong Kong to date"
    expect(w.properties.mainlandFilmsAllTimeRankInHongKong).toBe(1);
    expect(w.properties.note).toContain('approximately 42,000 viewers');
    expect(w.properties.note).toContain('an 80-day release period');
    // Table 4, row 3 keeps one release with its exact admissions: no second RELEASED_IN from the prose.
    const releases = await cypher(
      suite.driver,
      `MATCH (:Work {id: 'work:the-battle-at-lake-changjin-ii'})-[r:RELEASED_IN]->(:Region {id: 'region:hong-kong'}) RETURN r.admissions AS admissions`,
    );
    expect(releases).toEqual([{ admissions: 41917 }]);
  });

  it('holds the Mainland\'s "about one-fifth" of Hong Kong\'s TV drama market without a year the paper does not give', async () => {
    const m = await entity('marketyear:hong-kong-tv-drama-market');
    // section "TV Competitiveness of Mainland China", paragraph 6: "about one-fifth of the Hong Kong TV drama market share"
    expect(m.properties).toMatchObject({ kind: 'TV_DRAMA_MARKET', mainlandDramasSharePct: 20, approximate: true });
    expect(m.properties.statement).toContain('about one-fifth of the Hong Kong TV drama market share');
    expect(m.properties.statement).toContain('predominantly held by local productions');
    expect(m.properties.year).toBeUndefined();
    const facts = await graphql(
      suite.server.url,
      `
        {
          marketYear(id: "marketyear:hong-kong-tv-drama-market") {
            facts(type: "FACTS_FOR") {
              node {
                id
              }
              locator
            }
          }
        }
      `,
    );
    expect(facts.data?.marketYear.facts).toEqual([
      {
        node: { id: 'region:hong-kong' },
        locator: 'section "TV Competitiveness of Mainland China", paragraph 6 (the second after Table 5)',
      },
    ]);
  });

  it("dates Japan's lead in Hong Kong's imports both ways the paper does, and says so", async () => {
    const japan = await entity('region:japan');
    expect(japan.properties).toMatchObject({
      // section "Japan: The popular anime culture", paragraph 1: "since 2017, accounting for up to 35%, which is more
      // than 15 percentage points higher than second place"
      hongKongImportsTopSinceYear: 2017,
      hongKongImportsSharePctUpTo: 35,
      hongKongImportsLeadOverSecondPointsOver: 15,
      // section "Overall competitive profile", paragraph 3: "on an upward trajectory since 2016, consistently leading"
      hongKongImportsRisingSinceYear: 2016,
    });
    expect(japan.properties.note).toContain('since 2016, consistently leading the market share');
    expect(japan.properties.note).toContain('"since 2017"');
    expect(japan.properties.note).toContain('by over twofold');
    // Table 1, 2016: Mainland China first with 25.7%, Japan second with 24.0%; Japan first from 2017.
    const firsts = await cypher(
      suite.driver,
      `MATCH (:Region {id: 'region:hong-kong'})-[r:IMPORTED_FROM {rank: 1}]->(o:Region) WHERE r.year IN [2016, 2017] RETURN r.year AS year, o.id AS origin ORDER BY year`,
    );
    expect(firsts).toEqual([
      { year: 2016, origin: 'region:mainland-china' },
      { year: 2017, origin: 'region:japan' },
    ]);
  });

  it('keeps the other contradictions with both of their locators', async () => {
    // section "TV Competitiveness of Mainland China", paragraph 4: 27 dramas; "seven outsourced series and six Mainland
    // films ... constituting 22.2% of the total"
    const tvb = await entity('marketyear:tvb-dramas-2023');
    expect(tvb.properties.outsourcedAndMainlandSharePct).toBe(22.2);
    expect(tvb.properties.contradictionNote).toContain('6 of 27');
    // "proposes injecting HK$4.3 billion" (Policies, paragraph 3) against "invested HK$4.3 billion" (Opportunities, paragraph 1)
    const address = await entity('policy:policy-address-2023');
    expect(address.properties.contradictionNote).toContain('proposes injecting HK$4.3 billion');
    expect(address.properties.contradictionNote).toContain('invested HK$4.3 billion');
    expect(citedAt(address, 'source:paper')).toContain('section "Opportunities for co-operation');
    // section "Animation industry", paragraph 1: "nearly 50% of export volume" and "about half of this" after "70% directed to Asia"
    const animation = await entity('marketyear:mainland-china-animation-exports-2016');
    expect(animation.properties.note).toContain('about half of this');
  });

  it('notes what the prose says of regions that no table row holds', async () => {
    // section "Competitiveness of films produced in mainland China", paragraph 1: "most partners in local film
    // co-productions are from Mainland China"; section "Mainland China as the top export region", paragraph 1: in the
    // 1990s the Mainland "reduced the introduction of TV dramas" from Europe, America, Latin America
    const mainland = await entity('region:mainland-china');
    expect(mainland.properties.note).toContain("Most partners in Hong Kong's local film co-productions are from Mainland China");
    expect(mainland.properties.note).toContain('Latin America');
    // section "Neighboring Chinese-speaking Circle as the main export area", paragraph 1: "occasional countries such as
    // the Netherlands, Australia, and New Zealand occupying a small share"
    for (const id of ['region:australia', 'region:new-zealand']) {
      const region = await entity(id);
      expect(region.properties.note).toContain('occasionally occupied a small share among the top five destinations');
      expect(citedAt(region, 'source:paper')).toContain(
        'section "Neighboring Chinese-speaking Circle as the main export area", paragraph 1',
      );
    }
  });

  describe('the sources the footnotes name', () => {
    // [id, footnotes, the address or title as printed]
    const FOOTNOTED: [string, string[], string][] = [
      ['source:hong-kong-film-industry-compendium-2022', ['1'], 'Hong Kong Film Industry Compendium 2022'],
      [
        'source:china-motion-picture-industry-report-2022-2029',
        ['2'],
        "In-depth Research and Development Trend Analysis Report on the Status of China's Motion Picture Industry (2022-2029)",
      ],
      ['source:yule-hk', ['3', '4'], 'https://www.yule.hk/'],
      ['source:yule-sohu-748768638', ['5'], 'https://yule.sohu.com/a/748768638_121721261'],
      ['source:eeo-2023-1215-619489', ['6'], 'https://www.eeo.com.cn/2023/1215/619489.shtml'],
      ['source:1905-com-20240312-1665681', ['7'], 'https://www.1905.com/news/20240312/1665681.shtml'],
      ['source:hktdc-television-and-entertainment-industry-report', ['9'], 'Hong Kong Television and Entertainment Industry Report'],
      ['source:haitong-international-tvb-report-2023', ['10'], 'Haitong International'],
    ];

    it.each(FOOTNOTED)('%s is a Source of kind footnote that cites the paper at its footnote', async (id, footnotes, printed) => {
      const res = await graphql(
        suite.server.url,
        `
          query ($id: ID!) {
            source(id: $id) {
              id
              name
              kind
              citation
              properties
              citations {
                node {
                  id
                }
                locator
              }
            }
          }
        `,
        { id },
      );
      expect(res.errors).toBeUndefined();
      const s = res.data!.source;
      expect(s.kind).toBe('footnote');
      expect(s.properties.footnotes).toEqual(footnotes);
      expect(`${s.name} ${s.citation} ${s.properties.url ?? ''}`).toContain(printed);
      expect(s.citations).toHaveLength(1);
      expect(s.citations[0].node.id).toBe('source:paper');
      for (const n of footnotes) expect(s.citations[0].locator).toContain(`footnote ${n}`);
    });

    it('is cited by the nodes whose figures the paper draws from it, which still cite the paper', async () => {
      // footnote 4 under Table 6's title; footnote 5 after The Invisibles' 28.7 points; footnote 10 after TVB's Douyin accounts
      const cases: [string, string, string][] = [
        ['marketyear:tvb-jade-mainland-prime-time-2023', 'source:yule-hk', 'footnote 4'],
        ['work:the-invisibles', 'source:yule-sohu-748768638', 'footnote 5'],
        ['work:the-queen-of-news', 'source:eeo-2023-1215-619489', 'footnote 6'],
        ['work:the-golden-era', 'source:1905-com-20240312-1665681', 'footnote 7'],
        ['platform:mytv-super', 'source:hktdc-television-and-entertainment-industry-report', 'footnote 9'],
        ['studio:tvb', 'source:haitong-international-tvb-report-2023', 'footnote 10'],
        ['marketyear:mainland-china-cinema-2022', 'source:china-motion-picture-industry-report-2022-2029', 'footnote 2'],
      ];
      for (const [id, source, footnote] of cases) {
        const e = await entity(id);
        expect({ id, locator: citedAt(e, source) }).toEqual({ id, locator: expect.stringMatching(new RegExp(`^${footnote}:`)) });
        expect({ id, paper: citedAt(e, 'source:paper') }).toEqual({ id, paper: expect.any(String) });
      }
    });
  });
});
