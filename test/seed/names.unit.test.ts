/**
 * Name mappings (seed/names/<source>.tsv, src/seed/names.ts) and their suggestions (src/seed/suggestNames.ts),
 * without Neo4j: what the seed refuses, what a loaded node gets, and which suggestion a search's hits give.
 */
import path from 'node:path';
import { withAdditions } from '../../src/seed/additions';
import { parseNameMapping } from '../../src/seed/names';
import { readSeed, SeedFile } from '../../src/seed/read';
import { suggestMapping } from '../../src/seed/suggestNames';
import { validateSeed } from '../../src/seed/validate';
import type { SearchHitData } from '../../src/graph/store';

const seed = readSeed(path.join(__dirname, '..', '..', 'seed'));
const HEADER = 'name\tentity\twhy\tlocator';

/** The real seed with one more mapping file for a source the seed defines. */
const withMapping = (lines: string[], source = 'deadline-hong-kong-2022'): SeedFile[] => {
  const file = `seed/names/${source}.tsv`;
  return [
    ...seed,
    { file, nodes: [], relationships: [], additions: [], claims: [], names: parseNameMapping(file, [HEADER, ...lines].join('\n')) },
  ];
};

const problems = (files: SeedFile[]) => validateSeed(files).map(String);

describe('name mappings', () => {
  it('reads one mapping per source of issue 27, every line resolved, and the seed valid', () => {
    const mapped = seed.filter((f) => f.names).map((f) => path.basename(f.file));
    expect(mapped).toEqual([
      'deadline-hong-kong-2022.tsv',
      'feff-hong-kong-2022.tsv',
      'hk01-hkbo-2022-top-ten.tsv',
      'hket-hkbo-2022-annual.tsv',
      'wikipedia-hong-kong-2022-weekly-number-one.tsv',
    ]);
    expect(problems(seed)).toEqual([]);
  });

  it('refuses a name that resolves to no entity, to several, or to an unknown id, with file, line and name', () => {
    const found = problems(
      withMapping(['Beyond the Dream\t\tx\titem 4', 'Anita\twork:anita | work:hero\tx\titem 4', 'Cold War\twork:cold-war-2\tx\titem 6']),
    );
    expect(found).toEqual([
      'seed/names/deadline-hong-kong-2022.tsv: line 2 (Beyond the Dream): entity: "Beyond the Dream" resolves to no entity: give the id of the entity it is, or define a new one citing this source',
      'seed/names/deadline-hong-kong-2022.tsv: line 3 (Anita): entity: "Anita" resolves to several entities (work:anita | work:hero): keep the one it is',
      'seed/names/deadline-hong-kong-2022.tsv: line 4 (Cold War): entity: unknown id "work:cold-war-2": no seed file defines it',
    ]);
  });

  it('refuses a name mapped twice, a line without why or locator, and a file of no Source', () => {
    expect(problems(withMapping(['Anita\twork:anita\tsame title\titem 4', 'Anita\twork:anita\t\t']))).toEqual([
      'seed/names/deadline-hong-kong-2022.tsv: line 3 (Anita): why: is empty: say why the name is this entity (a reviewer reads it)',
      'seed/names/deadline-hong-kong-2022.tsv: line 3 (Anita): locator: is empty: where in the source the name stands',
      'seed/names/deadline-hong-kong-2022.tsv: line 3 (Anita): name: already mapped on line 2',
    ]);
    expect(problems(withMapping([], 'nobody'))).toEqual([
      'seed/names/nobody.tsv: file name: source: names no Source: "source:nobody" is not defined in any seed file',
    ]);
  });

  it('refuses a file without the header or with a line of the wrong number of columns', () => {
    expect(() => parseNameMapping('seed/names/x.tsv', 'Anita\twork:anita\tx\ty')).toThrow(
      /line 1 must name the columns name, entity, why, locator/,
    );
    expect(() => parseNameMapping('seed/names/x.tsv', `${HEADER}\nAnita\twork:anita`)).toThrow(/line 2 has 2 columns, not 4/);
  });

  it('makes each printed name an alias once, and the entity cite the source where it prints the name', () => {
    const mamas = withAdditions(seed).find((n) => n.id === 'work:mamas-affair')!;
    expect(mamas.props.aliases).toEqual(['阿媽有咗第二個']);
    expect(mamas.citations.find((c) => c.source === 'source:hk01-hkbo-2022-top-ten')?.locator).toBe(
      'top ten table, rank 3 (name as printed: 阿媽有咗第二個)',
    );
    // "Mama's Affair" in Deadline and Wikipedia is its title already: no alias, but both cite.
    expect(mamas.citations.map((c) => c.source)).toEqual(
      expect.arrayContaining(['source:deadline-hong-kong-2022', 'source:wikipedia-hong-kong-2022-weekly-number-one']),
    );
  });
});

const hit = (id: string, kind: SearchHitData['kind'], score = 2): SearchHitData => ({
  score,
  kind,
  node: { id, __label: 'Work' } as unknown as SearchHitData['node'],
  match: { kind, name: 'x', form: 'title' },
});

describe('names:suggest', () => {
  it('suggests the one best hit, saying how the search found it', () => {
    expect(suggestMapping('明日戰記', [hit('work:warriors-of-future', 'OTHER_SCRIPT'), hit('work:x', 'PREFIX', 1)], 'rank 1')).toEqual({
      name: '明日戰記',
      entity: 'work:warriors-of-future',
      why: 'search: work:warriors-of-future (OTHER_SCRIPT: title "x")',
      locator: 'rank 1',
    });
  });

  it('gives every tied candidate, which the seed refuses until one is kept', () => {
    const s = suggestMapping('Youku', [hit('studio:youku', 'EXACT'), hit('platform:youku', 'EXACT')]);
    expect(s.entity).toBe('studio:youku | platform:youku');
    expect(s.why).toMatch(/^several entities match as well/);
  });

  it('gives no entity when the search finds nothing, and flags a typo-only hit for checking', () => {
    expect(suggestMapping('Cold War', []).entity).toBe('');
    expect(suggestMapping('Tabel for Six', [hit('work:table-for-six', 'FUZZY')]).why).toMatch(/^only a candidate, check it/);
  });
});
