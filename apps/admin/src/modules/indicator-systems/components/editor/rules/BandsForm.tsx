import type { Band, BandsRule } from '@govtrust/indicators';
import { Button, Form, Select, Table, Typography } from 'antd';
import { DecimalInput } from './DecimalInput';
import { MetricFields } from './MetricFields';
import type { RuleFormProps } from './ruleFormProps';
import { ZeroDenominatorField } from './ZeroDenominatorField';

const INCLUSIVE_OPTIONS = [
  { value: 'in', label: '含' },
  { value: 'ex', label: '不含' },
];

function bandText(band: Band, unit: string): string {
  const lower = band.min === null ? '' : `${band.min}${unit}${band.minInclusive ? '≤' : '<'}`;
  const upper = band.max === null ? '' : `${band.maxInclusive ? '≤' : '<'}${band.max}${unit}`;
  return `${lower}值${upper}`;
}

/** 分档计分: a table of bands, each edge with its inclusivity exactly as the document writes it. */
export function BandsForm({ rule, onChange, knownFields }: RuleFormProps<BandsRule>) {
  const unit = rule.metric.scale === 'PERCENT' ? '%' : rule.metric.scale === 'PERMILLE' ? '‰' : '';
  const setBand = (index: number, patch: Partial<Band>) =>
    onChange({ ...rule, bands: rule.bands.map((band, i) => (i === index ? { ...band, ...patch } : band)) });
  const last = rule.bands[rule.bands.length - 1];
  const addBand = () =>
    onChange({
      ...rule,
      bands: [...rule.bands, { min: last?.max ?? null, minInclusive: last ? !last.maxInclusive : true, max: null, maxInclusive: false, points: 0 }],
    });
  const removeBand = (index: number) => onChange({ ...rule, bands: rule.bands.filter((_, i) => i !== index) });

  return (
    <>
      <MetricFields metric={rule.metric} knownFields={knownFields} onChange={(metric) => onChange({ ...rule, metric })} />
      <Form.Item label="分档" required>
        <Table<Band & { index: number }>
          size="small"
          pagination={false}
          rowKey="index"
          data-testid="bands-table"
          scroll={{ x: 600 }}
          dataSource={rule.bands.map((band, index) => ({ ...band, index }))}
          columns={[
            { title: '档', width: 40, render: (_, band) => band.index + 1 },
            {
              title: '下限',
              render: (_, band) => (
                <DecimalInput allowEmpty label={`第${band.index + 1}档下限`} value={band.min} onChange={(min) => setBand(band.index, { min })} width={72} />
              ),
            },
            {
              title: '下限含否',
              render: (_, band) => (
                <Select
                  aria-label={`第${band.index + 1}档下限是否包含`}
                  size="small"
                  disabled={band.min === null}
                  value={band.minInclusive ? 'in' : 'ex'}
                  options={INCLUSIVE_OPTIONS}
                  onChange={(v) => setBand(band.index, { minInclusive: v === 'in' })}
                />
              ),
            },
            {
              title: '上限',
              render: (_, band) => (
                <DecimalInput allowEmpty label={`第${band.index + 1}档上限`} value={band.max} onChange={(max) => setBand(band.index, { max })} width={72} />
              ),
            },
            {
              title: '上限含否',
              render: (_, band) => (
                <Select
                  aria-label={`第${band.index + 1}档上限是否包含`}
                  size="small"
                  disabled={band.max === null}
                  value={band.maxInclusive ? 'in' : 'ex'}
                  options={INCLUSIVE_OPTIONS}
                  onChange={(v) => setBand(band.index, { maxInclusive: v === 'in' })}
                />
              ),
            },
            {
              title: '得分',
              render: (_, band) => <DecimalInput label={`第${band.index + 1}档得分`} value={band.points} onChange={(points) => setBand(band.index, { points: points ?? 0 })} width={64} />,
            },
            { title: '读作', render: (_, band) => <Typography.Text type="secondary">{bandText(band, unit)}</Typography.Text> },
            {
              title: '',
              width: 56,
              render: (_, band) => (
                <Button type="link" size="small" danger onClick={() => removeBand(band.index)} aria-label={`删除第${band.index + 1}档`}>
                  删除
                </Button>
              ),
            },
          ]}
        />
        <Button size="small" style={{ marginTop: 8 }} onClick={addBand}>
          添加一档
        </Button>
      </Form.Item>
      <ZeroDenominatorField value={rule.zeroDenominator} onChange={(zeroDenominator) => onChange({ ...rule, zeroDenominator })} />
    </>
  );
}
