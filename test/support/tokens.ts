/**
 * Tokens for a test server of its own: the environment that makes the server accept them, and HS256
 * tokens with that issuer and audience (signed with jsonwebtoken, independently of the server's jose).
 */
import jwt from 'jsonwebtoken';

/** The server's token variables, as environment entries. */
export type TokenEnv = Record<'JWT_SECRET' | 'JWT_ISSUER' | 'JWT_AUDIENCE', string>;

export const tokenEnv = (secret: string, issuer: string): TokenEnv => ({
  JWT_SECRET: secret,
  JWT_ISSUER: issuer,
  JWT_AUDIENCE: 'av-graph',
});

/** `Authorization` header value for a curator `sub` with these roles, valid for ten minutes. */
export const curatorToken = (env: TokenEnv, sub: string, roles: string[]): string =>
  `Bearer ${jwt.sign({ sub, roles, iss: env.JWT_ISSUER, aud: env.JWT_AUDIENCE }, env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '10m' })}`;
