import type { ExemptionPolicy } from '@govtrust/indicators';
import { Checkbox, Form, Input, Select, Space } from 'antd';
import { DecimalInput } from './rules/DecimalInput';

export interface ExemptionFieldsProps {
  value: ExemptionPolicy | undefined;
  onChange: (value: ExemptionPolicy | undefined) => void;
}

const NONE = 'NONE';
const OPTIONS = [
  { value: NONE, label: '不允许免责' },
  { value: 'FULL', label: '免责得满分' },
  { value: 'POINTS', label: '免责得固定分' },
  { value: 'NOT_APPLICABLE', label: '免责不计入（总分折算）' },
];

/** 无监管权限的提供说明不扣分: what an accepted exemption yields, and whether evidence is required. */
export function ExemptionFields({ value, onChange }: ExemptionFieldsProps) {
  return (
    <Form.Item label="免责政策">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Select
            aria-label="免责政策"
            style={{ width: 200 }}
            value={value?.policy ?? NONE}
            options={OPTIONS}
            onChange={(policy: string) =>
              onChange(policy === NONE ? undefined : { ...value, policy: policy as ExemptionPolicy['policy'], points: policy === 'POINTS' ? (value?.points ?? 0) : undefined })
            }
          />
          {value?.policy === 'POINTS' ? <DecimalInput label="免责得分" value={value.points} onChange={(points) => onChange({ ...value, points: points ?? 0 })} /> : null}
          {value ? (
            <Checkbox checked={value.requiresEvidence ?? false} onChange={(e) => onChange({ ...value, requiresEvidence: e.target.checked })}>
              须提供佐证材料
            </Checkbox>
          ) : null}
        </Space>
        {value ? (
          <Input aria-label="免责条件原文" placeholder="免责条件原文，如：无监管权限的提供说明不扣分" value={value.sourceText ?? ''} onChange={(e) => onChange({ ...value, sourceText: e.target.value || undefined })} />
        ) : null}
      </Space>
    </Form.Item>
  );
}
