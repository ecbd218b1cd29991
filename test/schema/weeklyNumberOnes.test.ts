/**
 * Issue 27's weekly number-one series as a question (`weeklyNumberOnes`), over HTTP against the seeded graph: week 34
 * answers Warriors of Future with its gross to date, week ranges and a film's weeks, the whole series equal to what
 * the graph holds, every field of one request in one statement, and bad arguments refused by name. Expected values
 * are typed from Wikipedia's table (/work/shared/source/more/wikipedia-2022-weekly-number-one.csv), not read from seed/.
 */
import { graphql, seededServerForFile } from '../support/http';
import { cypher } from '../support/neo4j';

const suite = seededServerForFile({ NEO4J_TX_TIMEOUT_MS: '120000' });

const WEEKS = `query ($market: ID, $year: Int, $weekFrom: Int, $weekTo: Int, $work: ID) {
  weeklyNumberOnes(market: $market, year: $year, weekFrom: $weekFrom, weekTo: $weekTo, work: $work) {
    year week startDate endDate work { id title } market { id } weekendGrossHKD grossToDateHKD locator source { id }
  }
}`;

interface Week {
  year: number;
  week: number;
  startDate: string | null;
  endDate: string | null;
  work: { id: string; title: string };
  market: { id: string };
  weekendGrossHKD: number;
  grossToDateHKD: number;
  locator: string;
  source: { id: string };
}

async function weeks(variables: Record<string, unknown>): Promise<Week[]> {
  const res = await graphql<{ weeklyNumberOnes: Week[] }>(suite.server.url, WEEKS, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.weeklyNumberOnes;
}

describe('weeklyNumberOnes', () => {
  it("answers 'number one in week 34': Warriors of Future, with its weekend gross and gross to date, cited", async () => {
    expect(await weeks({ year: 2022, weekFrom: 34, weekTo: 34 })).toEqual([
      {
        year: 2022,
        week: 34,
        // The table as read gives no dates: absent, not worked out from the week number.
        startDate: null,
        endDate: null,
        work: { id: 'work:warriors-of-future', title: 'Warriors of Future' },
        market: { id: 'region:hong-kong' },
        weekendGrossHKD: 19703177,
        grossToDateHKD: 21784237,
        locator: 'week 34',
        source: { id: 'source:wikipedia-hong-kong-2022-weekly-number-one' },
      },
    ]);
  });

  it('answers the whole series as the graph holds it, earliest week first: weeks 1 and 16-44', async () => {
    const all = await weeks({});
    const graph = await cypher(
      suite.driver,
      `MATCH (w:Work)-[n:NUMBER_ONE_IN]->(:Region {id: 'region:hong-kong'})
       RETURN n.year AS year, n.week AS week, w.id AS work, n.weekendGrossHKD AS weekend, n.grossToDateHKD AS toDate,
              n.locator AS locator, n.source AS source ORDER BY year, week`,
    );
    expect(
      all.map((w) => ({
        year: w.year,
        week: w.week,
        work: w.work.id,
        weekend: w.weekendGrossHKD,
        toDate: w.grossToDateHKD,
        locator: w.locator,
        source: w.source.id,
      })),
    ).toEqual(
      graph.map((r) => ({ ...r, year: Number(r.year), week: Number(r.week), weekend: Number(r.weekend), toDate: Number(r.toDate) })),
    );
    expect(all.map((w) => w.week)).toEqual([1, ...Array.from({ length: 29 }, (_, i) => 16 + i)]);
  });

  it('answers a range of weeks, a film’s weeks, and nothing for a year or market without a series', async () => {
    // Weeks 18-20: Doctor Strange in the Multiverse of Madness three times, its gross to date growing.
    const doctorStrange = await weeks({ weekFrom: 18, weekTo: 20 });
    expect(doctorStrange.map((w) => [w.week, w.work.id, w.grossToDateHKD])).toEqual([
      [18, 'work:doctor-strange-in-the-multiverse-of-madness', 30043010],
      [19, 'work:doctor-strange-in-the-multiverse-of-madness', 53359728],
      [20, 'work:doctor-strange-in-the-multiverse-of-madness', 60536586],
    ]);
    // Open-ended: from week 43 to the table's last, week 44.
    expect((await weeks({ weekFrom: 43 })).map((w) => [w.week, w.work.id])).toEqual([
      [43, 'work:black-adam'],
      [44, 'work:the-sparring-partner'],
    ]);
    // Top Gun: Maverick, number one in week 21 and again in 23-25 (Jurassic World Dominion in 22).
    expect((await weeks({ work: 'work:top-gun-maverick' })).map((w) => [w.week, w.weekendGrossHKD])).toEqual([
      [21, 16903278],
      [23, 16005462],
      [24, 12081640],
      [25, 10678905],
    ]);
    expect(await weeks({ year: 2021 })).toEqual([]);
    expect(await weeks({ market: 'region:mainland-china' })).toEqual([]);
    // A film that was never number one: no weeks, and no error (it is a Work the graph holds).
    expect(await weeks({ work: 'work:anita' })).toEqual([]);
  });

  it('takes sources like every question: the series for Wikipedia, whose weeks they are, and nothing for the paper', async () => {
    const ask = (sources: string[]) =>
      graphql<{ weeklyNumberOnes: { week: number; sourceIds: string[] }[] }>(
        suite.server.url,
        'query ($s: [ID!]) { weeklyNumberOnes(year: 2022, sources: $s) { week sourceIds } }',
        { s: sources },
      );
    const wikipedia = await ask(['source:wikipedia-hong-kong-2022-weekly-number-one']);
    expect(wikipedia.errors).toBeUndefined();
    const all = await weeks({ year: 2022 });
    expect(wikipedia.data!.weeklyNumberOnes).toEqual(
      all.map((w) => ({ week: w.week, sourceIds: ['source:wikipedia-hong-kong-2022-weekly-number-one'] })),
    );
    const paper = await ask(['source:paper']);
    expect(paper.data!.weeklyNumberOnes).toEqual([]);
    const bad = await ask(['work:warriors-of-future']);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('asks every weeklyNumberOnes field of one request in one statement', async () => {
    suite.server.statements.length = 0;
    const res = await graphql(
      suite.server.url,
      `
        {
          may: weeklyNumberOnes(weekFrom: 18, weekTo: 22) {
            week
            work {
              id
            }
          }
          august: weeklyNumberOnes(weekFrom: 32, weekTo: 35) {
            week
            work {
              id
            }
          }
          again: weeklyNumberOnes(weekFrom: 32, weekTo: 35) {
            week
          }
          tableForSix: weeklyNumberOnes(work: "work:table-for-six") {
            week
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.may.map((w: Week) => w.week)).toEqual([18, 19, 20, 21, 22]);
    expect(res.data!.august.map((w: Week) => w.work.id)).toEqual([
      'work:mamas-affair',
      'work:mamas-affair',
      'work:warriors-of-future',
      'work:warriors-of-future',
    ]);
    expect(res.data!.again).toEqual(res.data!.august.map((w: Week) => ({ week: w.week })));
    expect(res.data!.tableForSix.map((w: Week) => w.week)).toEqual([36, 37, 38, 39, 40, 41]);
    const series = suite.server.statements.filter((s) => s.query === 'weeklyNumberOnes');
    expect(series).toHaveLength(1);
    // The same question twice is asked once.
    expect(series[0].params.requests).toHaveLength(3);
  });

  it.each([
    [{ weekFrom: 0 }, 'weekFrom', /weekFrom: is 0, outside whole numbers 1 to 53/],
    [{ weekTo: 54 }, 'weekTo', /weekTo: is 54, outside whole numbers 1 to 53/],
    [{ weekFrom: 40, weekTo: 34 }, 'weekFrom', /weekFrom: 40 is after weekTo \(34\)/],
    [{ work: 'work:no-such-film' }, 'work', /work: nothing in the graph has the id "work:no-such-film"/],
    [{ work: 'region:japan' }, 'work', /work: "region:japan" is a Region, not a Work/],
    [{ market: 'region:atlantis' }, 'market', /market: nothing in the graph has the id "region:atlantis"/],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (variables, argument, message) => {
    const res = await graphql(suite.server.url, WEEKS, variables);
    expect(res.data?.weeklyNumberOnes ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(res.errors![0].message).toMatch(message);
  });
});
