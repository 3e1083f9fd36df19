import type { DecimalLike, InputField } from '@govtrust/indicators';
import { Space, Typography } from 'antd';
import { DecimalInput } from './DecimalInput';

export interface OptionPointsTableProps {
  field: InputField | undefined;
  value: Record<string, DecimalLike> | undefined;
  onChange: (value: Record<string, DecimalLike>) => void;
  allowEmpty: boolean;
}

/** Points per option of a checklist or choice field, one line per option as the field lists them. */
export function OptionPointsTable({ field, value, onChange, allowEmpty }: OptionPointsTableProps) {
  if (!field || (field.type !== 'checklist' && field.type !== 'choice')) {
    return <Typography.Text type="secondary">请先选择清单或单选填报项</Typography.Text>;
  }
  const points = value ?? {};
  return (
    <Space orientation="vertical">
      {field.options.map((option) => (
        <Space key={option.code}>
          <Typography.Text style={{ display: 'inline-block', minWidth: 220 }}>
            {option.code}. {option.label}
          </Typography.Text>
          <DecimalInput
            allowEmpty={allowEmpty}
            label={`选项${option.code}得分`}
            value={points[option.code]}
            onChange={(next) => {
              const copy = { ...points };
              if (next === null) delete copy[option.code];
              else copy[option.code] = next;
              onChange(copy);
            }}
            width={72}
          />
          分
        </Space>
      ))}
    </Space>
  );
}
