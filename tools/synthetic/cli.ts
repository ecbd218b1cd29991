import { commandLine, UsageError } from '../../src/config/commandLine';
import type { SyntheticOptions } from './model';

/** The arguments of `npm run seed:synthetic` (tools/seed-synthetic.ts), checked. */
export const USAGE = 'usage: npm run seed:synthetic -- --scale N [--seed S] [--reset]';

export function parseArgs(argv: string[]): SyntheticOptions & { reset: boolean } {
  const { values } = commandLine(argv, { scale: { type: 'string' }, seed: { type: 'string' }, reset: { type: 'boolean' } }, USAGE);
  if (values.scale === undefined) throw new UsageError(`--scale is required; ${USAGE}`);
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 5000)) throw new UsageError(`--scale must be a number above 0 and at most 5000, got "${values.scale}"`);
  const seed = Number(values.seed ?? 1);
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) {
    throw new UsageError(`--seed must be a whole number from 0 to 4294967295, got "${values.seed}"`);
  }
  return { scale, seed, reset: values.reset === true };
}
