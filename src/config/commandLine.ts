/**
 * The project's command lines (`npm run export`, `import`, `token`, `seed`, `db:*`) read their options with
 * node:util's parseArgs, `--name value`, `--name=value` and flags alike; anything else is a UsageError that
 * names it and gives the command's usage.
 */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export type OptionKinds = Record<string, { type: 'string' | 'boolean' }>;

type Values<T extends OptionKinds> = { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean };

/** `--seed -1` as `--seed=-1`: parseArgs takes a value that starts with a dash for a forgotten one, but a number is meant. */
function withNegativeValues(argv: string[], kinds: OptionKinds): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = /^--([\w-]+)$/.exec(argv[i])?.[1];
    if (name && kinds[name]?.type === 'string' && /^-\d/.test(argv[i + 1] ?? '')) out.push(`${argv[i]}=${argv[++i]}`);
    else out.push(argv[i]);
  }
  return out;
}

/** The options given, each checked against `kinds`; positionals only where `positionals` allows them. */
export function commandLine<T extends OptionKinds>(
  argv: string[],
  kinds: T,
  usage: string,
  positionals = 0,
): { values: Values<T>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: withNegativeValues(argv, kinds), options: kinds, strict: true, allowPositionals: positionals > 0 });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('. ')[0]}; ${usage}`);
  }
  if (parsed.positionals.length > positionals) throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"; ${usage}`);
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '') throw new UsageError(`--${name} needs a value; ${usage}`);
  }
  return { values: parsed.values as Values<T>, positionals: parsed.positionals };
}
