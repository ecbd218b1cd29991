/**
 * `npm run db:restore -- FILE [--force]`: checks a backup whole (format, version, not cut short), then writes it
 * into an empty database in one transaction; `--force` replaces what the database holds. A refused file or
 * database is reported and nothing is written.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { parseRestoreArgs, UsageError, withExecutor } from '../src/exchange/cli';
import { readBackupFile, restoreBackup } from '../src/exchange/backup';
import { BackupError } from '../src/exchange/backupFile';

async function main(): Promise<number> {
  const { file, force } = parseRestoreArgs(process.argv.slice(2));
  if (!fs.existsSync(file)) throw new UsageError(`no file at ${file}`);
  const backup = readBackupFile(file);
  const counts = await withExecutor((db) => restoreBackup(db, backup, { force }));
  console.log(
    `Restored ${counts.nodes} nodes and ${counts.relationships} relationships from ${file}; the history goes on from seq ${backup.header.lastSeq ?? 0}.`,
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
