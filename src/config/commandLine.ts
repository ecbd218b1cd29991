/**
 * The project's command lines (`npm run export`, `import`, `token`, `seed`, `db:*`) read their options with
 * node:util's parseArgs, `--name value`, `--name=value` and flags alike; anything else is a UsageError that
 * names it and gives the command's usage.
 */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export type OptionKinds = Record<string, { type: 'string' | 'boolean' }>;

type Values<T extends OptionKinds> = { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean };

/** The options given, each checked against `kinds`; positionals only where `positionals` allows them. */
export function commandLine<T extends OptionKinds>(
  argv: string[],
  kinds: T,
  usage: string,
  positionals = 0,
): { values: Values<T>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: kinds, strict: true, allowPositionals: positionals > 0 });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('. ')[0]}; ${usage}`);
  }
  if (parsed.positionals.length > positionals) throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"; ${usage}`);
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '') throw new UsageError(`--${name} needs a value; ${usage}`);
  }
  return { values: parsed.values as Values<T>, positionals: parsed.positionals };
}
