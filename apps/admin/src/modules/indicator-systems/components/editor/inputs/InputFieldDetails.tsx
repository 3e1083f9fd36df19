import type { InputField } from '@govtrust/indicators';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { FieldProblems } from '../../../utils/inputFields';
import { DecimalInput } from '../rules/DecimalInput';
import { OptionsEditor } from './OptionsEditor';

export interface InputFieldDetailsProps {
  field: InputField;
  onChange: (field: InputField) => void;
  problems: FieldProblems;
  /** prefix of the accessible names, e.g. 第1个填报项 */
  label: string;
}

const DISPLAY_OPTIONS = [
  { value: 'PERCENT', label: '百分比（%）' },
  { value: 'PERMILLE', label: '千分比（‰）' },
];

const status = (message: string | undefined) => (message ? { validateStatus: 'error' as const, help: message } : {});

/** An optional whole number ≥ 0: cleared means "no limit", so the key is dropped rather than stored empty. */
function WholeNumber({ value, onChange, label }: { value: number | undefined; onChange: (value: number | undefined) => void; label: string }) {
  return (
    <InputNumber
      aria-label={label}
      min={0}
      precision={0}
      placeholder="不限"
      style={{ width: '100%' }}
      value={value ?? null}
      onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
    />
  );
}

/** The settings one field type has beyond key and label: unit, limits, rate parts, options. */
export function InputFieldDetails({ field, onChange, problems, label }: InputFieldDetailsProps) {
  switch (field.type) {
    case 'count':
      return (
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="计量单位">
              <Input aria-label={`${label}单位`} placeholder="起 / 条 / 个" value={field.unit ?? ''} onChange={(e) => onChange({ ...field, unit: e.target.value || undefined })} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="上限" {...status(problems.range)}>
              <WholeNumber label={`${label}上限`} value={field.max} onChange={(max) => onChange({ ...field, max })} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'rate':
      return (
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="分子名称" required {...status(problems.numeratorLabel)}>
              <Input aria-label={`${label}分子名称`} placeholder="入库数据量" value={field.numeratorLabel} onChange={(e) => onChange({ ...field, numeratorLabel: e.target.value })} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="分母名称" required {...status(problems.denominatorLabel)}>
              <Input aria-label={`${label}分母名称`} placeholder="上报数据量" value={field.denominatorLabel} onChange={(e) => onChange({ ...field, denominatorLabel: e.target.value })} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="显示为">
              <Select aria-label={`${label}显示为`} value={field.display} options={DISPLAY_OPTIONS} onChange={(display) => onChange({ ...field, display })} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'amount':
      return (
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item label="单位" required {...status(problems.unit)}>
              <Input aria-label={`${label}单位`} placeholder="万元" value={field.unit} onChange={(e) => onChange({ ...field, unit: e.target.value })} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="取值范围" {...status(problems.range)}>
              <DecimalInput allowEmpty label={`${label}下限`} value={field.min} onChange={(min) => onChange({ ...field, min: min ?? undefined })} />
              {' 至 '}
              <DecimalInput allowEmpty label={`${label}上限`} value={field.max} onChange={(max) => onChange({ ...field, max: max ?? undefined })} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="小数位数">
              <WholeNumber label={`${label}小数位数`} value={field.decimals} onChange={(decimals) => onChange({ ...field, decimals })} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'checklist':
    case 'choice':
      return (
        <Form.Item label={field.type === 'choice' ? '选项（单选）' : '清单选项（可多选）'} required {...status(problems.options)}>
          <OptionsEditor label={label} options={field.options} onChange={(options) => onChange({ ...field, options })} />
        </Form.Item>
      );
    case 'text':
      return (
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="最大长度">
              <WholeNumber label={`${label}最大长度`} value={field.maxLength} onChange={(maxLength) => onChange({ ...field, maxLength })} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'boolean':
      return null;
  }
}
