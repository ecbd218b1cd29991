/**
 * A seed with one bad record is refused as a whole: the error names the file, the record and the
 * field, and the graph that was loaded before is left exactly as it was (even when the load asked
 * for a reset). Each bad seed is a copy of the real seed folder with one record altered.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Graph } from '../../src/graph/graph';
import { loadSeed, SeedInvalidError } from '../../src/seed/load';
import { readSeed, SeedReadError } from '../../src/seed/read';
import { testDriver, testExecutor } from '../support/neo4j';
import { alterSeedFile, copySeedToTemp, GraphSnapshot, Json, loadRealSeed, snapshot } from './graphChecksum';

const TABLE1 = '10-table1-imports.json';
const TABLE4 = '12-table4-mainland-taiwan-films-2022.json';
const TABLE7 = '15-table7-hk-local-films-2022.json';
const REMAKES = '22-remakes.json';
const REGIONS = '01-regions.json';
const CLAIMS = '40-claims-hong-kong-2022.json';
const CONTRADICTIONS = '41-claims-paper-contradictions.json';

/** The relationship record of a seed file that matches, and its index. */
function relationship(data: Json, match: { type: string; from: string; to?: string; key?: string }): [Json, number] {
  const i = (data.relationships as Json[]).findIndex(
    (r) =>
      r.type === match.type &&
      r.from === match.from &&
      (match.to === undefined || r.to === match.to) &&
      (match.key === undefined || r.key === match.key),
  );
  if (i < 0) throw new Error(`test setup: no relationship ${JSON.stringify(match)}`);
  return [data.relationships[i], i];
}

function node(data: Json, id: string): [Json, number] {
  const i = (data.nodes as Json[]).findIndex((n) => n.id === id);
  if (i < 0) throw new Error(`test setup: no node ${id}`);
  return [data.nodes[i], i];
}

describe('bad seed records are refused and leave the graph unchanged', () => {
  let driver: Driver;
  let graph: Graph;
  let loaded: GraphSnapshot;
  const tempDirs: string[] = [];

  beforeAll(async () => {
    driver = testDriver();
    graph = testExecutor(driver);
    await loadRealSeed(driver, { reset: true });
    loaded = await snapshot(driver);
  });
  afterAll(async () => {
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
    await driver.close();
  });

  /** A temporary copy of the seed with one file altered; returns the folder. */
  function badSeed(file: string, alter: (data: Json) => void): string {
    const dir = copySeedToTemp();
    tempDirs.push(dir);
    alterSeedFile(dir, file, alter);
    return dir;
  }

  /**
   * Loads the bad seed (plain and with reset) and expects it refused with exactly one problem that
   * names `<folder>/<file>`, the record and the field; then expects the graph unchanged.
   */
  async function expectRefused(dir: string, want: { file: string; record: string; field: string; says: RegExp }): Promise<string> {
    const before = await snapshot(driver);
    expect(before.nodeCount).toBeGreaterThan(0); // the real seed is loaded, so "unchanged" means something
    expect(before).toEqual(loaded);
    let problem = '';
    for (const options of [{}, { reset: true }]) {
      const files = readSeed(dir);
      const error = await loadSeed(graph, files, options).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SeedInvalidError);
      const problems = (error as SeedInvalidError).problems;
      expect(problems).toHaveLength(1);
      problem = problems[0];
      const prefix = `${path.basename(dir)}/${want.file}: ${want.record}: ${want.field}: `;
      expect(problem.startsWith(prefix) ? prefix : problem).toBe(prefix);
      expect(problem.slice(prefix.length)).toMatch(want.says);
      expect((error as Error).message).toContain(problem);
      expect((error as Error).message).toMatch(/nothing was written/);
      expect(await snapshot(driver)).toEqual(before);
    }
    return problem;
  }

  it('accepts the unaltered copy (so each refusal below is caused by the one altered record)', async () => {
    const dir = copySeedToTemp();
    tempDirs.push(dir);
    await loadSeed(graph, readSeed(dir));
    expect(await snapshot(driver)).toEqual(loaded);
  });

  it('refuses a value of the wrong type: boxOfficeHKD "lots"', async () => {
    let index = -1;
    const dir = badSeed(TABLE4, (data) => {
      const [r, i] = relationship(data, { type: 'RELEASED_IN', from: 'work:the-battle-at-lake-changjin-ii', to: 'region:hong-kong' });
      r.props.boxOfficeHKD = 'lots';
      index = i;
    });
    await expectRefused(dir, {
      file: TABLE4,
      record: `relationships[${index}] (RELEASED_IN work:the-battle-at-lake-changjin-ii -> region:hong-kong)`,
      field: 'props.boxOfficeHKD',
      says: /whole number.*"lots"/,
    });
  });

  it('refuses a number written as a string: Table 1 value "684202"', async () => {
    let index = -1;
    const dir = badSeed(TABLE1, (data) => {
      const [r, i] = relationship(data, { type: 'IMPORTED_FROM', from: 'region:hong-kong', to: 'region:japan', key: '2022' });
      r.props.value = '684202';
      index = i;
    });
    await expectRefused(dir, {
      file: TABLE1,
      record: `relationships[${index}] (IMPORTED_FROM region:hong-kong -> region:japan)`,
      field: 'props.value',
      says: /"684202"/,
    });
  });

  it('refuses a Work without its title', async () => {
    let index = -1;
    const dir = badSeed(REMAKES, (data) => {
      const [n, i] = node(data, 'work:infernal-affairs');
      delete n.props.title;
      index = i;
    });
    await expectRefused(dir, { file: REMAKES, record: `nodes[${index}] (work:infernal-affairs)`, field: 'props.title', says: /required/ });
  });

  it('refuses a relationship without a locator', async () => {
    let index = -1;
    const dir = badSeed(TABLE1, (data) => {
      const [r, i] = relationship(data, { type: 'IMPORTED_FROM', from: 'region:hong-kong', to: 'region:mainland-china', key: '2011' });
      delete r.locator;
      index = i;
    });
    await expectRefused(dir, {
      file: TABLE1,
      record: `relationships[${index}] (IMPORTED_FROM region:hong-kong -> region:mainland-china)`,
      field: 'locator',
      says: /required/,
    });
  });

  it('refuses a node without a locator', async () => {
    let index = -1;
    const dir = badSeed(REGIONS, (data) => {
      const [n, i] = node(data, 'region:japan');
      delete n.locator;
      index = i;
    });
    await expectRefused(dir, { file: REGIONS, record: `nodes[${index}] (region:japan)`, field: 'locator', says: /required/ });
  });

  it('refuses a relationship to an unknown id', async () => {
    let index = -1;
    const dir = badSeed(REMAKES, (data) => {
      const [r, i] = relationship(data, { type: 'REMADE_AS', from: 'work:infernal-affairs', to: 'work:the-departed' });
      r.to = 'work:the-departed-2';
      index = i;
    });
    await expectRefused(dir, {
      file: REMAKES,
      record: `relationships[${index}] (REMADE_AS work:infernal-affairs -> work:the-departed-2)`,
      field: 'to',
      says: /unknown id "work:the-departed-2"/,
    });
  });

  it('refuses a duplicate id, naming where it was first defined', async () => {
    let index = -1;
    let firstIndex = -1;
    const dir = copySeedToTemp();
    tempDirs.push(dir);
    alterSeedFile(dir, TABLE4, (data) => {
      firstIndex = node(data, 'work:the-battle-at-lake-changjin-ii')[1];
    });
    alterSeedFile(dir, TABLE7, (data) => {
      index = data.nodes.length;
      data.nodes.push({
        id: 'work:the-battle-at-lake-changjin-ii',
        label: 'Work',
        props: { title: 'The Battle at Lake Changjin II', aliases: [], kind: 'FILM' },
        source: 'source:paper',
        locator: 'Table 7, row 28',
      });
    });
    const problem = await expectRefused(dir, {
      file: TABLE7,
      record: `nodes[${index}] (work:the-battle-at-lake-changjin-ii)`,
      field: 'id',
      says: /duplicate id/,
    });
    expect(problem).toContain(`already defined in ${path.basename(dir)}/${TABLE4} nodes[${firstIndex}]`);
  });

  it('refuses an impossible date: 31/02/2022 as 2022-02-31', async () => {
    let index = -1;
    const dir = badSeed(TABLE4, (data) => {
      const [r, i] = relationship(data, { type: 'RELEASED_IN', from: 'work:schemes-in-antiques', to: 'region:hong-kong' });
      r.props.startDate = '2022-02-31';
      index = i;
    });
    await expectRefused(dir, {
      file: TABLE4,
      record: `relationships[${index}] (RELEASED_IN work:schemes-in-antiques -> region:hong-kong)`,
      field: 'props.startDate',
      says: /"2022-02-31" is not a real calendar date/,
    });
  });

  it('refuses a share above 100: sharePct 135', async () => {
    let index = -1;
    const dir = badSeed(TABLE1, (data) => {
      const [r, i] = relationship(data, { type: 'IMPORTED_FROM', from: 'region:hong-kong', to: 'region:japan', key: '2022' });
      r.props.sharePct = 135;
      index = i;
    });
    await expectRefused(dir, {
      file: TABLE1,
      record: `relationships[${index}] (IMPORTED_FROM region:hong-kong -> region:japan)`,
      field: 'props.sharePct',
      says: /135/,
    });
  });

  it('refuses a file that is not valid JSON, naming the file, and writes nothing', async () => {
    const before = await snapshot(driver);
    expect(before).toEqual(loaded);
    const dir = copySeedToTemp();
    tempDirs.push(dir);
    const file = '13-table5-tvb-2024-jade.json';
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    fs.writeFileSync(path.join(dir, file), text.replace(/\]\s*\}\s*$/, ']')); // drop the closing brace
    let error: unknown;
    try {
      await loadSeed(graph, readSeed(dir), { reset: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedReadError);
    expect((error as Error).message.startsWith(`${path.basename(dir)}/${file}: not valid JSON`)).toBe(true);
    expect(await snapshot(driver)).toEqual(before);
  });
  describe('claims (src/seed/claims.ts)', () => {
    /** The claim of a source about a fact, and its index. */
    function claim(data: Json, source: string, factFrom: string): [Json, number] {
      const i = (data.claims as Json[]).findIndex((c) => c.source === source && (c.about.from ?? c.about.entity) === factFrom);
      if (i < 0) throw new Error(`test setup: no claim of ${source} about ${factFrom}`);
      return [data.claims[i], i];
    }
    const HKET = 'source:hket-hkbo-2022-annual';
    const WARRIORS = 'work:warriors-of-future';
    const FACT = 'RELEASED_IN|work:warriors-of-future|region:hong-kong|2022';

    it('refuses a claim without a locator', async () => {
      let index = -1;
      const dir = badSeed(CLAIMS, (data) => {
        const [c, i] = claim(data, HKET, WARRIORS);
        delete c.locator;
        index = i;
      });
      await expectRefused(dir, { file: CLAIMS, record: `claims[${index}] (${FACT}, ${HKET})`, field: 'locator', says: /is required/ });
    });

    it('refuses the same claim twice, naming where it stood first', async () => {
      let index = -1;
      let first = -1;
      const dir = badSeed(CLAIMS, (data) => {
        const [c, i] = claim(data, HKET, WARRIORS);
        first = i;
        index = data.claims.push({ ...c, locator: `${c.locator} (copied)` }) - 1;
      });
      await expectRefused(dir, {
        file: CLAIMS,
        record: `claims[${index}] (${FACT}, ${HKET})`,
        field: 'claim',
        says: new RegExp(`the same claim twice: already in \\S+/${CLAIMS} claims\\[${first}\\]`),
      });
    });

    it("refuses a value in another unit than its property's: HK01's 8178 (萬) as HK$", async () => {
      let index = -1;
      const dir = badSeed(CLAIMS, (data) => {
        const [c, i] = claim(data, 'source:hk01-hkbo-2022-top-ten', WARRIORS);
        c.values.boxOfficeHKD = 8178;
        c.unit = 'HKD 10,000';
        index = i;
      });
      await expectRefused(dir, {
        file: CLAIMS,
        record: `claims[${index}] (${FACT}, source:hk01-hkbo-2022-top-ten)`,
        field: 'unit',
        says: /"HKD 10,000" is not the unit of boxOfficeHKD \(HKD\)/,
      });
    });

    it('refuses a claim about an unknown entity', async () => {
      let index = -1;
      const dir = badSeed(CLAIMS, (data) => {
        const [c, i] = claim(data, HKET, WARRIORS);
        c.about.from = 'work:warriors-of-the-future';
        index = i;
      });
      await expectRefused(dir, {
        file: CLAIMS,
        record: `claims[${index}] (RELEASED_IN|work:warriors-of-the-future|region:hong-kong|2022, ${HKET})`,
        field: 'about',
        says: /unknown entity "work:warriors-of-the-future"/,
      });
    });

    /** The statements of the paper's noted contradiction on A Guilty Conscience's barrier, and their indexes. */
    const GUILTY = 'RELEASED_IN|work:a-guilty-conscience|region:hong-kong|2023';
    const barrier = (data: Json): number[] =>
      (data.claims as Json[]).flatMap((c, i) => (String(c.contradiction).includes('100-million-yuan') ? [i] : []));

    it('refuses a noted contradiction of one statement', async () => {
      let index = -1;
      const dir = badSeed(CONTRADICTIONS, (data) => {
        const [first, second] = barrier(data);
        data.claims.splice(second, 1);
        index = first;
      });
      await expectRefused(dir, {
        file: CONTRADICTIONS,
        record: `claims[${index}] (${GUILTY}, source:paper)`,
        field: 'contradiction',
        says: /has one statement: a noted contradiction quotes at least two/,
      });
    });

    it("refuses a noted contradiction's claim without its statement", async () => {
      let index = -1;
      const dir = badSeed(CONTRADICTIONS, (data) => {
        index = barrier(data)[1];
        delete data.claims[index].statement;
      });
      await expectRefused(dir, {
        file: CONTRADICTIONS,
        record: `claims[${index}] (${GUILTY}, source:paper)`,
        field: 'statement',
        says: /is required/,
      });
    });
  });
});
