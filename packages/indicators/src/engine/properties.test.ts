import fc from 'fast-check';
import { toDecimal } from '../decimal';
import { smallSystem, submission } from './__fixtures__/small-system';
import { scoreUnits } from './score-units';

const rate = fc.nat({ max: 1000 }).chain((d) => fc.nat({ max: d }).map((n) => ({ numerator: n, denominator: d })));
const values = fc.record({
  hgl: rate,
  sgs: rate,
  xyd: fc.nat({ max: 100 }),
  sx: fc.nat({ max: 20 }),
  jg: fc.nat({ max: 20 }),
  zd: fc.subarray(['a', 'b', 'c', 'd', 'e']),
  mb: fc.nat({ max: 3 }),
  yz: fc.nat({ max: 1 }),
});

describe('engine properties', () => {
  it('totals stay within [floor, total], ranks are consistent and parents add up', () => {
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 6 }), (all) => {
        const cards = scoreUnits(smallSystem, all.map((v, i) => submission(String(i), v)));
        return cards.every((card, i) => {
          const total = toDecimal(card.total);
          const withinBounds = total.greaterThanOrEqualTo(0) && total.lessThanOrEqualTo(100);
          const previous = cards[i - 1];
          const ranked = previous === undefined || (previous.rank as number) <= (card.rank as number);
          const categories = card.categories.map((c) => {
            const sum = (c.children ?? []).reduce((s, n) => s.plus(n.points), toDecimal(0));
            return toDecimal(c.points).lessThanOrEqualTo(sum);
          });
          return withinBounds && ranked && categories.every(Boolean);
        });
      }),
      { numRuns: 200 },
    );
  });
});
