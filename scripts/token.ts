/**
 * `npm run token -- --sub NAME --role editor --days N`: prints a bearer token for the configured
 * JWT_SECRET, JWT_ISSUER and JWT_AUDIENCE, for a local server (src/auth/mint.ts).
 */
import { UsageError } from '../src/config/commandLine';
import { ConfigError, loadConfig } from '../src/config/config';
import { mintToken, parseMintArgs } from '../src/auth/mint';

async function main(): Promise<number> {
  const tokens = loadConfig().tokens;
  if (!tokens?.secret) {
    console.error('npm run token mints HS256 tokens: set JWT_SECRET (32+ characters), JWT_ISSUER and JWT_AUDIENCE as the server has them.');
    return 1;
  }
  const args = parseMintArgs(process.argv.slice(2));
  console.log(await mintToken({ secret: tokens.secret, issuer: tokens.issuer, audience: tokens.audience, ...args }));
  return 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    console.error(err instanceof ConfigError ? `Configuration: ${err.message}` : (err as Error).message);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  });
