import type { InputField, InputValue, RateValue } from '@govtrust/indicators';
import { Checkbox, Input, InputNumber, Radio, Space } from 'antd';
import { RateInput } from './RateInput';

export interface FieldControlProps {
  field: InputField;
  id: string;
  value: InputValue | undefined;
  onChange: (value: InputValue) => void;
  disabled?: boolean;
}

/** The antd control for one field type; values are stored exactly as the engine reads them. */
export function FieldControl({ field, id, value, onChange, disabled }: FieldControlProps) {
  switch (field.type) {
    case 'count':
      // no `min`: a negative number stays visible so the engine's message (the API's) explains it
      return (
        <InputNumber<number>
          id={id}
          style={{ width: '100%' }}
          inputMode="numeric"
          suffix={field.unit}
          value={typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : null}
          disabled={disabled}
          onChange={(n) => onChange(n)}
        />
      );
    case 'amount':
      // string mode keeps the decimal exactly as typed (0.1 stays "0.1")
      return (
        <InputNumber<string>
          id={id}
          stringMode
          style={{ width: '100%' }}
          inputMode="decimal"
          suffix={field.unit}
          value={value === null || value === undefined ? null : String(value)}
          disabled={disabled}
          onChange={(n) => onChange(n === null || n === '' ? null : n)}
        />
      );
    case 'rate':
      return <RateInput field={field} id={id} value={value as RateValue | null | undefined} onChange={onChange} disabled={disabled} />;
    case 'boolean':
      return (
        <Radio.Group id={id} value={typeof value === 'boolean' ? value : undefined} disabled={disabled} onChange={(e) => onChange(e.target.value as boolean)}>
          <Radio value={true}>是</Radio>
          <Radio value={false}>否</Radio>
        </Radio.Group>
      );
    case 'checklist':
      return (
        <Checkbox.Group value={Array.isArray(value) ? value : []} disabled={disabled} onChange={(codes) => onChange(codes.length === 0 ? null : (codes as string[]))}>
          <Space orientation="vertical">
            {field.options.map((option) => (
              <Checkbox key={option.code} value={option.code}>
                {option.label}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      );
    case 'choice':
      return (
        <Radio.Group id={id} value={typeof value === 'string' ? value : undefined} disabled={disabled} onChange={(e) => onChange(e.target.value as string)}>
          <Space orientation="vertical">
            {field.options.map((option) => (
              <Radio key={option.code} value={option.code}>
                {option.label}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      );
    case 'text':
      return (
        <Input.TextArea
          id={id}
          value={typeof value === 'string' ? value : ''}
          maxLength={field.maxLength}
          showCount={field.maxLength !== undefined}
          autoSize={{ minRows: 2, maxRows: 8 }}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        />
      );
  }
}
