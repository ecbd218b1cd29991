/** The graph view's colours come from the model: every label a colour, every core type one of its own. */
import { LABELS } from '../../src/model/labels';
import { ENDPOINTS } from '../../src/model/relationships';
import { TYPE_COLOURS, typeColour } from '../../web/explore/style';

describe("the graph view's legend", () => {
  it('colours every label of the model', () => {
    expect(Object.keys(TYPE_COLOURS).sort()).toEqual([...LABELS].sort());
  });

  it('gives each core type a colour of its own, which no other type shares', () => {
    const colours = Object.keys(ENDPOINTS).map(typeColour);
    expect(new Set(colours).size).toBe(Object.keys(ENDPOINTS).length);
    const others = Array.from({ length: 200 }, (_, i) => typeColour(`OTHER_TYPE_${i}`));
    expect(colours.filter((c) => others.includes(c))).toEqual([]);
  });
});
