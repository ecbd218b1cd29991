import type { SyntheticOptions } from './model';

/** The arguments of `npm run seed:synthetic` (tools/seed-synthetic.ts), checked. */
export const USAGE = 'usage: npm run seed:synthetic -- --scale N [--seed S] [--reset]';

export function parseArgs(argv: string[]): SyntheticOptions & { reset: boolean } {
  const out = { scale: NaN, seed: 1, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--reset') out.reset = true;
    else if (arg === '--scale' || arg === '--seed') {
      const value = Number(argv[++i]);
      if (arg === '--scale' && !(value > 0 && value <= 5000))
        throw new Error(`--scale must be a number above 0 and at most 5000, got "${argv[i]}"`);
      if (arg === '--seed' && !(Number.isInteger(value) && value >= 0 && value <= 0xffffffff)) {
        throw new Error(`--seed must be a whole number from 0 to 4294967295, got "${argv[i]}"`);
      }
      out[arg === '--scale' ? 'scale' : 'seed'] = value;
    } else throw new Error(`unknown argument "${arg}"; ${USAGE}`);
  }
  if (Number.isNaN(out.scale)) throw new Error(`--scale is required; ${USAGE}`);
  return out;
}
