/**
 * The research questions, end to end: every saved query in queries/ is sent as it stands over HTTP
 * to the server on the test Neo4j loaded with the seed, and its answer is checked against the paper.
 * Expected values are typed from the paper's text (/work/shared/source/000_3fe404eb11bc0023.txt),
 * never read from the seed files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { graphql, GraphQLResponse, startSeededServer, startTestServer, TestServer } from '../support/http';
import { cypher } from '../support/neo4j';

const QUERY_DIR = path.join(__dirname, '..', '..', 'queries');
const SAVED = fs
  .readdirSync(QUERY_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort();
const questionOf = (file: string): number => Number(file.slice(0, 2));
// The paper, general knowledge, and the sources the paper's footnotes name (seed/29), which the nodes whose
// figures the paper draws from them also cite (e.g. The QUEEN of News, question 15: footnotes 5 and 6).
const FOOTNOTED = [
  'source:hong-kong-film-industry-compendium-2022',
  'source:china-motion-picture-industry-report-2022-2029',
  'source:yule-hk',
  'source:yule-sohu-748768638',
  'source:eeo-2023-1215-619489',
  'source:1905-com-20240312-1665681',
  'source:hktdc-television-and-entertainment-industry-report',
  'source:haitong-international-tvb-report-2023',
];
// Question 25's weekly number-one films are Wikipedia's table (issue 27), not the paper's.
const WEEKLY = 'source:wikipedia-hong-kong-2022-weekly-number-one';
const SOURCES = ['source:paper', 'source:general-knowledge', ...FOOTNOTED, WEEKLY];

let driver: Driver;
let server: TestServer;

/** A work as the paper prints it: its title or one of its aliases, ignoring case. */
function isPrinted(work: { title?: string; name?: string; aliases?: string[] }, printed: string): boolean {
  const want = printed.toLowerCase();
  return [work.title, work.name, ...(work.aliases ?? [])].some((t) => typeof t === 'string' && t.toLowerCase() === want);
}

/** Every object in an answer that has a locator also names its source, and the other way round. */
function expectEveryFactCited(value: unknown, where = 'data'): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => expectEveryFactCited(v, `${where}[${i}]`));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  if ('locator' in obj || 'source' in obj) {
    expect({ where, locator: typeof obj.locator === 'string' && obj.locator.length > 0 }).toEqual({ where, locator: true });
    expect({ where, source: SOURCES.includes((obj.source as { id?: string } | null)?.id ?? '') }).toEqual({ where, source: true });
  }
  for (const [key, v] of Object.entries(obj)) if (key !== 'properties') expectEveryFactCited(v, `${where}.${key}`);
}

/** What the paper says each saved question's answer must hold. */
const CHECKS: Record<number, (data: any) => void | Promise<void>> = {
  1: (d) => {
    const answer = d.coProductionsAfter;
    expect(answer.policy.id).toBe('policy:cepa-2020-amendment');
    expect(answer.effectiveDate).toBe('2020-06-01'); // "a revised agreement, effective June 1, 2020"
    const after = answer.coProductions.map((c: any) => c.work.id);
    // "Notable co-productions such as Detective vs Sleuths, Anita, and Better Days"; Warriors of Future
    // leads the Hong Kong-Mainland co-productions (2022). The QUEEN of News (2023) is TVB's: the paper says only that
    // it debuted on Youku, so since issue 27's audit no Mainland party co-produced it and it is not listed.
    expect(after).toEqual(expect.arrayContaining(['work:anita', 'work:detective-vs-sleuths', 'work:warriors-of-future']));
    expect(after).not.toContain('work:the-queen-of-news');
    expect(after).not.toContain('work:better-days'); // released in 2019, before the amendment
    for (const c of answer.coProductions) {
      const sides = c.parties.map((p: any) => p.region.id);
      expect(sides).toEqual(expect.arrayContaining(['region:hong-kong', 'region:mainland-china']));
      expect(c.releaseDate === null ? c.year >= 2021 : c.releaseDate >= '2020-06-01').toBe(true);
      expect(SOURCES).toContain(c.dateSource.id);
    }
    expect(answer.effectiveYear).toBe(2020); // the year of "effective June 1, 2020", given beside the date
    const dated = (id: string) => answer.coProductions.find((c: any) => c.work.id === id);
    // Table 7, row 1: "Warriors of Future 明日战记 25/08/2022 03/02/2023 163 ...": its Hong Kong release
    // is the best date the graph holds, from the paper, not a general-knowledge year.
    expect(dated('work:warriors-of-future')).toMatchObject({
      releaseDate: '2022-08-25',
      dateBasis: 'FIRST_SHOWN',
      shownIn: { id: 'region:hong-kong' },
      dateSource: { id: 'source:paper' },
      dateLocator: 'Table 7, row 1',
    });
    // Table 7, row 6: "Detective Vs Sleuths 神探大战 21/07/2022 16/09/2022 58 ...".
    expect(dated('work:detective-vs-sleuths')).toMatchObject({
      releaseDate: '2022-07-21',
      dateBasis: 'FIRST_SHOWN',
      dateSource: { id: 'source:paper' },
      dateLocator: 'Table 7, row 6',
    });
    // Earliest first: Anita (2021), Detective vs Sleuths (July 2022), Warriors of Future (August 2022).
    expect(after).toEqual(['work:anita', 'work:detective-vs-sleuths', 'work:warriors-of-future']);
    // "Forensic JD (co-produced by Emperor & Tencent)": the paper gives it no date.
    const forensic = answer.undated.find((c: any) => c.work.id === 'work:forensic-jd');
    expect(forensic.parties.map((p: any) => p.party.id).sort()).toEqual(['studio:emperor-entertainment-group', 'studio:tencent']);
  },

  2: (d) => {
    expect(d.importRankings).toHaveLength(60); // 12 years x top five
    const y2022 = d.importRankings.filter((f: any) => f.year === 2022);
    expect(y2022.map((f: any) => [f.rank, f.region.name, f.value, f.sharePct])).toEqual([
      [1, 'Japan', 684202, 29.1],
      [2, 'Mainland China', 338263, 14.4],
      [3, 'Ireland', 306852, 13.0],
      [4, 'Singapore', 267595, 11.4],
      [5, 'South Korea', 263700, 11.2],
    ]);
    expect(d.importRankings[0]).toMatchObject({
      year: 2011,
      rank: 1,
      value: 1766485,
      sharePct: 35.9,
      region: { id: 'region:mainland-china' },
    });
    // Mainland China's share and rank, 2011-2022 (Table 1).
    expect(d.regionShares.map((f: any) => [f.year, f.rank, f.sharePct])).toEqual([
      [2011, 1, 35.9],
      [2012, 1, 36.2],
      [2013, 1, 31.5],
      [2014, 1, 23.1],
      [2015, 1, 24.2],
      [2016, 1, 25.7],
      [2017, 3, 17.5],
      [2018, 4, 10.6],
      [2019, 4, 9.3],
      [2020, 4, 11.4],
      [2021, 3, 11.1],
      [2022, 2, 14.4],
    ]);
  },

  3: (d) => {
    const years = d.exportYears;
    expect(years.map((y: any) => y.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    const coverage = Object.fromEntries(years.map((y: any) => [y.year, y.coverage]));
    expect(coverage).toEqual({
      2011: 'COMPLETE',
      2012: 'COMPLETE',
      2013: 'COMPLETE',
      2014: 'PARTIAL',
      2015: 'PARTIAL',
      2016: 'PARTIAL',
      2017: 'PROSE_ONLY',
      2018: 'PROSE_ONLY',
      2019: 'PROSE_ONLY',
      2020: 'PARTIAL',
      2021: 'PARTIAL',
      2022: 'PARTIAL',
    });
    const flows = (year: number) => years.find((y: any) => y.year === year).flows;
    expect(flows(2011).map((f: any) => [f.rank, f.region.name, f.value, f.sharePct])).toEqual([
      [1, 'Mainland China', 339810, 49.5],
      [2, 'Taiwan', 48704, 7.1],
      [3, 'Japan', 45944, 6.7],
      [4, 'Brazil', 40841, 5.9],
      [5, 'Germany', 40365, 5.9],
    ]);
    expect(flows(2022)[0]).toMatchObject({ rank: 1, region: { id: 'region:mainland-china' }, value: 235651, sharePct: 77.5 });
    expect(flows(2020)[0]).toMatchObject({ rank: 1, region: { id: 'region:mainland-china' }, sharePct: 88.0 });
    // "Taiwan's export value peaked at 56.2% in 2017, making it Hong Kong's top export area".
    expect(flows(2017)[0]).toMatchObject({ rank: 1, region: { id: 'region:taiwan' }, sharePct: 56.2, value: null });
    expect(years.find((y: any) => y.year === 2022).missingRanks).toEqual([4]);
  },

  4: (d) => {
    const pair = (remake: string) => d.remakes.find((p: any) => isPrinted(p.remake, remake));
    // "The Oscar-winning picture The Departed (2006) is actually a remake of Infernal Affairs (2002)."
    expect(pair('The Departed')).toMatchObject({
      original: { title: 'Infernal Affairs', year: 2002 },
      year: 2006,
      source: { id: 'source:paper' },
    });
    expect(pair('The Departed').remakeOrigins.map((o: any) => o.region.id)).toEqual(['region:usa']);
    // "the South Korean films Believer and Mujeogja are remakes of Hong Kong films released in 2018 and 2010";
    // "The Plot, a South Korean adaptation ... will be released in 2024".
    expect(pair('Believer').year).toBe(2018);
    expect(pair('Mujeogja').year).toBe(2010);
    expect(pair('The Plot')).toMatchObject({ year: 2024, planned: true });
    for (const remake of ['Believer', 'Mujeogja', 'The Plot']) {
      expect(pair(remake).remakeOrigins.map((o: any) => o.region.id)).toEqual(['region:south-korea']);
    }
    expect(d.remakes).toHaveLength(4);
  },

  5: (d) => {
    const rows = d.primeTimeAirings.map((a: any) => [a.year, a.work.title, a.rating]);
    expect(rows).toEqual([
      [2022, 'The Imperial Coroner', 23],
      [2022, 'A Dream of Splendor', 19.8],
      [2022, 'Royal Feast', 19],
      [2023, 'Destined', 19.2],
      [2023, 'New Life Begins', 17.3],
      [2023, 'Side Story of Fox Volant', 16.45],
      [2023, 'Eightfold Path of the Heavenly Dragon', 15.4],
    ]);
    expect(d.primeTimeAirings.every((a: any) => a.platform.id === 'platform:tvb-jade' && a.primeTime)).toBe(true);
  },

  6: (d) => {
    // Table 7: the eight 2022 local films over HK$10 million, in order of cumulative box office.
    const paper: [string, number, number, number][] = [
      ['Warriors of Future', 81821966, 1120891, 163],
      ['Table For Six', 77395003, 1162277, 183],
      ["Mama's Affair", 43990654, 622457, 229],
      ['The Sparring Partner', 43012421, 574802, 232],
      ['Chilli Laugh Story', 32624642, 489504, 126],
      ['Detective Vs Sleuths', 16223882, 249270, 58],
      ['Hong Kong Family', 12514991, 188561, 69],
      ['Far Far Away', 10701849, 162236, 140],
    ];
    expect(d.releases).toHaveLength(8);
    d.releases.forEach((r: any, i: number) => {
      const [title, boxOffice, admissions, days] = paper[i];
      expect({ title: r.work.title.toLowerCase(), boxOffice: r.boxOfficeHKD, admissions: r.admissions, days: r.days }).toEqual({
        title: title.toLowerCase(),
        boxOffice,
        admissions,
        days,
      });
    });
    expect(d.releases[0]).toMatchObject({ startDate: '2022-08-25', endDate: '2023-02-03', work: { titleZh: '明日战记' } });
  },

  7: (d) => {
    // Table 4, films starting between 1 May and 30 June 2022 (Schemes In Antiques, from 21 April, is not one).
    expect(
      d.releases.map((r: any) => [r.work.title, r.startDate, r.endDate, r.days, r.admissions, r.boxOfficeHKD, r.classification]),
    ).toEqual([
      ['Ghost Wedding', '2022-05-05', '2022-05-29', 25, 323, 20095, 'IIB'],
      ['The Battle at Lake Changjin II', '2022-05-12', '2022-07-30', 80, 41917, 3203600, 'IIB'],
      ["My Best Friend's Breakfast", '2022-05-12', '2022-07-20', 70, 23485, 1583359, 'IIA'],
      ['Are You Lonesome Tonight?', '2022-05-26', '2022-06-01', 7, 56, 4214, 'IIB'],
      ['Before Next Spring', '2022-06-02', '2022-07-02', 31, 957, 78179, 'IIA'],
    ]);
    expect(d.releases[2].origins.map((o: any) => o.region.id)).toEqual(['region:taiwan']);
    const period = Object.fromEntries(d.periodTotals.map((t: any) => [t.origin.id, [t.works, t.boxOfficeHKD, t.admissions]]));
    expect(period).toEqual({
      'region:mainland-china': [4, 20095 + 3203600 + 4214 + 78179, 323 + 41917 + 56 + 957],
      'region:taiwan': [1, 1583359, 23485],
    });
    // Averages at the paper's precision, whole HK$ and admissions, saying so: the four Mainland films of the
    // period grossed HK$3,306,088 in all (20,095 + 3,203,600 + 4,214 + 78,179), HK$826,522 each on average.
    const mainland = d.periodTotals.find((t: any) => t.origin.id === 'region:mainland-china');
    expect(mainland).toMatchObject({ averageBoxOfficeHKD: 826522, averageAdmissions: Math.round((323 + 41917 + 56 + 957) / 4) });
    expect(mainland.averagesRounding).toMatch(/whole HK\$/);
    // Locators in natural order: Table 4's rows by number (the Mainland's 14 films of 2022 include rows 1 to 18).
    const mainlandYear = d.yearTotals.find((t: any) => t.origin.id === 'region:mainland-china');
    const rows = mainlandYear.locators.map((l: string) => Number(/row (\d+)/.exec(l)![1]));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    // The 18 films of Table 4 add up to Table 3's "Chinese film box office" of HK$7,618,995.
    const year = d.yearTotals;
    expect(year.reduce((n: number, t: any) => n + t.works, 0)).toBe(18);
    expect(year.reduce((n: number, t: any) => n + t.boxOfficeHKD, 0)).toBe(7618995);
    expect(year.flatMap((t: any) => t.locators)).toHaveLength(18);
  },

  8: (d) => {
    const records = d.policyRecords;
    const record = (id: string) => records.find((r: any) => r.policy.id === id);
    const enabledBy = (policy: string) =>
      record(policy)
        .enabled.map((e: any) => e.enabled.id)
        .sort();
    const namesEnabledBy = (policy: string) =>
      record(policy)
        .enabled.map((e: any) => e.enabledName)
        .sort();
    // Every policy the paper names is listed, those that enabled nothing included: "a revised agreement,
    // effective June 1, 2020" answers its date and its year.
    expect(record('policy:cepa-2020-amendment')).toMatchObject({ effectiveDate: '2020-06-01', effectiveYear: 2020, enabled: [] });
    expect(records.map((r: any) => r.name)).toEqual(expect.arrayContaining(['e-Japan', 'Cool Japan', 'Film Development Fund']));
    // "In the 2023 Policy Address, the Hong Kong Government proposes injecting HK$4.3 billion into the Film
    // Development Fund (FDF) and the Create Smart Initiative (CSI), as well as launching two initiatives ..."
    expect(record('policy:policy-address-2023')).toMatchObject({ effectiveYear: 2023, effectiveDate: null });
    expect(enabledBy('policy:policy-address-2023')).toEqual([
      'policy:create-smart-initiative',
      'policy:europe-asia-cultural-exchange-film-production-funding-scheme',
      'policy:film-development-fund',
      'policy:mainland-film-market-development-funding-scheme',
    ]);
    expect(namesEnabledBy('policy:policy-address-2023')).toEqual([
      'Create Smart Initiative',
      'Europe-Asia Cultural Exchange Film Production Funding Scheme',
      'Film Development Fund',
      'Mainland Film Market Development Funding Scheme',
    ]);
    // "the Hong Kong government injected HK$1 billion into the Film Development Fund in 2019"
    expect(record('policy:fdf-2019-injection')).toMatchObject({ effectiveYear: 2019 });
    expect(record('policy:fdf-2019-injection').enabled).toEqual([
      expect.objectContaining({
        enabled: { id: 'policy:film-development-fund', __typename: 'Policy' },
        enabledName: 'Film Development Fund',
        year: 2019,
        amountHKD: 1000000000,
      }),
    ]);
    // The Revitalization Scheme brings together Shaw Bros., Emperor, Alibaba, Edko, Media Asia, Universe ... and Youku.
    expect(enabledBy('policy:hong-kong-arts-revitalization-scheme')).toEqual([
      'platform:youku',
      'studio:alibaba-group',
      'studio:edko-films',
      'studio:emperor-entertainment-group',
      'studio:media-asia',
      'studio:shaw-brothers',
      'studio:universe-entertainment',
    ]);
    expect(namesEnabledBy('policy:new-hong-kong-drama')).toEqual(['The QUEEN of News']);
    // Earliest first: the FDF set up in 1999, the 2016 services commitments, the 2019 injection, CEPA 2020.
    const dated = records
      .filter((r: any) =>
        [
          'policy:film-development-fund',
          'policy:cepa-2016-services-commitments',
          'policy:fdf-2019-injection',
          'policy:cepa-2020-amendment',
        ].includes(r.policy.id),
      )
      .map((r: any) => r.policy.id);
    expect(dated).toEqual([
      'policy:film-development-fund',
      'policy:cepa-2016-services-commitments',
      'policy:fdf-2019-injection',
      'policy:cepa-2020-amendment',
    ]);
  },

  9: (d) => {
    const records = d.festivalRecords.map((r: any) => [r.kind, r.subject.id, r.festival.id, r.year, r.edition, r.slot ?? r.award]);
    expect(records).toEqual(
      expect.arrayContaining([
        ['SCREENING', 'work:anita', 'festival:busan-international-film-festival', 2021, 26, 'closing film'],
        ['SCREENING', 'work:keep-rolling', 'festival:osaka-asian-film-festival', 2021, 16, 'opening film'],
        ['HONOUR', 'person:tony-leung-chiu-wai', 'festival:venice-film-festival', 2023, null, 'Lifetime Achievement Award'],
        ['HONOUR', 'person:louis-koo', 'festival:asian-film-awards', null, 12, 'Best Actor'],
        ['HONOUR', 'person:kara-wai', 'festival:asian-film-awards', null, null, 'Excellence in Asian Cinematography Award'],
        ['HONOUR', 'work:a-guilty-conscience', 'festival:hong-kong-film-awards', 2024, 42, 'Best Film'],
      ]),
    );
    expect(records).toHaveLength(6);
    expect(d.festivalRecords.every((r: any) => r.origin.region.id === 'region:hong-kong')).toBe(true);
  },

  10: (d) => {
    // Charmaine Sheh is the female lead of The QUEEN of News, which debuted on Youku in November 2023.
    expect(d.shortestPaths).toHaveLength(1);
    const [path] = d.shortestPaths;
    expect(path.length).toBe(2);
    expect(path.steps.map((s: any) => [s.from.id, s.type, s.direction, s.to.id])).toEqual([
      ['person:charmaine-sheh', 'ACTED_IN', 'OUT', 'work:the-queen-of-news'],
      ['work:the-queen-of-news', 'AIRED_ON', 'OUT', 'platform:youku'],
    ]);
    expect(path.steps[0].properties.role).toBe('female lead');
    expect(path.steps[1].properties.startMonth).toBe('2023-11');
  },

  11: (d) => {
    const platforms = d.studio.operates.map((f: any) => f.node);
    const names = platforms.map((p: any) => p.name).sort();
    expect(names).toEqual(['Asian Drama Channel', 'J2', 'Jade', 'Maiduidui', 'Pearl', 'TVB Anywhere', 'myTV SUPER']);
    // "As of June 2023, myTV Super had 10.4 million registered members"; TVB Anywhere "over 40,000 hours".
    const mytv = platforms.find((p: any) => p.name === 'myTV SUPER');
    expect(mytv.properties).toMatchObject({ registeredMembers: 10400000, registeredMembersAsOf: '2023-06' });
    expect(platforms.find((p: any) => p.name === 'TVB Anywhere').properties.contentHoursOver).toBe(40000);
  },

  12: (d) => {
    const markets = Object.fromEntries(d.filmsAbroad.map((m: any) => [m.market.id, [m.films, m.boxOffice, m.boxOfficeCurrency]]));
    expect(markets).toEqual({
      'region:mainland-china': [9, 1539000000, 'CNY'], // nine films, 1.539 billion yuan
      'region:taiwan': [12, 8090000, 'TWD'], // NT$8.09 million
      'region:singapore': [10, 577000, 'SGD'],
      'region:malaysia': [10, 8259000, 'MYR'],
      'region:south-korea': [3, 381000, null], // printed "$381,000"
      'region:north-america': [1, 21000000, 'CNY'],
      'region:australia': [3, 257000, 'CNY'],
      'region:new-zealand': [3, 25000, 'CNY'],
      'region:united-kingdom': [5, 244000, 'CNY'],
    });
    expect(d.filmsAbroad.find((m: any) => m.market.id === 'region:mainland-china').coProductions).toBe(6);
    expect(d.filmsAbroad.find((m: any) => m.market.id === 'region:south-korea').boxOfficeCurrencyNote).toMatch(/\$381,000/);
  },

  13: (d) => {
    expect(d.search[0].node).toMatchObject({ id: 'work:the-battle-at-lake-changjin-ii', titleZh: '长津湖之水门桥' });
    expect(d.search[0].score).toBeGreaterThan(0);
  },

  14: (d) => {
    // "three outsourced titles: Gourmet Affairs, The Heir to the Throne, and Story of Kunning Palace";
    // Table 5 prints the last two as "Purchased".
    const rows = d.airingsByAcquisition.map((a: any) => [a.work.title.toLowerCase(), a.acquisition, a.timeSlot, a.startDate, a.endDate]);
    expect(rows).toEqual([
      ['story of kunning palace', 'purchased', '21:30-22:30', '2024-03-25', '2024-05-03'],
      ['the heir to the throne', 'purchased', '20:30-21:30', '2024-05-13', '2024-06-21'],
      ['gourmet affairs', 'outsourced', null, null, null], // air date "To be determined"
    ]);
  },

  15: async (d) => {
    const work = d.node;
    expect(work).toMatchObject({ id: 'work:the-queen-of-news', __typename: 'Work' });
    expect(isPrinted(work, 'QUEEN of News')).toBe(true);
    // The paper, and general knowledge for its Chinese title (seed/30).
    expect(work.citations.map((c: { source: { citation: string } }) => c.source.citation)).toContainEqual(
      expect.stringContaining('10.71113/jmss.v2i1.186'),
    );
    const facts = Object.values(work)
      .filter(Array.isArray)
      .flat()
      .filter((f: any) => f && f.type) as any[];
    // In 2023 "the QUEEN of news obtained the highest rating of 27.9 points"; "over 1.4 billion reads on Weibo
    // and over 2.6 billion video views on Douyi[n]"; Charmaine Sheh returned "as the female lead".
    expect(facts.find((f) => f.type === 'AIRED_ON' && f.node.id === 'platform:tvb-jade').properties.rating).toBe(27.9);
    expect(facts.find((f) => f.node.id === 'platform:weibo').properties.readsOver).toBe(1400000000);
    expect(facts.find((f) => f.node.id === 'platform:douyin').properties.videoViewsOver).toBe(2600000000);
    expect(facts.find((f) => f.type === 'ACTED_IN').properties.role).toBe('female lead');
    // Every relationship the graph holds for the work (citations aside) is in the answer.
    const stored = await cypher(driver, "MATCH (:Work {id: $id})-[r]-() WHERE type(r) <> 'CITED_IN' RETURN r.id AS id", { id: work.id });
    expect(facts.map((f) => f.properties.id).sort()).toEqual(stored.map((r) => r.id).sort());
  },
  16: (d) => {
    // Table 5, "TVB's main (Jade) broadcast TV series in 2024", rows 1 to 7.
    const printed = ['Death Hint', 'Gourmet Affairs', 'The Heir to the Throne', 'Broken Trust', 'Sinister Beings II'];
    printed.push('Story of Kunning Palace', 'In Bed with Stranger');
    expect(d.works.totalCount).toBe(7);
    expect(d.works.nodes.map((w: any) => w.title).sort()).toEqual(printed.sort());
    expect(d.works.nodes.find((w: any) => w.title === 'Gourmet Affairs').episodes).toBe(12); // Table 5, row 2
  },
  17: (d) => {
    // Table 4's Mainland films (rows 1-3, 5-10, 12, 14-17) and Table 6's Mainland dramas are among them.
    const titles = d.all.nodes.map((w: any) => w.title);
    expect(titles).toEqual(
      expect.arrayContaining(['The Battle at Lake Changjin II', 'Moon Man', 'Side Story of Fox Volant', 'Royal Feast']),
    );
    expect(titles).not.toContain('Mama Boy'); // Table 4, row 11: Taiwan
    expect(d.films.totalCount).toBeGreaterThanOrEqual(14);
    expect(d.films.nodes.every((w: any) => titles.includes(w.title))).toBe(true);
    expect(d.films.nodes.map((w: any) => w.title)).not.toContain('Royal Feast');
  },
  18: (d) => {
    // Table 7, rows 1 to 8: Warriors of Future 81,821,966 down to Far Far Away 10,701,849; row 9 (8,462,006) is under.
    const printed = ['Warriors of Future', 'Table for Six', "Mama's Affair", 'The Sparring Partner', 'Chilli Laugh Story'];
    printed.push('Detective vs Sleuths', 'Hong Kong Family', 'Far Far Away');
    expect(d.works.totalCount).toBe(8);
    for (const title of printed)
      expect({ title, found: d.works.nodes.some((w: any) => isPrinted(w, title)) }).toEqual({ title, found: true });
  },
  19: (d) => {
    const [total] = d.factsAggregate;
    // Table 4, the Mainland rows (1-3, 5-10, 12, 14-17): box office and admissions as printed.
    const boxOffice = [77336, 20095, 3203600, 4214, 78179, 31330, 8538, 528303, 230057, 38681, 983644, 28482, 136453, 62205];
    const admissions = [1180, 323, 41917, 56, 957, 579, 151, 8207, 4483, 617, 14349, 640, 2042, 900];
    const add = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(total.count).toBe(14);
    expect(total.values).toEqual([
      expect.objectContaining({
        property: 'boxOfficeHKD',
        known: 14,
        missing: 0,
        sum: add(boxOffice),
        average: Math.round(add(boxOffice) / 14),
      }),
      expect.objectContaining({
        property: 'admissions',
        known: 14,
        missing: 0,
        sum: add(admissions),
        average: Math.round(add(admissions) / 14),
      }),
    ]);
    expect(total.values[0].rounding).toMatch(/whole unit/);
  },
  20: (d) => {
    // Table 6: 2022 ratings 23, 19 and 19.8; 2023 16.45, 17.3, 15.4 and 19.2 ("dropping below 20 points by 2023").
    expect(d.factsAggregate.map((g: any) => [g.key, g.count, g.values[0].average, g.values[0].min, g.values[0].max])).toEqual([
      [2022, 3, 20.6, 19, 23],
      [2023, 4, 17.09, 15.4, 19.2],
    ]);
    expect(d.factsAggregate[1].values[0].average).toBeLessThan(20);
  },
  21: (d) => {
    // Table 4: 18 films; Taiwan's are rows 4, 11, 13 and 18 (120, 99, 115 and 110 minutes), the other 14 the Mainland's.
    expect(d.worksAggregate.map((g: any) => [g.node.name, g.count])).toEqual([
      ['Mainland China', 14],
      ['Taiwan', 4],
    ]);
    expect(d.worksAggregate[1].values[0]).toMatchObject({ known: 4, missing: 0, average: 111, min: 99, max: 120 });
  },
  22: (d) => {
    const sources = d.sources.nodes;
    // Footnotes 1-7, 9 and 10 name a source; footnote 8 defines the Greater Bay Area. yule.hk is footnotes 3 and 4.
    expect(d.sources.totalCount).toBe(8);
    // In id order, the list's default.
    expect(sources.map((s: { id: string }) => s.id)).toEqual([...FOOTNOTED].sort());
    const byId = new Map(sources.map((s: any) => [s.id, s]));
    // Footnote 4 under Table 6's title: "Data source https://www.yule.hk/"; footnote 7: "See https://www.1905.com/news/20240312/1665681.shtml for details".
    expect(byId.get('source:yule-hk')).toMatchObject({
      kind: 'footnote',
      citation: 'Data source https://www.yule.hk/',
      properties: { url: 'https://www.yule.hk/', footnotes: ['3', '4'] },
    });
    expect((byId.get('source:1905-com-20240312-1665681') as any).properties.url).toBe('https://www.1905.com/news/20240312/1665681.shtml');
    // Footnote 10: "a research report on Television Broadcasts Limited published by Haitong International in 2023".
    expect((byId.get('source:haitong-international-tvb-report-2023') as any).properties).toMatchObject({
      publisher: 'Haitong International',
      year: 2023,
    });
    for (const s of sources) {
      expect(s.properties.usedFor).toEqual(expect.any(String));
      // Each is cited by the paper, at its footnote: the project read the paper, not the source.
      expect(s.citations).toHaveLength(1);
      expect(s.citations[0].source.id).toBe('source:paper');
      for (const n of s.properties.footnotes) expect(s.citations[0].locator).toContain(`footnote ${n}`);
    }
  },
  23: (d) => {
    // Table 4, the Mainland films over HK$500,000: row 3 The Battle at Lake Changjin II (3,203,600; 41,917 admissions),
    // row 14 Home Coming (983,644; 14,349), row 9 Moon Man (528,303; 8,207). Row 4 (1,583,359) is Taiwan's.
    expect(d.region.name).toBe('Hong Kong');
    const rows = d.region.releases.map((r: any) => [r.node.title, r.boxOfficeHKD, r.admissions, Number(/row (\d+)/.exec(r.locator)![1])]);
    expect(rows.sort((a: any, b: any) => b[1] - a[1])).toEqual([
      ['The Battle at Lake Changjin II', 3203600, 41917, 3],
      ['Home Coming', 983644, 14349, 14],
      ['Moon Man', 528303, 8207, 9],
    ]);
    for (const r of d.region.releases) expect(r.locator).toMatch(/^Table 4, /);
  },
  24: (d) => {
    // Figure 1 from Table 1: Mainland China's and Japan's value (HK$ thousands) and share, every year 2011-2022.
    const series = (rows: any[]) => rows.map((f: any) => [f.year, f.value, f.sharePct]);
    for (const rows of [d.mainlandChina, d.japan])
      expect(rows.map((f: any) => f.year)).toEqual(Array.from({ length: 12 }, (_, i) => 2011 + i));
    expect(series(d.mainlandChina).filter(([y]: number[]) => [2011, 2016, 2022].includes(y))).toEqual([
      [2011, 1766485, 35.9],
      [2016, 819727, 25.7],
      [2022, 338263, 14.4],
    ]);
    expect(series(d.japan).filter(([y]: number[]) => [2011, 2016, 2022].includes(y))).toEqual([
      [2011, 836252, 17.0],
      [2016, 764855, 24.0],
      [2022, 684202, 29.1],
    ]);
    expect(d.japan.every((f: any) => f.region.id === 'region:japan' && /^Table 1, /.test(f.locator))).toBe(true);
  },
  25: (d) => {
    // Wikipedia's table of 2022: week 1 and weeks 16-44 (cinemas closed in between), each from the table, cited by week.
    const weeks = d.weeklyNumberOnes;
    expect(weeks.map((w: any) => w.week)).toEqual([1, ...Array.from({ length: 29 }, (_, i) => 16 + i)]);
    expect(weeks.every((w: any) => w.source.id === WEEKLY && w.locator === `week ${w.week}`)).toBe(true);
    const week = (n: number) => weeks.find((w: any) => w.week === n);
    // "34,Warriors of Future,19703177,21784237"; "44,The Sparring Partner,5404699,8647865".
    expect([week(34), week(44)].map((w: any) => [w.work.id, w.weekendGrossHKD, w.grossToDateHKD])).toEqual([
      ['work:warriors-of-future', 19703177, 21784237],
      ['work:the-sparring-partner', 5404699, 8647865],
    ]);
    expect(week(34).work.titleZh).toBe('明日战记');
    // Table for Six was number one six weeks running (36-41).
    expect(weeks.filter((w: any) => w.work.id === 'work:table-for-six').map((w: any) => w.week)).toEqual([36, 37, 38, 39, 40, 41]);
  },
};

describe('saved research queries over HTTP, checked against the paper', () => {
  beforeAll(async () => {
    ({ driver, server } = await startSeededServer());
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('keeps one saved query per question 1-25, each a named operation under a comment stating the question', () => {
    expect(SAVED.map(questionOf)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    for (const file of SAVED) {
      const text = fs.readFileSync(path.join(QUERY_DIR, file), 'utf8');
      expect({ file, comment: /^# Question \d+: \S/.test(text) }).toEqual({ file, comment: true });
      expect({ file, named: /^query [A-Z]\w+/m.test(text) }).toEqual({ file, named: true });
    }
  });

  it.each(SAVED)('%s: one request answers it, as the paper says, every fact cited', async (file) => {
    const check = CHECKS[questionOf(file)];
    expect(check).toBeDefined();
    const res = await graphql(server.url, fs.readFileSync(path.join(QUERY_DIR, file), 'utf8'));
    expect(res.errors).toBeUndefined();
    expectEveryFactCited(res.data);
    await check(res.data);
  });

  describe('the same kinds of question about other years, policies and periods', () => {
    it('ranks the import sources of any year of Table 1', async () => {
      const res = await graphql(server.url, '{ importRanking(year: 2017) { rank value sharePct region { name aliases } } }');
      const rows = res.data!.importRanking;
      expect(rows[0]).toMatchObject({ rank: 1, value: 1139843, sharePct: 35.0, region: { name: 'Japan' } });
      ['Japan', 'USA', 'Mainland China', 'South Korea', 'Singapore'].forEach((printed, i) =>
        expect({ printed, found: isPrinted(rows[i].region, printed) }).toEqual({ printed, found: true }),
      );
    });

    it('lists the exports of one year, with what is illegible left null', async () => {
      const res = await graphql(server.url, '{ exportsByYear(year: 2021) { rank value sharePct region { id } } }');
      expect(res.data!.exportsByYear).toEqual([
        { rank: 1, value: 147115, sharePct: 66.4, region: { id: 'region:mainland-china' } },
        { rank: 2, value: null, sharePct: 20.9, region: { id: 'region:taiwan' } },
        { rank: 3, value: null, sharePct: 7.3, region: { id: 'region:japan' } },
        { rank: 5, value: 3299, sharePct: 1.5, region: { id: 'region:macao' } },
      ]);
    });

    it('places co-productions after a policy known only by its year only when they are in a later year', async () => {
      const res = await graphql(
        server.url,
        '{ coProductionsAfter(policyId: "policy:fdf-2019-injection") { effectiveYear coProductions { work { id } } } }',
      );
      const after = res.data!.coProductionsAfter.coProductions.map((c: any) => c.work.id);
      expect(res.data!.coProductionsAfter.effectiveYear).toBe(2019);
      expect(after).toContain('work:anita'); // 2021
      expect(after).not.toContain('work:better-days'); // 2019: cannot be placed against a 2019 policy
    });

    it('finds a release the paper dates only by its year, when the period holds the whole year', async () => {
      const q = `query($from: String, $to: String) {
        releases(from: $from, to: $to, originRegionIds: ["region:hong-kong"]) { work { title } boxOfficeHKD approximate }
      }`;
      const year2023 = await graphql(server.url, q, { from: '2023-01-01', to: '2023-12-31' });
      // "A Guilty Conscience grossed HK$115 million"
      expect(year2023.data!.releases).toEqual([{ work: { title: 'A Guilty Conscience' }, boxOfficeHKD: 115000000, approximate: true }]);
      const spring2023 = await graphql(server.url, q, { from: '2023-01-01', to: '2023-06-30' });
      expect(spring2023.data!.releases).toEqual([]);
    });

    it('returns no path when the entities are further apart than maxLength', async () => {
      const res = await graphql(
        server.url,
        '{ shortestPaths(fromId: "person:charmaine-sheh", toId: "platform:youku", maxLength: 1) { length } }',
      );
      expect(res.data!.shortestPaths).toEqual([]);
    });

    describe('path answers, bounded', () => {
      // Parallel relationships multiply paths: 22 Japan-Hong Kong and 25 Hong Kong-Mainland facts make 550 two-step
      // paths. Eight such searches in one request answered 2.3 MB.
      const PAIRS = [
        ['japan', 'mainland-china'],
        ['taiwan', 'mainland-china'],
        ['usa', 'mainland-china'],
        ['hong-kong', 'mainland-china'],
        ['hong-kong', 'japan'],
        ['hong-kong', 'taiwan'],
        ['germany', 'mainland-china'],
        ['brazil', 'taiwan'],
      ];
      const search = (pairs: string[][]) =>
        '{ ' +
        pairs
          .map(
            ([a, b], i) =>
              `p${i}: shortestPaths(fromId: "region:${a}", toId: "region:${b}", maxLength: 6) ` +
              '{ length steps { from { id } type direction to { id } properties locator source { id } } }',
          )
          .join(' ') +
        ' }';
      const refusals = (res: GraphQLResponse) =>
        (res.errors ?? []).map((e) => [e.extensions?.code, /\((MAX_PATHS_\w+)\)/.exec(e.message)?.[1], e.extensions?.limit]);
      const SMALL = PAIRS.slice(3);

      it('refuses an answer of more than MAX_PATHS_PER_ANSWER paths, naming it, and answers the others whole', async () => {
        // Japan, Taiwan and the USA reach the Mainland over hundreds of parallel paths each.
        for (const pair of PAIRS.slice(0, 3)) {
          const res = await graphql(server.url, search([pair]));
          expect(refusals(res)).toEqual([['QUERY_TOO_COSTLY', 'MAX_PATHS_PER_ANSWER', 200]]);
          expect(res.data).toBeNull();
        }
        for (const pair of SMALL) {
          const res = await graphql(server.url, search([pair]));
          expect(res.errors).toBeUndefined();
          expect(res.data!.p0.length).toBeGreaterThan(0);
          expect(res.data!.p0.length).toBeLessThanOrEqual(200);
        }
        // All eight in one request, as the attack sent them: refused, with no paths in the answer.
        const eight = await graphql(server.url, search(PAIRS));
        expect(refusals(eight)).toContainEqual(['QUERY_TOO_COSTLY', 'MAX_PATHS_PER_ANSWER', 200]);
        expect(eight.data).toBeNull();
      });

      it('keeps all the path answers of one request within MAX_PATHS_PER_REQUEST', async () => {
        const tight = await startTestServer(driver, { MAX_PATHS_PER_REQUEST: '100' });
        try {
          // The five pairs under 200 paths each hold more than 100 together; two of them fewer.
          const five = await graphql(tight.url, search(SMALL));
          expect(refusals(five)).toContainEqual(['QUERY_TOO_COSTLY', 'MAX_PATHS_PER_REQUEST', 100]);
          expect(five.data).toBeNull();
          const two = await graphql(tight.url, search(SMALL.slice(0, 2)));
          expect(two.errors).toBeUndefined();
          expect(two.data!.p0.length + two.data!.p1.length).toBeLessThanOrEqual(100);
        } finally {
          await tight.close();
        }
      });
    });

    it('filters festival records and prime-time airings by year', async () => {
      const festivals = await graphql(server.url, '{ festivalRecords(year: 2021) { subject { id } } }');
      expect(festivals.data!.festivalRecords.map((r: any) => r.subject.id).sort()).toEqual(['work:anita', 'work:keep-rolling']);
      const airings = await graphql(server.url, '{ primeTimeAirings(year: 2023) { work { title } rating } }');
      expect(airings.data!.primeTimeAirings).toHaveLength(4);
    });
  });

  describe('argument errors', () => {
    const errorOf = (res: GraphQLResponse) => {
      expect(res.errors).toHaveLength(1);
      return { code: res.errors![0].extensions?.code, message: res.errors![0].message };
    };

    it.each([
      ['maxLength 0', '{ shortestPaths(fromId: "person:charmaine-sheh", toId: "platform:youku", maxLength: 0) { length } }', 'maxLength'],
      ['maxLength 7', '{ shortestPaths(fromId: "person:charmaine-sheh", toId: "platform:youku", maxLength: 7) { length } }', 'maxLength'],
      ['the same entity twice', '{ shortestPaths(fromId: "platform:youku", toId: "platform:youku") { length } }', 'toId'],
      ['a malformed date', '{ releases(from: "2022-13-01") { rank } }', 'from'],
      ['a date that does not exist', '{ releaseTotals(to: "2022-02-30") { works } }', 'to'],
      ['a period that ends before it starts', '{ releases(from: "2022-12-31", to: "2022-01-01") { rank } }', 'from'],
      ['a negative box office', '{ releases(minBoxOfficeHKD: -1) { rank } }', 'minBoxOfficeHKD'],
      ['years in the wrong order', '{ importSharesByYear(regionId: "region:japan", from: 2022, to: 2011) { year } }', 'from'],
      ['an unknown acquisition', '{ airingsByAcquisition(acquisition: ["stolen"]) { year } }', 'acquisition'],
      ['an id of the wrong type', '{ coProductionsAfter(policyId: "region:hong-kong") { effectiveDate } }', 'policyId'],
      ['a policy with no effective date', '{ coProductionsAfter(policyId: "policy:cepa") { effectiveDate } }', 'policyId'],
      ['a source as the end of a path', '{ shortestPaths(fromId: "person:charmaine-sheh", toId: "source:paper") { length } }', 'toId'],
    ])('rejects %s as BAD_USER_INPUT naming the argument', async (_what, query, argument) => {
      const error = errorOf(await graphql(server.url, query));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message.startsWith(`${argument}:`)).toBe(true);
    });

    it.each([
      ['policyId', '{ coProductionsAfter(policyId: "policy:no-such-policy") { effectiveDate } }'],
      ['regionId', '{ importSharesByYear(regionId: "region:atlantis") { year } }'],
      ['fromId', '{ shortestPaths(fromId: "person:nobody", toId: "platform:youku") { length } }'],
      ['originRegionIds', '{ releases(originRegionIds: ["region:hong-kong", "region:atlantis"]) { rank } }'],
      ['platformId', '{ primeTimeAirings(platformId: "platform:nowhere") { year } }'],
      ['originRegionId', '{ remakes(originRegionId: "region:atlantis") { locator } }'],
      ['regionId', '{ festivalRecords(regionId: "region:atlantis") { locator } }'],
    ])('answers an unknown %s with NOT_FOUND', async (argument, query) => {
      const error = errorOf(await graphql(server.url, query));
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message.startsWith(`${argument}:`)).toBe(true);
    });

    it('checks the id arguments only when the answer is empty: rows were found through those entities', async () => {
      const sent = async (query: string) => {
        server.statements.length = 0;
        const res = await graphql(server.url, query);
        return { codes: (res.errors ?? []).map((e) => e.extensions?.code), statements: server.statements.map((s) => s.query) };
      };
      expect(await sent('{ importSharesByYear(regionId: "region:japan") { year } }')).toEqual({
        codes: [],
        statements: ['importSharesByYear'],
      });
      expect(await sent('{ importSharesByYear(regionId: "region:japan", from: 1900, to: 1901) { year } }')).toEqual({
        codes: [],
        statements: ['importSharesByYear', 'nodesByIds@Region'],
      });
      expect(await sent('{ importSharesByYear(regionId: "work:anita") { year } }')).toEqual({
        codes: ['BAD_USER_INPUT'],
        statements: ['importSharesByYear', 'nodesByIds@Work'],
      });
      expect(await sent('{ primeTimeAirings(originRegionId: "region:atlantis") { year } }')).toEqual({
        codes: ['NOT_FOUND'],
        statements: ['primeTimeAirings', 'nodesByIds@Region+Platform'],
      });
      const path = (to: string) => `{ shortestPaths(fromId: "person:charmaine-sheh", toId: "${to}", maxLength: 4) { length } }`;
      expect(await sent(path('platform:youku'))).toEqual({ codes: [], statements: ['shortestPathsBetween@4'] });
      expect(await sent(path('platform:nowhere'))).toEqual({
        codes: ['NOT_FOUND'],
        statements: ['shortestPathsBetween@4', 'nodesByIds@Platform+Person'],
      });
      expect(await sent(path('source:paper'))).toEqual({
        codes: ['BAD_USER_INPUT'],
        statements: ['shortestPathsBetween@4', 'nodesByIds@Person+Source'],
      });
    });
  });
});
