/**
 * Claims as RDF, without a database: a claim's IRI made from its id and read back, its `asOf` typed at the
 * precision the source gives, every own term a claim uses defined in the vocabulary, and a claim's quads (from
 * QuadMaker) written by n3 as Turtle and parsed back, as the dumps and IRIs write them.
 */
import { Parser } from 'n3';
import { QuadMaker, writeQuads } from '../../src/graph/linkedData';
import { claimIri, entityIri, expand, factIri, idOfPath, NS, objectValues, OWN_TERMS, XSD } from '../../src/model';

const BASE = 'https://graph.example.org';
const FACT = 'RELEASED_IN|work:warriors-of-future|region:hong-kong|2022';

/** A claim as the seed stores it (src/seed/claims.ts), with the derived name keys that never go out. */
const claim = (props: Record<string, unknown>) => ({
  props: {
    id: 'claim:3f2a0c',
    name: 'HKET: boxOfficeHKD 81783591',
    sortName: 'hket boxofficehkd 81783591',
    aliases: [],
    factId: FACT,
    factType: 'RELEASED_IN',
    claimed: ['boxOfficeHKD'],
    boxOfficeHKD: 81783591,
    source: 'source:hket-hkbo-2022-annual',
    locator: 'highest-grossing Hong Kong film',
    asOf: '2023-01',
    ...props,
  },
  about: ['work:warriors-of-future', 'region:hong-kong'],
});

describe("a claim's IRI", () => {
  it('is made from its id as an entity IRI is, and reads back exactly as a claim', () => {
    const iri = claimIri(BASE, 'claim:3f2a0c');
    expect(iri).toBe(`${BASE}/id/claim/3f2a0c`);
    expect(idOfPath(iri.slice(`${BASE}/id/`.length))).toEqual({ claim: 'claim:3f2a0c' });
    expect(idOfPath('claim/3F2A')).toEqual({ malformed: expect.stringContaining('"claim:3F2A" is not an id') });
    expect(idOfPath('claim/3f2a/x')).toEqual({ malformed: expect.stringContaining("an entity's IRI is /id/{type}/{slug}") });
  });
});

describe('a claim in RDF', () => {
  it('types asOf at the precision the source gives: a year, a month, a day', () => {
    const iriOf = (id: string) => entityIri(BASE, id);
    expect(objectValues('asOf', '2023', iriOf)).toEqual([{ value: '2023', datatype: XSD.gYear }]);
    expect(objectValues('asOf', '2023-01', iriOf)).toEqual([{ value: '2023-01', datatype: XSD.gYearMonth }]);
    expect(objectValues('asOf', '2023-01-15', iriOf)).toEqual([{ value: '2023-01-15', datatype: XSD.date }]);
  });

  it("states the fact it is a claim of, its values under the fact's predicates, its source, locator, date and rank", async () => {
    const maker = new QuadMaker(BASE);
    const quads = maker.claimQuads(claim({ stillShowing: true }));
    const text = await writeQuads(quads, 'ttl', BASE);
    const parsed = new Parser({ format: 'Turtle' }).parse(text);
    const subject = claimIri(BASE, 'claim:3f2a0c');
    const of = (p: string) =>
      parsed
        .filter((q) => q.subject.value === subject && q.predicate.value === p)
        .map((q) => (q.object.termType === 'Literal' ? `${q.object.value}^^${q.object.datatype.value}` : q.object.value));
    const avx = (term: string) => expand(BASE, `avx:${term}`);
    expect(of(`${NS.rdf}type`)).toEqual([avx('Claim'), `${NS.prov}Entity`]);
    expect(of(avx('claimOf'))).toEqual([factIri(BASE, FACT)]);
    expect(of(`${NS.schema}about`).sort()).toEqual([entityIri(BASE, 'region:hong-kong'), entityIri(BASE, 'work:warriors-of-future')]);
    expect(of(avx('claimedProperty'))).toEqual([avx('boxOfficeHKD')]);
    expect(of(avx('boxOfficeHKD'))).toEqual([`81783591.0^^${XSD.decimal}`]);
    expect(of(`${NS.prov}wasDerivedFrom`)).toEqual([entityIri(BASE, 'source:hket-hkbo-2022-annual')]);
    expect(of(avx('locator'))).toEqual([`highest-grossing Hong Kong film^^${XSD.string}`]);
    expect(of(avx('asOf'))).toEqual([`2023-01^^${XSD.gYearMonth}`]);
    expect(of(avx('stillShowing'))).toEqual([`true^^${XSD.boolean}`]);
    // Not preferred is said, not left out; the fact's id, type, the names claimed and the search keys do not go out.
    expect(of(avx('preferred'))).toEqual([`false^^${XSD.boolean}`]);
    for (const internal of ['factId', 'factType', 'claimed', 'sortName']) expect(of(avx(internal))).toEqual([]);
    expect(parsed).toHaveLength(quads.length);
  });

  it("of an entity's own figures is a claim of the entity; the preferred one says so", () => {
    const quads = new QuadMaker(BASE).claimQuads({
      props: { ...claim({}).props, factId: 'marketyear:hong-kong-cinema-2022', factType: 'MarketYear', preferred: true },
      about: ['marketyear:hong-kong-cinema-2022'],
    });
    const object = (term: string) => quads.find((q) => q.predicate.value === expand(BASE, term))?.object.value;
    expect(object('avx:claimOf')).toBe(entityIri(BASE, 'marketyear:hong-kong-cinema-2022'));
    expect(object('avx:preferred')).toBe('true');
  });

  it('uses only own terms the vocabulary defines', () => {
    const quads = new QuadMaker(BASE).claimQuads(
      claim({ counts: 'x', nameAsPrinted: '明日戰記', valueAsPrinted: 'HK$81,783,591', unit: 'HKD', stillShowing: true }),
    );
    const own = `${BASE}/vocab/`;
    const terms = [...quads.map((q) => q.predicate.value), ...quads.map((q) => q.object.value)].filter((t) => t.startsWith(own));
    for (const term of new Set(terms)) {
      const name = term.slice(own.length);
      if (name === 'boxOfficeHKD') continue;
      expect({ name, definition: OWN_TERMS.get(name)?.definition }).toEqual({ name, definition: expect.stringMatching(/\w/) });
    }
  });
});
