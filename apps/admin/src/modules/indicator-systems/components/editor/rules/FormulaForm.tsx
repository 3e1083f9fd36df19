import type { FormulaRule } from '@govtrust/indicators';
import { Form } from 'antd';
import { ExpressionInput } from './ExpressionInput';
import type { RuleFormProps } from './ruleFormProps';
import { ZeroDenominatorField } from './ZeroDenominatorField';

/** 公式计分: 得分=（1-行政诉讼败诉率）*5; the result is kept within 0 and the node's max points. */
export function FormulaForm({ rule, onChange, knownFields }: RuleFormProps<FormulaRule>) {
  return (
    <>
      <Form.Item label="得分公式" required extra="比率型填报项在公式中取其比值（0–1），结果限制在 0 至满分之间">
        <ExpressionInput label="得分公式" value={rule.expr} knownFields={knownFields} onChange={(expr) => onChange({ ...rule, expr })} />
      </Form.Item>
      <ZeroDenominatorField value={rule.zeroDenominator} onChange={(zeroDenominator) => onChange({ ...rule, zeroDenominator })} />
    </>
  );
}
