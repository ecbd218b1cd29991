import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import { Role, TokenRefused, TokenVerifier } from './tokens';

/** Who sent a request, as far as its Authorization header tells. Reads need nothing; writes need a role. */
export type Caller = { kind: 'anonymous' } | { kind: 'rejected'; reason: string } | { kind: 'verified'; subject: string; roles: string[] };

export const EDITOR_ROLE = 'editor';
export const ADMIN_ROLE = 'admin';

/**
 * Reads `Authorization: Bearer <JWT>` and verifies it (src/auth/tokens.ts). A bad token is remembered
 * with its reason rather than failing the request: reads stay open, and a mutation then answers
 * UNAUTHENTICATED with that reason.
 */
export async function callerFrom(header: string | undefined, verify: TokenVerifier | undefined): Promise<Caller> {
  if (!header) return { kind: 'anonymous' };
  const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header.trim());
  if (!match) return { kind: 'rejected', reason: 'the Authorization header must be "Bearer <token>"' };
  if (!verify)
    return { kind: 'rejected', reason: 'this server accepts no tokens (no JWT_SECRET, JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE is set)' };
  try {
    return { kind: 'verified', ...(await verify(match[1])) };
  } catch (err) {
    if (err instanceof TokenRefused) return { kind: 'rejected', reason: err.message };
    throw err;
  }
}

/** Whether a caller holds a role; an admin holds the editor's too. */
const holds = (roles: string[], role: Role): boolean => roles.includes(role) || (role === EDITOR_ROLE && roles.includes(ADMIN_ROLE));

/** Lets a write through only for a verified caller holding `role`; answers with the caller's subject. */
export function requireRole(caller: Caller, role: Role = EDITOR_ROLE, what = 'Writing'): string {
  if (caller.kind === 'anonymous') {
    throw new GraphQLError(`${what} needs a bearer token with the ${role} role.`, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
  if (caller.kind === 'rejected') {
    throw new GraphQLError(`Not authenticated: ${caller.reason}.`, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
  if (!holds(caller.roles, role)) {
    throw new GraphQLError(`${what} needs the ${role} role; the token has ${caller.roles.join(', ') || 'none'}.`, {
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  }
  return caller.subject;
}
