import { commandLine, UsageError } from '../../src/config/commandLine';
import { parseExportArgs, parseImportArgs } from '../../src/exchange/cli';

const USAGE = 'usage: tool --name N [--flag]';
const KINDS = { name: { type: 'string' }, flag: { type: 'boolean' } } as const;

describe('command lines through node:util parseArgs', () => {
  it('reads --name value, --name=value and flags', () => {
    expect(commandLine(['--name', 'a', '--flag'], KINDS, USAGE).values).toEqual({ name: 'a', flag: true });
    expect(commandLine(['--name=b'], KINDS, USAGE).values).toEqual({ name: 'b' });
  });

  it.each([
    [['--nmae', 'a'], /Unknown option '--nmae'.*usage: tool/],
    [['--name'], /'--name <value>' argument missing.*usage: tool/],
    [['--name='], /--name needs a value; usage: tool/],
    [['stray'], /stray.*usage: tool/],
  ])('refuses %j with a UsageError naming it and the usage', (argv, message) => {
    expect(() => commandLine(argv, KINDS, USAGE)).toThrow(UsageError);
    expect(() => commandLine(argv, KINDS, USAGE)).toThrow(message);
  });

  it('reads a negative number as a value, not as an option', () => {
    expect(commandLine(['--name', '-1', '--flag'], KINDS, USAGE).values).toEqual({ name: '-1', flag: true });
  });

  it('takes as many positionals as allowed, and no more', () => {
    expect(commandLine(['status', '--flag'], KINDS, USAGE, 1).positionals).toEqual(['status']);
    expect(() => commandLine(['status', 'extra'], KINDS, USAGE, 1)).toThrow(/unexpected argument "extra"/);
  });

  it('gives export and import their options, defaults and refusals', () => {
    expect(parseExportArgs(['--format=graphml', '--label', 'Work'])).toEqual({ format: 'graphml', label: 'Work', out: 'export' });
    expect(() => parseExportArgs(['--label', 'Work'])).toThrow(/--format is required/);
    expect(() => parseExportArgs(['--format', 'xml'])).toThrow(/--format must be one of json, graphml, csv/);
    expect(parseImportArgs(['--file', 'a.json'], 'ana')).toEqual({ file: 'a.json', author: 'import:ana', source: null });
    expect(parseImportArgs(['--file', 'a.json', '--author', 'Dr Lee', '--source', 'source:paper'], 'ana')).toEqual({
      file: 'a.json',
      author: 'Dr Lee',
      source: 'source:paper',
    });
    expect(() => parseImportArgs([])).toThrow(/--file is required/);
    expect(() => parseImportArgs(['--file', 'a.json', '--author', ' '])).toThrow(/--author must not be empty/);
    expect(() => parseImportArgs(['--file', 'a.json', '--source', 'paper'])).toThrow(/--source must be a Source's id/);
  });
});
