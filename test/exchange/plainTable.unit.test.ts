/** The CSV the playground downloads is written by the export's own writer, its formula guard included. */
import { plainTable } from '../../src/exchange/csv';
import { parseCsv } from './parsers';

describe('a table of plain rows as CSV', () => {
  it('starts with a byte order mark, defuses text that starts like a formula, keeps numbers and writes lists as JSON', () => {
    const text = plainTable(
      ['title', 'value', 'genres', 'note'],
      [
        ['=HYPERLINK("x")', -5, ['crime', 'drama'], null],
        ['無間道', 13.5, [], '@home'],
      ],
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text)).toEqual({
      header: ['title', 'value', 'genres', 'note'],
      rows: [
        [`'=HYPERLINK("x")`, '-5', '["crime","drama"]', ''],
        ['無間道', '13.5', '[]', "'@home"],
      ],
    });
  });
});
