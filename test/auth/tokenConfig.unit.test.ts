/** Token settings at start, and the tokens `npm run token` mints. Needs no Neo4j. */
import { mintToken, parseMintArgs } from '../../src/auth/mint';
import { tokenVerifier } from '../../src/auth/tokens';
import { ConfigError, loadConfig } from '../../src/config/config';

const SECRET = 'unit-test-secret-of-at-least-32-characters';
const startError = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
    return 'started';
  } catch (err) {
    return err instanceof ConfigError ? err.message : `other: ${(err as Error).message}`;
  }
};

describe('token settings at start', () => {
  it('accepts no tokens when no key is set', () => expect(loadConfig({}).tokens).toBeUndefined());
  it('needs JWT_ISSUER once a key is set', () =>
    expect(startError({ JWT_SECRET: SECRET, JWT_AUDIENCE: 'a' })).toMatch(/^JWT_ISSUER: is required when tokens are accepted/));
  it('needs JWT_AUDIENCE once a key is set', () =>
    expect(startError({ JWT_SECRET: SECRET, JWT_ISSUER: 'i' })).toMatch(/^JWT_AUDIENCE: is required/));
  it('names an unreadable key file', () =>
    expect(startError({ JWT_PUBLIC_KEY_FILE: '/nonexistent/key.pem', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' })).toMatch(
      /^JWT_PUBLIC_KEY_FILE: cannot read/,
    ));
  it('keeps the clock tolerance within bounds', () =>
    expect(startError({ JWT_SECRET: SECRET, JWT_ISSUER: 'i', JWT_AUDIENCE: 'a', JWT_CLOCK_TOLERANCE_S: '3600' })).toMatch(
      /^JWT_CLOCK_TOLERANCE_S/,
    ));
});

describe('npm run token', () => {
  it('mints a token the server verifies, with subject and role', async () => {
    const args = parseMintArgs(['--sub', 'ada', '--role', 'admin', '--days', '2']);
    const token = await mintToken({ secret: SECRET, issuer: 'i', audience: 'a', ...args });
    const verified = await tokenVerifier({ secret: SECRET, issuer: 'i', audience: 'a', clockToleranceSeconds: 30 })(token);
    expect(verified).toEqual({ subject: 'ada', roles: ['admin'] });
  });
  it('refuses an unknown role', () =>
    expect(mintToken({ secret: SECRET, issuer: 'i', audience: 'a', subject: 'x', role: 'owner', days: 1 })).rejects.toThrow(/--role/));
});
