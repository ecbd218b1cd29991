/**
 * `npm run db:restore -- FILE [--force] [--transaction-rows N]`: checks a backup whole (format, version, not cut
 * short), then writes it into an empty database, in one transaction up to N rows (20,000 by default) and in
 * transactions of N rows beyond (src/exchange/backup.ts); `--force` replaces what the database holds. A refused file
 * or database is reported and nothing is written.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { parseRestoreArgs, UsageError, withExecutor } from '../src/exchange/cli';
import { readBackupFile, restoreBackup } from '../src/exchange/backup';
import { BackupError } from '../src/exchange/backupFile';

async function main(): Promise<number> {
  const { file, force, transactionRows } = parseRestoreArgs(process.argv.slice(2));
  if (!fs.existsSync(file)) throw new UsageError(`no file at ${file}`);
  const backup = readBackupFile(file);
  const counts = await withExecutor((db) => restoreBackup(db, backup, { force, transactionRows }));
  console.log(
    `Restored ${counts.nodes} nodes and ${counts.relationships} relationships from ${file} in ${counts.transactions} transaction${counts.transactions === 1 ? '' : 's'}; the history goes on from seq ${backup.header.lastSeq ?? 0}.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    const refused = err instanceof BackupError ? 'refused; nothing was written. ' : '';
    console.error(`db:restore: ${refused}${err.message}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
