import { GraphQLError } from 'graphql';
import jwt from 'jsonwebtoken';
import { ErrorCode } from '../errors';

/** Who sent a request, as far as its Authorization header tells. Reads need nothing; writes need an editor. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'verified'; subject: string; roles: string[] };

export const EDITOR_ROLE = 'editor';

/**
 * Reads `Authorization: Bearer <JWT>`, an HS256 token signed with JWT_SECRET and carrying `roles`.
 * A bad token is remembered with its reason rather than failing the request: reads stay open, and a
 * mutation then answers UNAUTHENTICATED with that reason.
 */
export function callerFrom(header: string | undefined, secret: string | undefined): Caller {
  if (!header) return { kind: 'anonymous' };
  const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header.trim());
  if (!match) return { kind: 'rejected', reason: 'the Authorization header must be "Bearer <token>"' };
  if (!secret) return { kind: 'rejected', reason: 'this server accepts no tokens (JWT_SECRET is not set)' };
  try {
    const claims = jwt.verify(match[1], secret, { algorithms: ['HS256'] }) as jwt.JwtPayload;
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
    return { kind: 'verified', subject: String(claims.sub ?? 'unknown'), roles };
  } catch (err) {
    if (err instanceof jwt.TokenExpiredError) return { kind: 'rejected', reason: 'the token has expired' };
    if (err instanceof jwt.NotBeforeError) return { kind: 'rejected', reason: 'the token is not valid yet' };
    return { kind: 'rejected', reason: `the token is invalid (${(err as Error).message})` };
  }
}

/** Lets a write through only for a verified caller with the editor role. */
export function requireEditor(caller: Caller): void {
  if (caller.kind === 'anonymous') {
    throw new GraphQLError('Writing needs a bearer token with the editor role.', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
  if (caller.kind === 'rejected') {
    throw new GraphQLError(`Not authenticated: ${caller.reason}.`, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
  if (!caller.roles.includes(EDITOR_ROLE)) {
    throw new GraphQLError(`Writing needs the ${EDITOR_ROLE} role; the token has ${caller.roles.join(', ') || 'none'}.`, {
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  }
}
