/**
 * A policy's effective date and its effective year agree in the seed, so every reader of `effectiveYear`
 * (questions, lists, Cypher users) gets the year whether the paper gives a day or only a year (issue 18).
 * Reads the seed files only; no Neo4j.
 */
import path from 'node:path';
import { readSeed } from '../../src/seed/read';
import { validateSeed } from '../../src/seed/validate';

const SEED = path.join(__dirname, '..', '..', 'seed');

describe('effectiveYear beside effectiveDate', () => {
  it('the real seed passes, and CEPA 2020 ("effective June 1, 2020") carries the year 2020', () => {
    const files = readSeed(SEED);
    expect(validateSeed(files).map(String)).toEqual([]);
    const cepa = files.flatMap((f) => f.nodes).find((n) => n.id === 'policy:cepa-2020-amendment');
    expect(cepa?.props).toMatchObject({ effectiveDate: '2020-06-01', effectiveYear: 2020 });
  });

  it.each([
    ['missing', undefined],
    ['another year', 2021],
  ])('refuses a date whose year is %s, naming the field', (_, year) => {
    const files = readSeed(SEED);
    const cepa = files.flatMap((f) => f.nodes).find((n) => n.id === 'policy:cepa-2020-amendment')!;
    const props = cepa.props as Record<string, unknown>;
    if (year === undefined) delete props.effectiveYear;
    else props.effectiveYear = year;
    const problems = validateSeed(files).map(String);
    expect(problems).toEqual([expect.stringContaining('(policy:cepa-2020-amendment): props.effectiveYear: must be 2020')]);
  });
});
