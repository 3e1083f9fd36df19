import type { Grade, GradeBand, SystemProblem } from '@govtrust/indicators';
import { GRADE_TAG_LABELS } from '@govtrust/ui';
import { Alert, Button, Input, Select, Space, Table, Typography } from 'antd';
import { describeRange } from '../../../utils/describeRule';
import { DecimalInput } from '../rules/DecimalInput';

export interface GradingFormProps {
  grading: GradeBand[];
  onChange: (grading: GradeBand[]) => void;
  /** the engine's findings on the grading (overlaps, gaps), shown under the table */
  problems: readonly SystemProblem[];
}

const INCLUSIVE = [
  { value: 'in', label: '含' },
  { value: 'ex', label: '不含' },
];
const GRADE_OPTIONS = (Object.entries(GRADE_TAG_LABELS) as Array<[Grade, string]>).map(([value, label]) => ({ value, label }));

/** 红名单≥85, 蓝名单60–85, 黄名单<60: the usual wording of the documents, as a starting point. */
export const COMMON_GRADING: GradeBand[] = [
  { grade: 'RED', label: '红名单', min: 85, minInclusive: true, max: null, maxInclusive: false },
  { grade: 'BLUE', label: '蓝名单', min: 60, minInclusive: true, max: 85, maxInclusive: false },
  { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 60, maxInclusive: false },
];

/** 等级划分: the total's ranges for 红/蓝/黄名单, each edge with its inclusivity as the document writes it. */
export function GradingForm({ grading, onChange, problems }: GradingFormProps) {
  const set = (index: number, patch: Partial<GradeBand>) => onChange(grading.map((band, i) => (i === index ? { ...band, ...patch } : band)));
  const used = new Set(grading.map((b) => b.grade));
  const nextGrade = GRADE_OPTIONS.find((o) => !used.has(o.value))?.value ?? 'YELLOW';
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="grading-form">
      {grading.length === 0 ? (
        <Space>
          <Typography.Text type="secondary">未设置等级：只计总分和排名，不评定红/蓝/黄名单。</Typography.Text>
          <Button size="small" onClick={() => onChange(COMMON_GRADING)}>
            使用常用三档（≥85 红、60–85 蓝、&lt;60 黄）
          </Button>
        </Space>
      ) : (
        <Table<GradeBand & { index: number }>
          size="small"
          pagination={false}
          rowKey="index"
          scroll={{ x: 720 }}
          dataSource={grading.map((band, index) => ({ ...band, index }))}
          columns={[
            {
              title: '等级',
              width: 110,
              render: (_, band) => <Select aria-label={`第${band.index + 1}个等级`} size="small" value={band.grade} options={GRADE_OPTIONS} onChange={(grade: Grade) => set(band.index, { grade })} />,
            },
            {
              title: '名称',
              render: (_, band) => (
                <Input
                  aria-label={`第${band.index + 1}个等级名称`}
                  size="small"
                  status={band.label.trim() === '' ? 'error' : undefined}
                  placeholder="请填写名称"
                  value={band.label}
                  style={{ width: 96 }}
                  onChange={(e) => set(band.index, { label: e.target.value })}
                />
              ),
            },
            {
              title: '总分下限',
              render: (_, band) => <DecimalInput allowEmpty width={72} label={`${band.label || `第${band.index + 1}个等级`}下限`} value={band.min} onChange={(min) => set(band.index, { min })} />,
            },
            {
              title: '含否',
              render: (_, band) => (
                <Select aria-label={`${band.label || `第${band.index + 1}个等级`}下限是否包含`} size="small" disabled={band.min === null} value={band.minInclusive ? 'in' : 'ex'} options={INCLUSIVE} onChange={(v) => set(band.index, { minInclusive: v === 'in' })} />
              ),
            },
            {
              title: '总分上限',
              render: (_, band) => <DecimalInput allowEmpty width={72} label={`${band.label || `第${band.index + 1}个等级`}上限`} value={band.max} onChange={(max) => set(band.index, { max })} />,
            },
            {
              title: '含否',
              render: (_, band) => (
                <Select aria-label={`${band.label || `第${band.index + 1}个等级`}上限是否包含`} size="small" disabled={band.max === null} value={band.maxInclusive ? 'in' : 'ex'} options={INCLUSIVE} onChange={(v) => set(band.index, { maxInclusive: v === 'in' })} />
              ),
            },
            { title: '读作', render: (_, band) => <Typography.Text type="secondary">{describeRange(band, '总分', '')}</Typography.Text> },
            {
              title: '',
              width: 56,
              render: (_, band) => (
                <Button type="link" size="small" danger aria-label={`删除第${band.index + 1}个等级`} onClick={() => onChange(grading.filter((_, i) => i !== band.index))}>
                  删除
                </Button>
              ),
            },
          ]}
        />
      )}
      {grading.length > 0 ? (
        <Button size="small" onClick={() => onChange([...grading, { grade: nextGrade, label: GRADE_TAG_LABELS[nextGrade], min: null, minInclusive: true, max: null, maxInclusive: false }])}>
          添加等级
        </Button>
      ) : null}
      {problems.length > 0 ? (
        <Alert
          type={problems.some((p) => p.severity === 'ERROR') ? 'error' : 'warning'}
          showIcon
          data-testid="grading-problems"
          title={
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {problems.map((p) => (
                <li key={p.message}>{p.message.replace(/^[^：]*：/, '')}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Space>
  );
}
