import type { ZeroDenominatorPolicy } from '@govtrust/indicators';
import { Form, Select, Space } from 'antd';
import { DecimalInput } from './DecimalInput';

export interface ZeroDenominatorFieldProps {
  value: ZeroDenominatorPolicy | undefined;
  onChange: (value: ZeroDenominatorPolicy | undefined) => void;
}

const NONE = 'NONE';
const OPTIONS = [
  { value: NONE, label: '未规定（按缺数处理）' },
  { value: 'FULL', label: '得满分' },
  { value: 'ZERO', label: '不得分' },
  { value: 'POINTS', label: '得固定分' },
  { value: 'NOT_APPLICABLE', label: '不计入（总分折算）' },
];

/** 上报数据量为0时: the rate is undefined, so the rule must say what it gives. */
export function ZeroDenominatorField({ value, onChange }: ZeroDenominatorFieldProps) {
  return (
    <Form.Item label="分母为0时" tooltip="如上报数据量为0，比率无法计算">
      <Space>
        <Select
          aria-label="分母为0时"
          style={{ width: 200 }}
          value={value?.policy ?? NONE}
          options={OPTIONS}
          onChange={(policy: string) =>
            onChange(policy === NONE ? undefined : { policy: policy as ZeroDenominatorPolicy['policy'], ...(policy === 'POINTS' ? { points: value?.points ?? 0 } : {}) })
          }
        />
        {value?.policy === 'POINTS' ? (
          <DecimalInput label="分母为0时得分" value={value.points} onChange={(points) => onChange({ ...value, points: points ?? 0 })} />
        ) : null}
      </Space>
    </Form.Item>
  );
}
