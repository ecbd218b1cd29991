/**
 * The Dockerfile read as the container test needs it: its stages, each with its working directory, environment,
 * COPY instructions, RUN commands and CMD. Only the forms the project's Dockerfile uses (JSON-array CMD, one-line
 * instructions); anything else is an error, so that a new kind of instruction makes the test say so.
 */
export interface Copy {
  /** The stage copied from (`--from=build`), or undefined for the build context. */
  from?: string;
  sources: string[];
  destination: string;
}

export interface Stage {
  name?: string;
  workdir: string;
  env: Record<string, string>;
  copies: Copy[];
  runs: string[];
  cmd?: string[];
}

const IGNORED = new Set(['USER', 'EXPOSE', 'HEALTHCHECK']);

/** `A=1 B=2` (the one ENV form used) as a map. */
const envOf = (args: string): Record<string, string> =>
  Object.fromEntries(args.split(/\s+/).map((pair) => pair.split('=', 2) as [string, string]));

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const [, instruction, args] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    const stage = stages.at(-1);
    if (instruction === 'FROM') {
      stages.push({ name: / AS (\w+)$/i.exec(args)?.[1], workdir: '/', env: {}, copies: [], runs: [] });
      continue;
    }
    if (!stage) throw new Error(`Dockerfile: ${instruction} before FROM`);
    if (instruction === 'WORKDIR') stage.workdir = args;
    else if (instruction === 'ENV') Object.assign(stage.env, envOf(args));
    else if (instruction === 'RUN') stage.runs.push(args);
    else if (instruction === 'CMD') stage.cmd = JSON.parse(args) as string[];
    else if (instruction === 'COPY') {
      const words = args.split(/\s+/);
      const from = /^--from=(\w+)$/.exec(words[0])?.[1];
      const paths = from ? words.slice(1) : words;
      if (paths.some((p) => p.startsWith('--'))) throw new Error(`Dockerfile: COPY option not understood in "${line}"`);
      stage.copies.push({ from, sources: paths.slice(0, -1), destination: paths.at(-1)! });
    } else if (!IGNORED.has(instruction)) throw new Error(`Dockerfile: instruction not understood: "${line}"`);
  }
  return stages;
}
