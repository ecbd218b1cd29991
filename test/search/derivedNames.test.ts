/**
 * The derived name forms (src/model/names.ts): what they are, that no seed file or curator types them,
 * that every write path (seed load, import, curation) computes them with one function, and the seed's
 * additions (seed/30): merged into earlier nodes, citing their source, checked before anything loads.
 */
import type { Driver } from 'neo4j-driver';
import { importGraph } from '../../src/exchange/load';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, ExchangeGraph } from '../../src/exchange/model';
import { Curation } from '../../src/graph/curation';
import type { Graph } from '../../src/graph/graph';
import { GraphStore } from '../../src/graph/store';
import { withDerivedNames } from '../../src/model';
import type { SeedFile } from '../../src/seed/read';
import { readSeed } from '../../src/seed/read';
import { seedDir } from '../../src/seed/seedIfEmpty';
import { validateSeed } from '../../src/seed/validate';
import { loadRealSeed } from '../seed/graphChecksum';
import { cypher, testDriver, testExecutor } from '../support/neo4j';

describe('derived name forms', () => {
  it('gives a simplified name its traditional and Hong Kong forms, pinyin and jyutping', () => {
    expect(withDerivedNames({ title: 'The Sparring Partner', titleZh: '正义回廊' })).toEqual({
      title: 'The Sparring Partner',
      titleZh: '正义回廊',
      titleZhHans: '正义回廊',
      titleZhHant: '正義迴廊',
      titleZhHK: '正義迴廊',
      titleZhPinyin: 'zheng yi hui lang',
      titleZhJyutping: 'zing ji wui long',
      searchPinyin: 'zhengyihuilang',
      searchJyutping: 'zingjiwuilong',
      searchWholeZh: ['正义回廊', '正義迴廊'],
      sortName: 'the sparring partner',
    });
  });

  it('keeps a traditional name as its own traditional form, and drops punctuation from romanisations', () => {
    const d = withDerivedNames({ name: 'Tony Leung Chiu-wai', nameZh: '梁朝偉' });
    expect([d.nameZhHans, d.nameZhHant, d.nameZhHK, d.nameZhPinyin, d.nameZhJyutping]).toEqual([
      '梁朝伟',
      '梁朝偉',
      '梁朝偉',
      'liang chao wei',
      'loeng ciu wai',
    ]);
    // 台灣 as Hong Kong writes it stays so, though OpenCC's standard traditional for 台湾 is 臺灣.
    const taiwan = withDerivedNames({ name: 'Taiwan', nameZh: '台灣' });
    expect([taiwan.nameZhHans, taiwan.nameZhHant, taiwan.nameZhHK]).toEqual(['台湾', '台灣', '台灣']);
    const punctuated = withDerivedNames({ title: 'Fantasy World', titleZh: '童话·世界' });
    expect([punctuated.titleZhPinyin, punctuated.searchWholeZh]).toEqual(['tong hua shi jie', ['童话世界', '童話世界']]);
  });

  it('recomputes derived forms from the names given, so no stale form survives', () => {
    expect(withDerivedNames({ title: 'X', titleZhHant: '假', searchPinyin: 'jia', sortName: 'y' })).toEqual({ title: 'X', sortName: 'x' });
    expect(withDerivedNames({ title: 'X', titleZh: 'English only' })).toEqual({ title: 'X', titleZh: 'English only', sortName: 'x' });
    // The sort name folds case and compatibility forms (full-width letters), nothing else.
    expect(withDerivedNames({ name: 'ｅ-Japan' }).sortName).toBe('e-japan');
  });
});

describe('the seed and its additions', () => {
  const seed = (): SeedFile[] => readSeed(seedDir());
  const problemsWith = (alter: (files: SeedFile[]) => void) => {
    const files = seed();
    alter(files);
    return validateSeed(files).map(String);
  };
  const additions = (files: SeedFile[]) => files.find((f) => f.file.endsWith('30-chinese-names-general-knowledge.json'))!.additions;

  it('is valid, and every addition cites general knowledge with a locator', () => {
    expect(validateSeed(seed()).map(String)).toEqual([]);
    const added = additions(seed());
    expect(added.length).toBeGreaterThan(80);
    for (const a of added)
      expect({ id: a.id, source: a.source, locator: /\S/.test(a.locator) }).toEqual({
        id: a.id,
        source: 'source:general-knowledge',
        locator: true,
      });
  });

  it('refuses a derived form typed by hand, an addition to an unknown node or over a printed value, and one twice', () => {
    expect(
      problemsWith((f) => {
        f[3].nodes[0].props.nameZhHant = '翡翠臺';
      }),
    ).toEqual([
      expect.stringMatching(
        /nodes\[0\] \(platform:tvb-jade\): props\.nameZhHant: is derived from nameZh when the seed loads; never typed by hand/,
      ),
    ]);
    expect(
      problemsWith((f) => {
        additions(f)[0].id = 'region:atlantis';
      }),
    ).toEqual([expect.stringMatching(/additions\[0\] \(region:atlantis\): id: unknown id "region:atlantis"/)]);
    expect(
      problemsWith((f) => {
        additions(f).push({
          id: 'work:the-sparring-partner',
          props: { titleZh: '正義迴廊' },
          source: 'source:general-knowledge',
          locator: 'x',
        });
      }),
    ).toEqual([
      expect.stringMatching(
        /work:the-sparring-partner already has titleZh "正义回廊" \(seed\/15-table7-hk-local-films-2022\.json\); an addition never replaces a value/,
      ),
    ]);
    expect(
      problemsWith((f) => {
        additions(f).push({ ...additions(f)[0], locator: '' });
      }),
    ).toEqual([
      expect.stringMatching(/locator: is required/),
      expect.stringMatching(/props\.nameZh: already added in seed\/30-chinese-names-general-knowledge\.json additions\[0\]/),
    ]);
  });
});

describe('every write path derives the name forms', () => {
  let driver: Driver;
  let executor: Graph;
  beforeAll(async () => {
    driver = testDriver();
    executor = testExecutor(driver);
    await loadRealSeed(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  const stored = async (id: string) =>
    (await cypher(driver, 'MATCH (n {id: $id}) RETURN properties(n) AS p', { id }))[0]?.p as Record<string, unknown>;

  it('the seed load: an addition is merged, marked with its source, cited, and its forms derived', async () => {
    expect(await stored('work:infernal-affairs')).toMatchObject({
      titleZh: '無間道',
      titleZhSource: 'source:general-knowledge',
      titleZhHans: '无间道',
      titleZhPinyin: 'wu jian dao',
      searchJyutping: 'mougaandou',
    });
    const [citation] = await cypher(
      driver,
      "MATCH (:Work {id: 'work:infernal-affairs'})-[c:CITED_IN]->(:Source {id: 'source:general-knowledge'}) RETURN c.locator AS locator",
    );
    expect(citation.locator).toMatch(/Chinese title of Infernal Affairs \(2002\), widely documented/);
  });

  it("the import: a file's derived forms are recomputed from its names, never taken as given", async () => {
    const graph: ExchangeGraph = {
      format: EXCHANGE_FORMAT,
      version: EXCHANGE_VERSION,
      exportedAt: '2026-12-01T00:00:00Z',
      scope: { label: null },
      nodes: [
        {
          id: 'work:import-probe',
          labels: ['Work'],
          properties: { id: 'work:import-probe', title: 'Import Probe', titleZh: '导入测试', titleZhHant: '錯誤' },
          types: { id: 'string', title: 'string', titleZh: 'string', titleZhHant: 'string' },
        },
      ],
      relationships: [],
    };
    await importGraph(executor, graph);
    expect(await stored('work:import-probe')).toMatchObject({ titleZhHant: '導入測試', titleZhPinyin: 'dao ru ce shi' });
    const [hit] = await new GraphStore(executor).search('導入測試', [], 1);
    expect(hit.node.id).toBe('work:import-probe');
  });

  it('curation: a new entity gets its forms, a changed name replaces them, a removed one takes them away', async () => {
    const curation = new Curation(executor);
    await curation.apply('test', [
      {
        createEntity: {
          label: 'Work',
          id: 'work:curation-probe',
          properties: { title: 'Curation Probe', titleZh: '金鸡' },
          source: 'source:general-knowledge',
          locator: 'test',
        },
      },
    ]);
    expect(await stored('work:curation-probe')).toMatchObject({ titleZhHant: '金雞', searchPinyin: 'jinji', sortName: 'curation probe' });
    await curation.apply('test', [{ updateEntity: { id: 'work:curation-probe', set: { titleZh: '金像', title: 'Curated Probe' } } }]);
    expect(await stored('work:curation-probe')).toMatchObject({ titleZhHant: '金像', searchPinyin: 'jinxiang', sortName: 'curated probe' });
    await curation.apply('test', [{ updateEntity: { id: 'work:curation-probe', remove: ['titleZh'] } }]);
    expect(Object.keys(await stored('work:curation-probe')).sort()).toEqual(['id', 'sortName', 'title']);
    await expect(curation.apply('test', [{ updateEntity: { id: 'work:curation-probe', set: { titleZhHant: '假' } } }])).rejects.toThrow(
      /set\.titleZhHant: is derived from titleZh by the server; set that instead/,
    );
    await expect(curation.apply('test', [{ updateEntity: { id: 'work:curation-probe', remove: ['searchPinyin'] } }])).rejects.toThrow(
      /"searchPinyin" cannot be removed: it is derived/,
    );
  });
});
