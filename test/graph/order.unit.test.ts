/** The fixed order of locators and source ids (src/graph/order.ts), documented in docs/model.md. */
import { inNaturalOrder } from '../../src/graph/order';

describe('natural order of locators', () => {
  it('puts rows by number, sections by text regardless of case, the same on every machine', () => {
    expect(inNaturalOrder(['Table 4, row 10', 'Table 4, row 2', 'Table 4, row 1', 'Table 7, row 1', 'section "b"', 'Section "a"'])).toEqual(
      ['Section "a"', 'section "b"', 'Table 4, row 1', 'Table 4, row 2', 'Table 4, row 10', 'Table 7, row 1'],
    );
  });

  it('orders texts that differ only in case the same way every time', () => {
    expect(inNaturalOrder(['e-Japan', 'E-Japan', 'Cool Japan'])).toEqual(['Cool Japan', 'E-Japan', 'e-Japan']);
  });
});
