/** /sparql's limits: read once at start, a bad value refused naming its variable, the defaults as docs/operations.md gives them. */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';

describe('SPARQL configuration', () => {
  it('has the documented defaults', () => {
    const operations = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8');
    expect(operations).toContain('| `SPARQL_TIMEOUT_MS` | 10000 |');
    expect(operations).toContain('| `SPARQL_MAX_ROWS` | 10000 |');
    expect(loadConfig({}).sparql).toEqual({ timeoutMs: 10_000, maxRows: 10_000 });
    expect(loadConfig({ SPARQL_TIMEOUT_MS: '2500', SPARQL_MAX_ROWS: '7' }).sparql).toEqual({ timeoutMs: 2500, maxRows: 7 });
  });

  it.each([
    ['SPARQL_TIMEOUT_MS', 'soon', /SPARQL_TIMEOUT_MS: must be a whole number/],
    ['SPARQL_TIMEOUT_MS', '5', /SPARQL_TIMEOUT_MS: must be between 100 and/],
    ['SPARQL_MAX_ROWS', '0', /SPARQL_MAX_ROWS: must be between 1 and/],
  ])('refuses %s=%s', (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(message);
  });
});
