/**
 * The IRI formulas and their reading back, PUBLIC_BASE_URL's checks, and the vocabulary's mapping of values.
 */
import { loadConfig, publicBaseOf } from '../../src/config/config';
import { entityIri, factIri, idOfPath, objectValues, ownTerm, predicateOfType, relationshipId, XSD } from '../../src/model';

const BASE = 'https://graph.example.org';
const pathOf = (iri: string) => iri.slice(`${BASE}/id/`.length);

describe('IRIs', () => {
  it('makes an entity IRI from its id and reads it back', () => {
    const iri = entityIri(BASE, 'work:infernal-affairs');
    expect(iri).toBe(`${BASE}/id/work/infernal-affairs`);
    expect(idOfPath(pathOf(iri))).toEqual({ entity: 'work:infernal-affairs' });
  });

  it("makes a fact's IRI from its relationship id, a key percent-encoded, and reads it back exactly", () => {
    for (const id of [
      relationshipId('AIRED_ON', 'work:x', 'platform:y', 'Table 6, 2022/3'),
      'CITED_IN|work:x|source:paper',
      relationshipId('SEQUEL_OF', 'work:a', 'work:b'),
    ]) {
      expect(idOfPath(pathOf(factIri(BASE, id)))).toEqual({ fact: id });
    }
    expect(factIri(BASE, 'AIRED_ON|work:x|platform:y|2022')).toBe(`${BASE}/id/fact/AIRED_ON/work:x/platform:y/2022`);
  });

  it('names what is malformed', () => {
    expect(idOfPath('work/Infernal_Affairs')).toEqual({ malformed: expect.stringContaining('"work:Infernal_Affairs" is not an id') });
    expect(idOfPath('fact/NOPE/work:a/work:b')).toEqual({ malformed: 'NOPE is not a relationship type of the model' });
    expect(idOfPath('fact/CITED_IN/work:a/source:b/k')).toEqual({ malformed: 'a citation has no key' });
    expect(idOfPath('work/%E0%A4%A')).toEqual({ malformed: expect.stringContaining('percent-encoded') });
  });
});

describe('PUBLIC_BASE_URL', () => {
  it('takes an absolute http(s) URL without a trailing slash, and refuses others naming the variable', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://graph.example.org/av' }).publicBaseUrl).toBe('https://graph.example.org/av');
    expect(loadConfig({}).publicBaseUrl).toBeUndefined();
    for (const bad of [
      'graph.example.org',
      'ftp://graph.example.org',
      'https://graph.example.org/',
      'https://g.example.org/?x=1',
      'https://g.example.org#x',
    ]) {
      expect(() => loadConfig({ PUBLIC_BASE_URL: bad })).toThrow(/^PUBLIC_BASE_URL: /);
    }
  });

  it('defaults to the address listened on, a wildcard host as localhost', () => {
    expect(publicBaseOf('127.0.0.1', 4000)).toBe('http://127.0.0.1:4000');
    expect(publicBaseOf('0.0.0.0', 4000)).toBe('http://localhost:4000');
    expect(publicBaseOf('::1', 4000)).toBe('http://[::1]:4000');
  });
});

describe('the vocabulary', () => {
  const iriOf = (id: string) => entityIri(BASE, id);
  it('types values by their property: years, money and shares, counts, dates, Chinese name forms', () => {
    expect(objectValues('year', 2022, iriOf)).toEqual([{ value: '2022', datatype: XSD.gYear }]);
    expect(objectValues('sharePct', 13, iriOf)).toEqual([{ value: '13.0', datatype: XSD.decimal }]);
    expect(objectValues('boxOfficeHKD', 3203600, iriOf)).toEqual([{ value: '3203600.0', datatype: XSD.decimal }]);
    expect(objectValues('rank', 3, iriOf)).toEqual([{ value: '3', datatype: XSD.integer }]);
    expect(objectValues('startDate', '2022-07-28', iriOf)).toEqual([{ value: '2022-07-28', datatype: XSD.date }]);
    expect(objectValues('titleZhJyutping', 'mou gaan dou', iriOf)).toEqual([{ value: 'mou gaan dou', language: 'yue-Latn-jyutping' }]);
    expect(objectValues('titleZhSource', 'source:general-knowledge', iriOf)).toEqual([{ iri: `${BASE}/id/source/general-knowledge` }]);
    expect(objectValues('searchPinyin', 'wujiandao', iriOf)).toEqual([]);
    expect(objectValues('aliases', ['a', 'b'], iriOf)).toHaveLength(2);
  });

  it("maps types to schema.org where it fits and to the project's own terms with definitions otherwise", () => {
    expect(predicateOfType('WORKS_FOR')).toBe('schema:worksFor');
    expect(predicateOfType('AIRED_ON')).toBe('avx:airedOn');
    expect(ownTerm('airedOn', () => false)?.definition).toMatch(/aired on the platform/);
    expect(ownTerm('launchYear', (p) => p === 'launchYear')?.definition).toMatch(/a year/);
    expect(ownTerm('launchYear', () => false)).toBeUndefined();
  });
});
