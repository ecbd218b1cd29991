import crypto from 'node:crypto';
import { textProblem } from '../model/ranges';
import { createLocalJWKSet, errors, JSONWebKeySet, jwtVerify, JWTVerifyGetKey, KeyLike } from 'jose';

/**
 * How this server verifies bearer tokens (JWT). jose does the checking: signature, `alg` against the
 * allowed list, `iss`, `aud`, `exp` and `nbf` with a clock tolerance. Keys are local only (a shared
 * secret, a PEM public key, a JWKS file an identity provider publishes): nothing is fetched, so a
 * token's validity never depends on the network.
 */
export interface TokenSettings {
  issuer: string;
  audience: string;
  /** Seconds a token's exp/nbf may be off from this server's clock. */
  clockToleranceSeconds: number;
  /** HS256 shared secret. */
  secret?: string;
  /** A PEM public key (RSA → RS256, EC P-256 → ES256). */
  publicKeyPem?: string;
  /** A JSON Web Key Set, as an identity provider publishes it; keys chosen by `kid`. */
  jwks?: JSONWebKeySet;
}

export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type VerifiedToken = { subject: string; roles: string[] };

/** Why a token was refused, in words a client can act on. */
export class TokenRefused extends Error {}

function publicKeyAlgorithm(key: crypto.KeyObject): string {
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new Error(
    `the public key is ${key.asymmetricKeyType} ${key.asymmetricKeyDetails?.namedCurve ?? ''}; only RSA (RS256) and EC P-256 (ES256) are accepted`,
  );
}

/** The key for a token's header, by its alg: the secret for HS256, the public key or JWKS for the rest. */
function keyResolver(settings: TokenSettings): { algorithms: string[]; key: JWTVerifyGetKey } {
  const secret = settings.secret ? new TextEncoder().encode(settings.secret) : undefined;
  const publicKey = settings.publicKeyPem ? crypto.createPublicKey(settings.publicKeyPem) : undefined;
  const publicAlg = publicKey ? publicKeyAlgorithm(publicKey) : undefined;
  const jwks = settings.jwks ? createLocalJWKSet(settings.jwks) : undefined;
  const algorithms = [...(secret ? ['HS256'] : []), ...(publicAlg ? [publicAlg] : []), ...(jwks ? ['RS256', 'ES256'] : [])];
  const key: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256' && secret) return secret;
    if (header.alg === publicAlg && publicKey) return publicKey as KeyLike;
    if (jwks) return jwks(header, token);
    throw new TokenRefused(`tokens signed with ${header.alg} are not accepted`);
  };
  return { algorithms: [...new Set(algorithms)], key };
}

const CLAIM_WORDS: Record<string, string> = { iss: 'issuer', aud: 'audience', nbf: 'start time', exp: 'expiry', sub: 'subject' };

/** jose's error as a reason for the client; anything unforeseen stays "invalid". */
function reasonOf(err: unknown): string {
  if (err instanceof TokenRefused) return err.message;
  if (err instanceof errors.JWTExpired) return 'the token has expired';
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'nbf') return 'the token is not valid yet';
    return `the token's ${CLAIM_WORDS[err.claim] ?? err.claim} is not accepted (${err.message})`;
  }
  if (err instanceof errors.JOSEAlgNotAllowed) return `the token is invalid (its algorithm is not accepted: ${err.message})`;
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'the token is invalid (its signature does not verify)';
  if (err instanceof errors.JWKSNoMatchingKey) return 'the token is invalid (no key of the key set matches it)';
  return `the token is invalid (${(err as Error).message})`;
}

/** The author every change of the token's caller is recorded under: a string with something in it, never "[object Object]". */
function subjectOf(sub: unknown): string {
  if (typeof sub !== 'string')
    throw new TokenRefused(`the token's subject (the "sub" claim) must be a non-empty string, not ${typeof sub}`);
  const problem = textProblem('sub', sub);
  if (problem) throw new TokenRefused(`the token's subject (the "sub" claim) ${problem}`);
  return sub;
}

export type TokenVerifier = (token: string) => Promise<VerifiedToken>;

/** A verifier for these settings; it throws TokenRefused with the reason a token is not accepted. */
export function tokenVerifier(settings: TokenSettings): TokenVerifier {
  const { algorithms, key } = keyResolver(settings);
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms,
        issuer: settings.issuer,
        audience: settings.audience,
        clockTolerance: settings.clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
      });
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
      return { subject: subjectOf(payload.sub), roles };
    } catch (err) {
      throw new TokenRefused(reasonOf(err));
    }
  };
}
