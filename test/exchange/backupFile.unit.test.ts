/**
 * The backup file without a database: what backupLines writes parseBackup reads back; a file cut short, of
 * another format, of a newer version or altered is refused with its reason; typed values go back to the driver's
 * types (integers, floats, datetimes with their nanoseconds and offset).
 */
import neo4j from 'neo4j-driver';
import {
  Backup,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupLines,
  backupValueIn,
  parseBackup,
  propertiesIn,
} from '../../src/exchange/backupFile';

const backup: Backup = {
  header: { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: '2026-12-07T20:00:00.000Z', lastSeq: 2 },
  nodes: [
    { labels: ['Work'], properties: { id: 'work:a', year: 2020, share: 13 }, types: { id: 'string', year: 'integer', share: 'float' } },
    {
      labels: ['Change'],
      properties: { id: 'change:1', seq: 1, at: '2026-12-07T20:21:03.123456789Z' },
      types: { id: 'string', seq: 'integer', at: 'datetime' },
    },
    { labels: ['ChangeLog'], properties: { id: 'changes', seq: 2 }, types: { id: 'string', seq: 'integer' } },
  ],
  relationships: [{ type: 'AIRED_ON', from: 'work:a', to: 'platform:b', properties: { year: 2020 }, types: { year: 'integer' } }],
};
const text = `${backupLines(backup).join('\n')}\n`;
const lines = text.trimEnd().split('\n');

describe('the backup file', () => {
  it('reads back what it wrote', () => {
    expect(parseBackup(text)).toEqual(backup);
  });

  it.each([
    ['cut at a line', lines.slice(0, -2).join('\n'), /no closing line: it was cut short/],
    ['cut inside a line', text.slice(0, text.length - 40), /cut short/],
    ['empty', '', /empty/],
    [
      'of another format',
      JSON.stringify({ format: 'av-exchange-graph', version: 1, nodes: [] }),
      /not a backup: its format is "av-exchange-graph"/,
    ],
    ['not JSON', 'MATCH (n) RETURN n', /line 1 is not a JSON object/],
    [
      'of a newer version',
      [JSON.stringify({ ...backup.header, version: BACKUP_VERSION + 1 }), ...lines.slice(1)].join('\n'),
      /newer than this code reads/,
    ],
    ['altered', text.replace('"work:a"', '"work:z"'), /does not match its digest/],
  ])('refuses a file %s', (_, bad, reason) => {
    expect(() => parseBackup(bad)).toThrow(reason);
  });

  it('names a value that does not fit its type, even with a matching digest', () => {
    const wrong = { ...backup, nodes: [{ ...backup.nodes[0], properties: { ...backup.nodes[0].properties, year: 'soon' } }] };
    expect(() => parseBackup(backupLines(wrong).join('\n'))).toThrow(/node work:a: property "year" should be a whole number/);
  });

  it('gives the driver integers, floats and datetimes as Neo4j stored them', () => {
    const [work, change] = backup.nodes.map(propertiesIn);
    expect(neo4j.isInt(work.year)).toBe(true);
    expect(work.share).toBe(13);
    expect(change.at).toEqual(new neo4j.types.DateTime(2026, 12, 7, 20, 21, 3, 123456789, 0));
    expect(backupValueIn('datetime', '2024-02-29T08:00:00.5+08:00')).toEqual(
      new neo4j.types.DateTime(2024, 2, 29, 8, 0, 0, 500000000, 28800),
    );
    expect(backupValueIn('date', '2020-06-01')).toEqual(new neo4j.types.Date(2020, 6, 1));
  });
});
