/**
 * The seed's noted contradictions without Neo4j (src/seed/claims.ts): the real seed's are valid, each statement a
 * claim of its own id; one altered record is refused, naming the record and the field.
 */
import { claimProblems, claimRows } from '../../src/seed/claims';
import { readSeed, seedDir, type ClaimRecord, type SeedFile } from '../../src/seed/read';

const FILE = '41-claims-paper-contradictions.json';
const seed = readSeed(seedDir());
const isSource = (id: string) => seed.some((f) => f.nodes.some((n) => n.id === id && n.label === 'Source'));

/** The seed with the contradictions file's claims altered. */
function altered(alter: (claims: ClaimRecord[]) => void): SeedFile[] {
  return seed.map((f) => {
    if (!f.file.endsWith(FILE)) return f;
    const claims = structuredClone(f.claims);
    alter(claims);
    return { ...f, claims };
  });
}

const contradictionsFile = () => seed.find((f) => f.file.endsWith(FILE))!;
const indexesOf = (claims: ClaimRecord[], phrase: string) => claims.flatMap((c, i) => (c.contradiction?.includes(phrase) ? [i] : []));

describe('noted contradictions in the seed', () => {
  it('are valid: 16, each of two statements or more, one source each, every statement a claim of its own', () => {
    expect(claimProblems(seed, isSource)).toEqual([]);
    const noted = contradictionsFile().claims.filter((c) => c.contradiction !== undefined);
    const groups = new Map<string, ClaimRecord[]>();
    for (const c of noted) groups.set(c.contradiction!, [...(groups.get(c.contradiction!) ?? []), c]);
    expect(groups.size).toBe(16);
    for (const members of groups.values()) {
      expect(members.length).toBeGreaterThanOrEqual(2);
      expect(new Set(members.map((m) => m.source))).toEqual(new Set(['source:paper']));
    }
    const rows = claimRows(seed).filter((r) => r.props.contradiction !== undefined);
    expect(rows).toHaveLength(noted.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    // A statement states no value: no claimed list (what a claim does not state is absent).
    expect(rows.every((r) => r.props.claimed === undefined && typeof r.props.statement === 'string')).toBe(true);
  });

  const problems = (alter: (claims: ClaimRecord[]) => void) =>
    claimProblems(altered(alter), isSource).map(({ record, field, problem }) => ({ record, field, problem }));

  it('refuses a contradiction of one statement, and one of two sources', () => {
    const [first, second] = indexesOf(contradictionsFile().claims, '100-million-yuan');
    expect(problems((claims) => claims.splice(second, 1))).toEqual([
      expect.objectContaining({
        record: expect.stringMatching(new RegExp(`^claims\\[${first}\\]`)),
        field: 'contradiction',
        problem: expect.stringMatching(/has one statement/),
      }),
    ]);
    expect(problems((claims) => (claims[second].source = 'source:general-knowledge'))).toEqual([
      expect.objectContaining({
        field: 'contradiction',
        problem: expect.stringMatching(/mixes sources \(source:paper, source:general-knowledge\)/),
      }),
    ]);
  });

  it("refuses a statement's claim without its words, or with values", () => {
    const [, second] = indexesOf(contradictionsFile().claims, '100-million-yuan');
    expect(problems((claims) => delete claims[second].statement)).toEqual([
      expect.objectContaining({ field: 'statement', problem: expect.stringMatching(/is required/) }),
    ]);
    expect(problems((claims) => (claims[second].values = { boxOfficeHKD: 100000000 }))).toEqual([
      expect.objectContaining({ field: 'values', problem: expect.stringMatching(/states no values/) }),
    ]);
  });
});
