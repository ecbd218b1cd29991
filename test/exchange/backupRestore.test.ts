/**
 * `npm run db:backup` and `npm run db:restore` as an operator runs them (their entry points as processes) against
 * the test Neo4j while our server serves over real HTTP: a backup taken during a stream of writes is one
 * consistent cut of graph and history; a round trip gives the same checksum, history included; the restored
 * history goes on from the right seq; a non-empty database, a file cut short, of another format or of a newer
 * version are refused with nothing written.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeBackupFile } from '../../src/exchange/backup';
import { BACKUP_VERSION, parseBackup } from '../../src/exchange/backupFile';
import { graphql, seededServerForFile } from '../support/http';
import { cypher, testEnv } from '../support/neo4j';
import { curatorToken, tokenEnv } from '../support/tokens';
import { snapshot } from '../seed/graphChecksum';
import { until } from '../support/wait';

const ENV = tokenEnv('backup-test-secret-of-at-least-32-chars', 'https://backup.test');
const EDITOR = curatorToken(ENV, 'ada', ['editor']);
const suite = seededServerForFile(ENV);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-test-'));
const root = path.join(__dirname, '..', '..');

/** One of the two commands, run as its own process on the test Neo4j: its exit code and output. */
async function command(script: 'backup' | 'restore', ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH!, HOME: process.env.HOME!, ...testEnv(), LOG_LEVEL: 'silent' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(root, 'dist', 'scripts', `${script}.js`), ...args], {
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const send = (query: string, variables: Record<string, unknown>) => graphql(suite.server.url, query, variables, { authorization: EDITOR });
const link = (from: string, year: number) =>
  send('mutation ($input: LinkInput!) { link(input: $input) { type } }', {
    input: {
      type: 'AIRED_ON',
      from,
      to: 'platform:tvb-jade',
      key: String(year),
      properties: { year },
      source: 'source:paper',
      locator: `row ${year}`,
    },
  });
const create = (id: string) =>
  send('mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }', {
    input: { label: 'Work', id, properties: { title: id, year: 2020 }, source: 'source:paper', locator: 'Table 7, row 1' },
  });
const emptyDatabase = () => cypher(suite.driver, 'MATCH (n) DETACH DELETE n');
const nodeCount = async () => (await cypher(suite.driver, 'MATCH (n) RETURN count(n) AS n'))[0].n;
const file = (name: string) => path.join(dir, name);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('backs up one consistent cut while writes commit, and a round trip gives the same graph and history', async () => {
    expect((await create('work:backup-film')).errors).toBeUndefined();
    const seedRelationships = (await cypher(suite.driver, 'MATCH ()-[r]->() RETURN count(r) AS n'))[0].n as number;
    // A stream of writes, each a relationship and its :Change, goes on while the backup reads.
    let writing = true;
    let year = 1901;
    const writer = (async () => {
      while (writing) expect((await link('work:backup-film', year++)).errors).toBeUndefined();
    })();
    await until(() => year > 1904, 60_000);
    const during = await command('backup', file('during.jsonl'));
    const linksWhenDone = year - 1901;
    writing = false;
    await writer;
    expect(during).toMatchObject({ code: 0 });
    const cut = parseBackup(fs.readFileSync(file('during.jsonl'), 'utf8'));
    const changes = cut.nodes.filter((n) => n.labels.includes('Change'));
    const links = changes.filter((n) => n.properties.op === 'link').length;
    // Every change in the file has its relationship in the file and no more, and the change log's seq is the last.
    expect(cut.relationships.length - seedRelationships).toBe(links);
    expect(cut.nodes.find((n) => n.labels.includes('ChangeLog'))!.properties.seq).toBe(changes.length);
    expect(cut.header.lastSeq).toBe(changes.length);
    expect(links).toBeGreaterThanOrEqual(3); // the writes before the backup began
    expect(links).toBeLessThanOrEqual(linksWhenDone);

    const before = await snapshot(suite.driver);
    const after = await command('backup', file('quiet.jsonl'));
    expect(after.code).toBe(0);
    expect(await snapshot(suite.driver)).toEqual(before); // the backup wrote nothing
    const lastSeq = parseBackup(fs.readFileSync(file('quiet.jsonl'), 'utf8')).header.lastSeq!;

    await emptyDatabase();
    const restored = await command('restore', file('quiet.jsonl'));
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(await snapshot(suite.driver)).toEqual(before);

    // The history goes on: the next write is numbered after the last one backed up.
    expect((await create('work:after-restore')).errors).toBeUndefined();
    expect(await cypher(suite.driver, "MATCH (c:Change {target: 'work:after-restore'}) RETURN c.seq AS seq")).toEqual([
      { seq: lastSeq + 1 },
    ]);
  });

  it('refuses a database that is not empty unless --force, which replaces it', async () => {
    const now = await snapshot(suite.driver);
    const refused = await command('restore', file('quiet.jsonl'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty; nothing was written/);
    expect(await snapshot(suite.driver)).toEqual(now);

    const forced = await command('restore', file('quiet.jsonl'), '--force');
    expect(forced.code).toBe(0);
    expect(await cypher(suite.driver, "MATCH (n {id: 'work:after-restore'}) RETURN n.id AS id")).toEqual([]);
  });

  it('restores a backup larger than one transaction in transactions of that many rows: the same graph and history', async () => {
    const backup = parseBackup(fs.readFileSync(file('quiet.jsonl'), 'utf8'));
    const rows = backup.nodes.length + backup.relationships.length;
    await emptyDatabase();
    const restored = await command('restore', file('quiet.jsonl'), '--transaction-rows', '300');
    expect(restored.code).toBe(0);
    const transactions = Number(/in (\d+) transactions/.exec(restored.stdout)?.[1]);
    // Nodes, then relationships, in transactions of 300 rows (the last of each fewer).
    expect(rows).toBeGreaterThan(600);
    expect(transactions).toBe(Math.ceil(backup.nodes.length / 300) + Math.ceil(backup.relationships.length / 300));
    const oneTransaction = await snapshot(suite.driver);
    await emptyDatabase();
    expect((await command('restore', file('quiet.jsonl'))).stdout).toMatch(/in 1 transaction;/);
    expect(oneTransaction).toEqual(await snapshot(suite.driver));
    expect(await cypher(suite.driver, 'MATCH (m:RestoreInProgress) RETURN count(m) AS n')).toEqual([{ n: 0 }]);
  });

  it('deletes what a restore in transactions wrote when one of them fails, and says so', async () => {
    const backup = parseBackup(fs.readFileSync(file('quiet.jsonl'), 'utf8'));
    const work = backup.nodes.find((n) => n.labels.length === 1 && n.labels[0] === 'Work')!;
    // A second node with a Work's id passes the file's checks but not the database's uniqueness constraint, in
    // the last node transaction, after others have committed.
    const broken = { ...backup, nodes: [...backup.nodes, { ...work, properties: { ...work.properties } }] };
    writeBackupFile(broken, file('twice.jsonl'));
    const result = await command('restore', file('twice.jsonl'), '--force', '--transaction-rows', '50');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/everything the restore wrote was deleted again, so nothing was restored/);
    expect(await nodeCount()).toBe(0);
  });

  it('names a bad --transaction-rows', async () => {
    const result = await command('restore', file('quiet.jsonl'), '--transaction-rows', '0');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--transaction-rows must be a whole number above 0, not "0"/);
  });

  it('refuses a file cut short, of another format or of a newer version before writing anything', async () => {
    const lines = fs.readFileSync(file('quiet.jsonl'), 'utf8').split('\n');
    const header = JSON.parse(lines[0]);
    const cases: [string, string, RegExp][] = [
      ['cut-at-a-line.jsonl', lines.slice(0, -3).join('\n'), /cut short/],
      ['cut-mid-line.jsonl', lines.join('\n').slice(0, -200), /cut short/],
      [
        'export.json',
        JSON.stringify({ format: 'av-exchange-graph', version: 1, nodes: [], relationships: [] }),
        /not a backup: its format is "av-exchange-graph"/,
      ],
      [
        'newer.jsonl',
        [JSON.stringify({ ...header, version: BACKUP_VERSION + 1 }), ...lines.slice(1)].join('\n'),
        /newer than this code reads/,
      ],
      ['altered.jsonl', lines.join('\n').replace('"work:backup-film"', '"work:backup-movie"'), /does not match its digest/],
    ];
    await emptyDatabase();
    for (const [name, text, reason] of cases) {
      fs.writeFileSync(file(name), text);
      const result = await command('restore', file(name), '--force');
      expect([name, result.code, result.stderr]).toEqual([name, 1, expect.stringMatching(reason)]);
      expect(result.stderr).toMatch(/refused; nothing was written/);
      expect(await nodeCount()).toBe(0);
    }
  });
});
