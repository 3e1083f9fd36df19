import type { Aggregation, IndicatorNode, ValidityWindow } from '@govtrust/indicators';
import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { AGGREGATION_LABELS } from '../../utils/labels';

export interface PeriodFieldsProps {
  node: Pick<IndicatorNode, 'aggregation' | 'validity'>;
  onChange: (patch: Pick<IndicatorNode, 'aggregation' | 'validity'>) => void;
}

const DEFAULT = 'DEFAULT';
const AGGREGATION_OPTIONS = [
  { value: DEFAULT, label: `默认（${AGGREGATION_LABELS.AVERAGE}）` },
  ...(Object.entries(AGGREGATION_LABELS) as Array<[Aggregation, string]>).map(([value, label]) => ({ value, label })),
];

/** The validity window wants a whole number of months ≥ 1; 0 would carry nothing. */
export function validityProblem(validity: ValidityWindow | undefined): string | undefined {
  if (!validity) return undefined;
  return Number.isInteger(validity.months) && validity.months >= 1 ? undefined : '有效月数须为不小于 1 的整数';
}

/**
 * How the node's score crosses periods: rolled up (月度→季度→年度) by its aggregation, and carried
 * forward while a validity window lasts (此项分值有效期至次年同月认定的前一季度止).
 */
export function PeriodFields({ node, onChange }: PeriodFieldsProps) {
  const validity = node.validity;
  const problem = validityProblem(validity);
  return (
    <Row gutter={12}>
      <Col span={8}>
        <Form.Item label="跨期汇总方式" extra="月度/季度得分汇总为季度/年度时如何合并">
          <Select
            aria-label="跨期汇总方式"
            value={node.aggregation ?? DEFAULT}
            options={AGGREGATION_OPTIONS}
            onChange={(v: string) => onChange({ aggregation: v === DEFAULT ? undefined : (v as Aggregation), validity })}
          />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item label="分值有效期" validateStatus={problem ? 'error' : undefined} help={problem}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Checkbox
                checked={validity !== undefined}
                onChange={(e) => onChange({ aggregation: node.aggregation, validity: e.target.checked ? { months: 12 } : undefined })}
              >
                得分在以后各期继续有效
              </Checkbox>
              {validity ? (
                <>
                  <InputNumber
                    aria-label="有效月数"
                    min={1}
                    precision={0}
                    value={validity.months}
                    onChange={(months) => onChange({ aggregation: node.aggregation, validity: { ...validity, months: typeof months === 'number' ? months : 0 } })}
                  />
                  个月（自得分期次起）
                </>
              ) : null}
            </Space>
            {validity ? (
              <Input
                aria-label="有效期原文"
                placeholder="原文，如：此项分值有效期至次年同月认定的前一季度止"
                value={validity.sourceText ?? ''}
                onChange={(e) => onChange({ aggregation: node.aggregation, validity: { ...validity, sourceText: e.target.value || undefined } })}
              />
            ) : null}
          </Space>
        </Form.Item>
      </Col>
    </Row>
  );
}
