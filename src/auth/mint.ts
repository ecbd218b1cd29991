import { SignJWT } from 'jose';
import { commandLine, UsageError } from '../config/commandLine';
import { ROLES } from './tokens';

export interface MintRequest {
  secret: string;
  issuer: string;
  audience: string;
  subject: string;
  role: string;
  days: number;
}

/** An HS256 token for a local server (npm run token): the configured secret, issuer and audience. */
export async function mintToken(req: MintRequest, now = new Date()): Promise<string> {
  if (!(ROLES as readonly string[]).includes(req.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}, got "${req.role}"`);
  if (!/^\S{1,200}$/.test(req.subject))
    throw new Error("--sub must be a name without spaces (the token's subject, recorded in the history)");
  if (!(req.days > 0 && req.days <= 366)) throw new Error(`--days must be between 1 and 366, got ${req.days}`);
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ roles: [req.role] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(req.subject)
    .setIssuer(req.issuer)
    .setAudience(req.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + Math.round(req.days * 86400))
    .sign(new TextEncoder().encode(req.secret));
}

const MINT_USAGE = 'usage: npm run token -- --sub NAME [--role editor|admin] [--days N]';

/** `--sub NAME --role editor --days N` as a MintRequest without the key settings. */
export function parseMintArgs(argv: string[]): { subject: string; role: string; days: number } {
  const { values } = commandLine(argv, { sub: { type: 'string' }, role: { type: 'string' }, days: { type: 'string' } }, MINT_USAGE);
  if (!values.sub) throw new UsageError(`--sub is required; ${MINT_USAGE}`);
  const days = Number(values.days ?? 30);
  if (!(days > 0)) throw new UsageError(`--days must be a number above 0, got "${values.days}"; ${MINT_USAGE}`);
  return { subject: values.sub, role: values.role ?? 'editor', days };
}
