/**
 * The paper against itself, in the open (issue 27, items 3 and 7): `conflicts(kind: WITHIN_SOURCE)` lists every
 * contradiction the graph keeps (the 12 it kept as notes and the 7 the audit found), each with its statements and
 * their locators, source the paper; `kind` tells them from sources disagreeing with each other; Cypher reads them
 * as plainly. Every quoted phrase is typed from the paper (../shared/source/000_3fe404eb11bc0023.txt).
 */
import { graphql, seededServerForFile } from '../support/http';
import { query } from '../seed/graphChecksum';

// A loaded machine can take past the default 10 s on a cold plan (the statement's first run); the answer is the test.
const suite = seededServerForFile({ NEO4J_TX_TIMEOUT_MS: '120000' });

async function ask(text: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await graphql(suite.server.url, text, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

const CONFLICTS = `query ($about: ID, $kind: ConflictKind, $sources: [ID!]) {
  conflicts(about: $about, kind: $kind, sources: $sources) {
    kind factId factIds factType property contradiction about values difference
    claims { sourceId locator statement contradiction values preferred note source { id } }
  }
}`;

const PAPER = 'source:paper';
const TVB = 'section "TV Competitiveness of Mainland China"';
const OCP = 'section "Overall competitive profile"';

interface Expected {
  /** How the conflict is found: its property (values) or a phrase of its contradiction. */
  find: string;
  /** Each claim's locator, in the order conflicts gives them, and a phrase its statement (or value) holds. */
  claims: [locator: string | RegExp, says: string | number][];
}

/** The seven contradictions issue 27's audit found, each statement as the paper prints it. */
const AUDIT_SEVEN: Expected[] = [
  {
    find: '"a peak" in 2011',
    claims: [
      ['Table 1, 2012, rank 1', '1 Mainland China 1,783,205 36.2%'],
      [
        `${OCP}, paragraph 3 ("from a peak of approximately HK$1.77 billion (35.9% of the total) in 2011")`,
        'from a peak of approximately HK$1.77 billion (35.9% of the total) in 2011',
      ],
    ],
  },
  {
    find: '"recovery signs"',
    claims: [
      ['Table 1, 2020, rank 4', '4 Mainland China 453,572 11.4%'],
      ['Table 1, 2021, rank 3', '3 Mainland China 354,296 11.1%'],
      [`${OCP}, paragraph 3 ("recovery signs emerged in 2021")`, 'Although recovery signs emerged in 2021'],
    ],
  },
  {
    find: '216 releases of 2022',
    claims: [
      ['Table 2, 2022 column (first-run non-Hong Kong films)', '189(18 of which are Chinese-language films)'],
      [
        'section "Influence of policy effects will gradually increase", paragraph 1',
        "Mainland films accounted for only 11.1% of Hong Kong's annual film releases in 2022",
      ],
      [
        'section "Status of issuance", paragraph 1 ("Mainland imports constituting 11.1%")',
        'In 2022, Hong Kong released 216 films, with Mainland imports constituting 11.1%',
      ],
    ],
  },
  {
    find: '"the 10-20% range seen in prior years"',
    claims: [
      [
        `${TVB}, paragraph 4 ("constituting 22.2% of the total")`,
        'seven outsourced series and six Mainland films were broadcast, constituting 22.2% of the total',
      ],
      [`${TVB}, paragraph after Table 5 ("the 10-20% range seen in prior years")`, 'consistent with the 10-20% range seen in prior years'],
    ],
  },
  {
    find: "Table 7's rows add up to HK$347,188,401",
    claims: [
      ['Table 3, row 1', 'Hong Kong movie box office 246,168,606 21.14%'],
      ['Table 7, rows 1-27 (Cumulative Box Office(HK$))', 'Table 7. Hong Kong Local Films Released in Hong Kong in 2022'],
      [
        'section "Hong Kong: The Resurgence of Local Industries", paragraph 2 ("Hong Kong-produced films totaled HK$246 million")',
        'box office receipts for Hong Kong-produced films totaled HK$246 million in 2022',
      ],
    ],
  },
  {
    find: 'HK$7.62 million',
    claims: [
      ['Table 3, row 3', 'Chinese film box office 7,618,995 0.65%'],
      ['Table 4, row 11', 'Mama Boy … Taiwan China'],
      ['Table 4, row 13', 'Goddamned Asura … Taiwan China'],
      ['Table 4, row 18', 'Fantasy World … Taiwan China'],
      ['Table 4, row 4', "My Best Friend's Breakfast … Taiwan China"],
      [
        'section "Status of issuance", paragraph after Table 2',
        'box office receipts for these films totaled approximately HK$7.62 million',
      ],
    ],
  },
  {
    find: '100-million-yuan',
    claims: [
      [
        `section "A new record in Hong Kong's film history", paragraph 1 ("grossed HK$115 million")`,
        'A Guilty Conscience grossed HK$115 million',
      ],
      [
        `section "A new record in Hong Kong's film history", paragraph 1 ("the 100-million-yuan box office barrier")`,
        'to cross the 100-million-yuan box office barrier',
      ],
    ],
  },
];

/** The twelve the graph kept as `note` and `contradictionNote` text before (Conventions; files 13, 16, 21, 23, 28, 29). */
const KEPT_TWELVE: Expected[] = [
  {
    find: 'acquisition',
    claims: [
      ['Table 5, row 3', 'purchased'],
      [`${TVB}, paragraph after Table 5 ("three outsourced titles")`, 'outsourced'],
    ],
  },
  {
    find: 'acquisition',
    claims: [
      ['Table 5, row 6', 'purchased'],
      [`${TVB}, paragraph after Table 5 ("three outsourced titles")`, 'outsourced'],
    ],
  },
  {
    find: 'topThreeLocalFilmsAdmissionsApprox',
    claims: [
      [/^section "Broadcast situation", paragraph 1/, 600000],
      ['Table 7, rows 1-3 (admissions 1,120,891 + 1,162,277 + 622,457)', 2905625],
    ],
  },
  {
    find: '"for the second consecutive year"',
    claims: [
      [
        'section "Mainland China as the top export region", paragraph 1',
        "only in 2017 did Hong Kong, China's exports to the mainland China ranks second",
      ],
      ['section "Mainland China as the top export region", paragraph 2', 'top export area for the second consecutive year in 2018'],
    ],
  },
  {
    find: "The Invisibles' 2023 rating",
    claims: [
      [`${TVB}, paragraph after Table 6`, "peaking at 25.5 points for TVB's The Invisibles"],
      ['section "The glorious return of Hong Kong drama", paragraph 1', 'The Invisibles with 28.7 points'],
    ],
  },
  {
    find: '24 applications',
    claims: [
      [
        'section "Promotion of Hong Kong Government Policies", paragraph 2 (first list of applications)',
        '24 for the "Script Incubation Programmed."',
      ],
      [
        'section "Promotion of Hong Kong Government Policies", paragraph 2 (second list of applications)',
        '24 for the First Feature Film Scheme',
      ],
    ],
  },
  {
    find: '"since 2016"',
    claims: [
      ['Table 1, 2016, ranks 1-2', '1 Mainland China 819,727 25.7% | 2 Japan 764,855 24.0%'],
      ['section "Japan: The popular anime culture", paragraph 1 ("has held the top spot ... since 2017")', 'since 2017'],
      [
        `${OCP}, paragraph 3 ("on an upward trajectory since 2016, consistently leading the market share")`,
        'on an upward trajectory since 2016',
      ],
    ],
  },
  {
    find: '"more than 15 percentage points"',
    claims: [
      ['Table 1, 2021, ranks 1-2', '1 Japan 1,096,428 34.5% | 2 Singapore 639,888 20.1%'],
      ['Table 1, 2022, ranks 1-2', '1 Japan 684,202 29.1% | 2 Mainland China 338,263 14.4%'],
      [
        'section "Japan: The popular anime culture", paragraph 1 ("more than 15 percentage points higher than second place")',
        'more than 15 percentage points higher than second place',
      ],
    ],
  },
  {
    find: '"over twofold"',
    claims: [
      ['Table 1, 2022, ranks 1-5', '5 South Korea 263,700 11.2%'],
      [`${OCP}, paragraph 2`, 'surpassing that of all other countries combined by over twofold'],
    ],
  },
  {
    find: "What TVB's 22.2% of 2023 counts",
    claims: [
      [`${TVB}, paragraph 4 ("In 2023, TVB aired 27 dramas")`, 'In 2023, TVB aired 27 dramas'],
      [`${TVB}, paragraph 4 ("constituting 22.2% of the total")`, 'constituting 22.2% of the total'],
    ],
  },
  {
    find: 'animation exports',
    claims: [
      [
        'section "Animation industry", paragraph 1 ("Hong Kong accounting for about half of this")',
        'approximately 70% directed to Asia, and Hong Kong accounting for about half of this',
      ],
      ['section "Animation industry", paragraph 1 ("nearly 50% of export volume")', 'representing nearly 50% of export volume'],
    ],
  },
  {
    find: 'proposed in one section, invested in another',
    claims: [
      [
        /^section "Opportunities for co-operation such as co-productions/,
        'the Hong Kong government invested HK$4.3 billion in the creative industries',
      ],
      [
        'section "Promotion of Hong Kong Government Policies", paragraph 3',
        'proposes injecting HK$4.3 billion into the Film Development Fund',
      ],
    ],
  },
];

/** The conflicts `expected` describes, in the order they come, one each: a conflict no entry finds fails the count. */
function matching(conflicts: any[], expected: Expected[]): any[] {
  const left = [...conflicts];
  return expected.map((e) => {
    const i = left.findIndex(
      (c) =>
        (c.property === e.find || (c.contradiction ?? '').includes(e.find)) &&
        c.claims.length === e.claims.length &&
        c.claims.every((claim: any, j: number) =>
          typeof e.claims[j][0] === 'string' ? claim.locator === e.claims[j][0] : (e.claims[j][0] as RegExp).test(claim.locator),
        ),
    );
    if (i < 0) throw new Error(`no conflict ${e.find} with locators ${JSON.stringify(e.claims.map(([l]) => String(l)))}`);
    return left.splice(i, 1)[0];
  });
}

function expectStatements(conflict: any, expected: Expected): void {
  expect(conflict.kind).toBe('WITHIN_SOURCE');
  expect(conflict.claims.map((c: any) => c.sourceId)).toEqual(expected.claims.map(() => PAPER));
  expected.claims.forEach(([, says], j) => {
    if (typeof says === 'number') expect(conflict.values[j]).toBe(says);
    else expect(String(conflict.values[j])).toContain(says);
  });
}

describe("the paper's contradictions", () => {
  it('are all listed by conflicts(kind: WITHIN_SOURCE): the 7 of the audit and the 12 kept, none else, each with its statements and locators', async () => {
    const { conflicts } = await ask(CONFLICTS, { kind: 'WITHIN_SOURCE' });
    expect(conflicts).toHaveLength(AUDIT_SEVEN.length + KEPT_TWELVE.length);
    expect(AUDIT_SEVEN).toHaveLength(7);
    expect(KEPT_TWELVE).toHaveLength(12);
    const seven = matching(conflicts, AUDIT_SEVEN);
    seven.forEach((c, i) => expectStatements(c, AUDIT_SEVEN[i]));
    const twelve = matching(conflicts, KEPT_TWELVE);
    twelve.forEach((c, i) => expectStatements(c, KEPT_TWELVE[i]));
    // 16 are noted contradictions (statements in words), 3 are two values of one property.
    expect(conflicts.filter((c: any) => c.contradiction !== null)).toHaveLength(16);
    for (const c of conflicts.filter((x: any) => x.contradiction !== null)) {
      expect(c).toMatchObject({ property: null, difference: null });
      expect(c.values).toEqual(c.claims.map((claim: any) => claim.statement));
      expect(new Set(c.claims.map((claim: any) => claim.locator)).size).toBe(c.claims.length);
      expect(c.factIds).toContain(c.factId);
    }
  });

  it('keep the values the facts hold: Table 5 says "Purchased", the preferred claim; the paragraph\'s "outsourced" stands beside it', async () => {
    const { conflicts } = await ask(CONFLICTS, { about: 'work:the-heir-to-the-throne' });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'WITHIN_SOURCE',
      factId: 'AIRED_ON|work:the-heir-to-the-throne|platform:tvb-jade|2024',
      property: 'acquisition',
      values: ['purchased', 'outsourced'],
    });
    expect(conflicts[0].claims.map((c: any) => c.preferred)).toEqual([true, false]);
    const [held] = await query(
      suite.driver,
      `MATCH (:Work {id: 'work:the-heir-to-the-throne'})-[r:AIRED_ON]->(:Platform {id: 'platform:tvb-jade'}) RETURN r.acquisition AS acquisition`,
    );
    expect(held).toEqual({ acquisition: 'purchased' });
  });

  it('come whole through about: every statement of the Taiwan films contradiction, though one film is asked for', async () => {
    const { conflicts } = await ask(CONFLICTS, { about: 'work:mama-boy' });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].claims).toHaveLength(6);
    expect(conflicts[0].factIds).toEqual(
      expect.arrayContaining(['marketyear:hong-kong-cinema-2022', 'ORIGINATES_FROM|work:mama-boy|region:taiwan|main']),
    );
    expect(conflicts[0].about).toEqual(expect.arrayContaining(['work:mama-boy', 'region:taiwan', 'marketyear:hong-kong-cinema-2022']));
  });

  it('are apart from sources disagreeing with each other: BETWEEN_SOURCES lists only those, and the two kinds make all', async () => {
    const all = (await ask(CONFLICTS)).conflicts;
    const between = (await ask(CONFLICTS, { kind: 'BETWEEN_SOURCES' })).conflicts;
    expect(between.length).toBeGreaterThan(0);
    for (const c of between) {
      expect(c.kind).toBe('BETWEEN_SOURCES');
      expect(c.contradiction).toBeNull();
      expect(new Set(c.claims.map((claim: any) => claim.sourceId)).size).toBeGreaterThan(1);
    }
    expect(all).toHaveLength(between.length + AUDIT_SEVEN.length + KEPT_TWELVE.length);
    // Hong Kong Box Office Ltd's reports never contradict themselves.
    expect((await ask(CONFLICTS, { kind: 'WITHIN_SOURCE', sources: ['source:hket-hkbo-2022-annual'] })).conflicts).toEqual([]);
  });

  it('read plainly in Cypher: each statement a :Claim STATED_IN the paper with its locator, grouped by contradiction', async () => {
    const rows = await query(
      suite.driver,
      `MATCH (c:Claim)-[s:STATED_IN]->(:Source {id: 'source:paper'}) WHERE c.contradiction IS NOT NULL
       WITH c.contradiction AS contradiction, collect(s.locator) AS locators, collect(c.statement) AS statements
       RETURN count(*) AS contradictions, min(size(locators)) AS fewest, sum(size(statements)) AS statements`,
    );
    expect(rows).toEqual([{ contradictions: 16, fewest: 2, statements: 41 }]);
    const [peak] = await query(
      suite.driver,
      `MATCH (c:Claim)-[:ABOUT]->(:Region {id: 'region:mainland-china'}) WHERE c.contradiction CONTAINS '"a peak" in 2011'
       RETURN collect(c.locator) AS locators`,
    );
    expect([...peak.locators].sort()).toEqual([
      'Table 1, 2012, rank 1',
      `${OCP}, paragraph 3 ("from a peak of approximately HK$1.77 billion (35.9% of the total) in 2011")`,
    ]);
  });
});
