import { PlusOutlined } from '@ant-design/icons';
import type { InputField, InputFieldType } from '@govtrust/indicators';
import { Button, Card, Checkbox, Col, Form, Input, Popconfirm, Row, Select, Space, Typography } from 'antd';
import { FIELD_TYPE_LABELS, fieldOfType, fieldProblems } from '../../../utils/inputFields';
import { InputFieldDetails } from './InputFieldDetails';

export interface InputFieldsEditorProps {
  /** this node's fields */
  inputs: readonly InputField[];
  onChange: (inputs: InputField[]) => void;
  /** keys of the fields of every other node (keys are unique in the whole system) */
  otherNodeKeys: readonly string[];
  /** for each key, the codes of the nodes whose rule reads it */
  usage: ReadonlyMap<string, readonly string[]>;
  /** a key not used anywhere yet, for a new field */
  freeKey: string;
}

const TYPE_OPTIONS = (Object.entries(FIELD_TYPE_LABELS) as Array<[InputFieldType, string]>).map(([value, label]) => ({ value, label }));

const status = (message: string | undefined) => (message ? { validateStatus: 'error' as const, help: message } : {});

/**
 * 填报项: what a department fills in for this node. The same definitions drive the submission
 * form, the API's checks and the rules, so a key is checked here exactly as the engine will.
 */
export function InputFieldsEditor({ inputs, onChange, otherNodeKeys, usage, freeKey }: InputFieldsEditorProps) {
  const set = (index: number, field: InputField) => onChange(inputs.map((f, i) => (i === index ? field : f)));
  const remove = (index: number) => onChange(inputs.filter((_, i) => i !== index));
  const add = () => onChange([...inputs, { key: freeKey, label: '', type: 'count', unit: '个' }]);

  return (
    <Form.Item label={`填报项（${inputs.length} 个）`} extra="键在整个体系内唯一，规则和表达式通过键读取填报值" data-testid="input-fields-editor">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {inputs.map((field, index) => {
          const label = `第${index + 1}个填报项`;
          const others = [...otherNodeKeys, ...inputs.filter((_, i) => i !== index).map((f) => f.key)];
          const problems = fieldProblems(field, others);
          const readers = usage.get(field.key) ?? [];
          return (
            <Card
              // by position: the key itself is being edited
              key={index}
              size="small"
              data-testid={`input-field-${index}`}
              title={
                <Space>
                  {label}
                  <Typography.Text type="secondary">{readers.length > 0 ? `被 ${readers.join('、')} 的规则引用` : '未被规则引用'}</Typography.Text>
                </Space>
              }
              extra={
                <Popconfirm
                  title={readers.length > 0 ? `${readers.join('、')} 的规则引用了“${field.key}”，删除后这些规则将无法计分。仍要删除？` : `删除填报项“${field.label || field.key}”？`}
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => remove(index)}
                >
                  <Button type="link" size="small" danger aria-label={`删除${label}`}>
                    删除
                  </Button>
                </Popconfirm>
              }
            >
              <Row gutter={12}>
                <Col span={8}>
                  <Form.Item label="键" required {...status(problems.key)}>
                    <Input aria-label={`${label}键`} value={field.key} style={{ fontFamily: 'monospace' }} onChange={(e) => set(index, { ...field, key: e.target.value.trim() })} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item label="名称" required {...status(problems.label)}>
                    <Input aria-label={`${label}名称`} value={field.label} onChange={(e) => set(index, { ...field, label: e.target.value })} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item label="类型">
                    <Select aria-label={`${label}类型`} value={field.type} options={TYPE_OPTIONS} onChange={(type: InputFieldType) => set(index, fieldOfType(type, field))} />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={12} align="middle">
                <Col span={18}>
                  <Form.Item label="填报说明">
                    <Input aria-label={`${label}填报说明`} value={field.help ?? ''} onChange={(e) => set(index, { ...field, help: e.target.value || undefined })} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Checkbox checked={field.required !== false} onChange={(e) => set(index, { ...field, required: e.target.checked ? undefined : false })}>
                    必填
                  </Checkbox>
                </Col>
              </Row>
              <InputFieldDetails field={field} label={label} problems={problems} onChange={(next) => set(index, next)} />
            </Card>
          );
        })}
        <Button size="small" icon={<PlusOutlined />} onClick={add}>
          添加填报项
        </Button>
      </Space>
    </Form.Item>
  );
}
