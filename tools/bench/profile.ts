import neo4j, { Driver, ProfiledPlan } from 'neo4j-driver';

/** A statement's PROFILE: the plan as indented text, its db hits, and how it reaches its first nodes. */
export interface ProfileReport {
  statement: string;
  plan: string;
  dbHits: number;
  /** Seek and scan operators in the plan: index seeks mean lookups, label scans mean every node of a label is read. */
  access: string[];
  /** How many times the request sent it (the peer sends one statement per federation representation). */
  times?: number;
}

const operator = (p: ProfiledPlan): string => p.operatorType.replace(/@.*$/, '');

function lines(p: ProfiledPlan, depth: number, out: string[]): void {
  const details = String(p.arguments?.Details ?? '').replace(/\s+/g, ' ');
  const shown = details.length > 110 ? `${details.slice(0, 107)}...` : details;
  out.push(`${'  '.repeat(depth)}${operator(p)}${shown ? `  ${shown}` : ''}  (rows ${p.rows}, db hits ${p.dbHits})`);
  for (const child of p.children) lines(child, depth + 1, out);
}

const walk = (p: ProfiledPlan): ProfiledPlan[] => [p, ...p.children.flatMap(walk)];

/** Runs the statement under PROFILE in a read transaction (it returns its rows as usual) and renders the plan. */
export async function profile(
  driver: Driver,
  database: string,
  name: string,
  text: string,
  params: Record<string, unknown>,
): Promise<ProfileReport> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    // A version prefix (the peer sends "CYPHER 5 ...") must stay first.
    const profiled = /^\s*CYPHER\s+\d+\s/i.test(text) ? text.replace(/^(\s*CYPHER\s+\d+\s+)/i, '$1PROFILE ') : `PROFILE ${text}`;
    const result = await session.executeRead((tx) => tx.run(profiled, params), { timeout: 120_000 });
    const plan = result.summary.profile;
    if (!plan) throw new Error(`no profile for ${name}`);
    const out: string[] = [];
    lines(plan, 0, out);
    const operators = walk(plan);
    return {
      statement: name,
      plan: out.join('\n'),
      dbHits: operators.reduce((sum, p) => sum + p.dbHits, 0),
      access: [...new Set(operators.map(operator).filter((o) => /Seek|Scan/.test(o)))],
    };
  } finally {
    await session.close();
  }
}
