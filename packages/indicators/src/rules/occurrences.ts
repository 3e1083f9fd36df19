/** Counting occurrences for deduction / penalty / increment rules: 被列为失信被执行人 3 起，每起减1分，减3分（最高减5分）. */
import type { Dec } from '../decimal';
import { ZERO, formatPlain, formatPoints, minDec, toDecimal } from '../decimal';
import type { EvalScope } from '../expression';
import { fieldValue } from '../expression';
import type { DecimalLike } from '../model';
import { countUnit } from './explain';

export interface OccurrenceLine {
  amount: Dec;
  text: string;
}

/**
 * @param verb 减 / 扣 / 加 / 得
 * Amount = min(count × each, cap); the text shows every number used.
 */
export function occurrenceLine(
  scope: EvalScope,
  item: { field: string; label: string; pointsEach: DecimalLike; cap?: DecimalLike },
  verb: string,
): OccurrenceLine {
  const count = fieldValue(scope, item.field);
  const each = toDecimal(item.pointsEach);
  const unit = countUnit(scope.fields.get(item.field));
  const full = count.times(each);
  const cap = item.cap === undefined ? undefined : toDecimal(item.cap);
  const amount = cap === undefined ? full : minDec(full, cap);
  const capText = cap === undefined ? '' : `（最高${verb}${formatPoints(cap)}分${amount.lessThan(full) ? '，已封顶' : ''}）`;
  if (count.isZero()) {
    return { amount: ZERO, text: `${item.label} 0 ${unit}，不${verb}分` };
  }
  return {
    amount,
    text: `${item.label} ${formatPlain(count)} ${unit}，每${unit}${verb}${formatPoints(each)}分，${verb}${formatPoints(amount)}分${capText}`,
  };
}
