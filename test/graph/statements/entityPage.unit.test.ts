/** The list statements' names (src/graph/statements/entityPage.ts) admit nothing but the model's labels and the schema's indexes. */
import { toAnyOf } from '../../../src/graph/filter';
import { Statements } from '../../../src/graph/statements';
import { listStatement } from '../../../src/graph/statements/entityPage';

const catalog = new Statements();

describe('list statements', () => {
  it("are named only with the model's labels and the schema's indexed properties", () => {
    expect(catalog.text('entityPage@Work?seek=kind.eq,year.gte&rest=0&sort=sortName.asc')).toMatch(
      /MATCH \(n:Work\) USING INDEX SEEK n:Work\(sortName\) WHERE n.sortName >= CASE WHEN walks THEN '' END AND n.kind = \$seek\[0\] AND n.year >= \$seek\[1\]/,
    );
    // A sort by title sorts by the title folded to lower case, walking its index.
    const byTitle = listStatement(
      'Work',
      { anyOf: toAnyOf({ field: 'kind', eq: 'FILM' }), sortField: 'title', descending: false, offset: 0, limit: 5 },
      catalog.indexedProperties(),
    );
    expect(byTitle.name).toBe('entityPage@Work?seek=kind.eq&rest=0&sort=sortName.asc');
    // A label without a sortName index sorts its names by the folded form too, named as data.
    const byName = listStatement(
      'Policy',
      { anyOf: [], sortField: 'name', descending: false, offset: 0, limit: 5 },
      catalog.indexedProperties(),
    );
    expect(byName.params).toMatchObject({ sortField: 'sortName' });
    // A sort no index order serves never walks.
    expect(catalog.text('entityPage@Work?seek=kind.eq&rest=0&sort=year.asc')).toMatch(
      /WITH total, false AS walks\s+CALL \(walks\) \{\s+MATCH \(n:Work\) {2}WHERE false AND/,
    );
    expect(() => catalog.text('entityPage@Work) DETACH DELETE n //?seek=&rest=0&sort=id.asc')).toThrow(/not an indexed entity label/);
    expect(() => catalog.text('entityPage@Work?seek=runtimeMinutes.eq&rest=0&sort=id.asc')).toThrow(/not an index test on Work/);
    expect(() => catalog.text('entityPage@Work?seek=kind.eq}) DETACH DELETE n //&rest=0')).toThrow(/not an index test/);
    expect(() => catalog.text('entityPage@Work?seek=&rest=0&sort=genres.asc')).toThrow(/not an indexed sort/);
    expect(() => catalog.text('entityPage@Work?seek=year.gt,year.gt&rest=1&sort=id.asc')).toThrow(/not a set of at most 4 index tests/);
    // A property name the schema does not index stays a parameter, whatever it holds.
    const call = listStatement(
      'Work',
      { anyOf: toAnyOf({ field: 'runtimeMinutes', gte: 90 }), sortField: 'genres', descending: false, offset: 0, limit: 5 },
      catalog.indexedProperties(),
    );
    expect(call.name).toBe('entityPage@Work?seek=&rest=1&sort=param');
    expect(call.params).toMatchObject({
      sortField: 'genres',
      anyOf: [[expect.objectContaining({ field: 'runtimeMinutes', op: 'gte', value: 90 })]],
    });
    // A filter nested fifty deep writes one test per property and operator into the text; the rest stays data.
    const deep = {
      field: 'year',
      gt: 1900,
      AND: Array.from({ length: 50 }, (_, i) => ({ field: 'year', gt: 1950 + i, AND: [{ field: 'kind', eq: 'FILM' }] })),
    };
    expect(
      listStatement('Work', { anyOf: toAnyOf(deep), sortField: 'id', descending: false, offset: 0, limit: 5 }, catalog.indexedProperties())
        .name,
    ).toBe('entityPage@Work?seek=year.gt,kind.eq&rest=1&sort=id.asc');
  });
});
