/**
 * `npm run db:backup -- FILE`: writes the whole graph, the history included, to FILE from one consistent read
 * (src/exchange/backup.ts), while the server serves.
 */
import 'reflect-metadata';
import { parseBackupArgs, UsageError, withExecutor } from '../src/exchange/cli';
import { readBackup, writeBackupFile } from '../src/exchange/backup';

async function main(): Promise<number> {
  const { file } = parseBackupArgs(process.argv.slice(2));
  const started = performance.now();
  let readMs = 0;
  const backup = await withExecutor(async (db) => {
    const reading = performance.now();
    const read = await readBackup(db);
    readMs = performance.now() - reading;
    return read;
  });
  writeBackupFile(backup, file);
  const { nodes, relationships, header } = backup;
  console.log(
    `Wrote ${file}: ${nodes.length} nodes and ${relationships.length} relationships, history to seq ${header.lastSeq ?? 0}, ` +
      `in ${Math.round(performance.now() - started)} ms (the read, writes held back, ${Math.round(readMs)} ms).`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`db:backup: ${err.message}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
