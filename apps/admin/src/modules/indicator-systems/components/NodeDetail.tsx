import type { IndicatorNode, InputField, PeriodKind } from '@govtrust/indicators';
import { Collapse, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { describeRule } from '../utils/describeRule';
import { AGGREGATION_LABELS, DATA_SOURCE_LABELS, NODE_LEVEL_LABELS, PERIOD_KIND_LABELS, RULE_KIND_LABELS, unitKindsText } from '../utils/labels';
import { checkChildrenPoints } from '../utils/pointsCheck';

export interface NodeDetailProps {
  node: IndicatorNode | undefined;
  fields: ReadonlyMap<string, InputField>;
  systemPeriodKind: PeriodKind;
}

const FIELD_TYPE_LABELS: Record<InputField['type'], string> = {
  count: '数量',
  rate: '比率',
  amount: '数值',
  boolean: '是/否',
  checklist: '清单多选',
  choice: '单选',
  text: '文字说明',
};

const EXEMPTION_LABELS = { FULL: '得满分', POINTS: '得固定分', NOT_APPLICABLE: '不计入（总分折算）' } as const;

function fieldText(field: InputField): string {
  if (field.type === 'rate') return `${field.label}（${field.numeratorLabel} / ${field.denominatorLabel}）`;
  if ((field.type === 'count' || field.type === 'amount') && field.unit) return `${field.label}（${field.unit}）`;
  return field.label;
}

/** One node: the document's wording next to how it is encoded, to check one against the other. */
export function NodeDetail({ node, fields, systemPeriodKind }: NodeDetailProps) {
  if (!node) return <Empty description="点击左侧指标查看评分标准和编码" />;
  const check = checkChildrenPoints(node);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {node.code} {node.name}
      </Typography.Title>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="层级">{NODE_LEVEL_LABELS[node.level]}</Descriptions.Item>
        <Descriptions.Item label="分值">
          {String(node.maxPoints)} 分
          {check ? (
            <Tag color={check.consistent ? 'success' : 'warning'} style={{ marginInlineStart: 8 }}>
              子项合计 {check.childrenSum} 分{check.consistent ? '' : '，不一致'}
            </Tag>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label="计分方式">{node.rule ? RULE_KIND_LABELS[node.rule.kind] : '子项汇总'}</Descriptions.Item>
        <Descriptions.Item label="监测周期">
          {PERIOD_KIND_LABELS[node.periodKind ?? systemPeriodKind]}
          {node.aggregation ? `，${AGGREGATION_LABELS[node.aggregation]}` : ''}
        </Descriptions.Item>
        {node.dataSource ? (
          <Descriptions.Item label="数据来源">
            {DATA_SOURCE_LABELS[node.dataSource]}
            {node.dataSourceText ? <Typography.Text type="secondary">（原文：{node.dataSourceText}）</Typography.Text> : null}
          </Descriptions.Item>
        ) : null}
        {node.appliesTo ? (
          <Descriptions.Item label="适用对象">
            {[node.appliesTo.unitKinds ? unitKindsText(node.appliesTo.unitKinds) : null, node.appliesTo.unitClasses?.join('、')].filter(Boolean).join('；')}
          </Descriptions.Item>
        ) : null}
        {node.exemption ? (
          <Descriptions.Item label="免责">
            {EXEMPTION_LABELS[node.exemption.policy]}
            {node.exemption.requiresEvidence ? '，须提供佐证材料' : ''}
            {node.exemption.sourceText ? `（原文：${node.exemption.sourceText}）` : ''}
          </Descriptions.Item>
        ) : null}
        {node.validity ? (
          <Descriptions.Item label="有效期">
            {node.validity.months} 个月{node.validity.sourceText ? `（原文：${node.validity.sourceText}）` : ''}
          </Descriptions.Item>
        ) : null}
        {node.inputs && node.inputs.length > 0 ? (
          <Descriptions.Item label="填报项">
            {node.inputs.map((field) => (
              <div key={field.key}>
                <Tag>{FIELD_TYPE_LABELS[field.type]}</Tag>
                {fieldText(field)}
              </div>
            ))}
          </Descriptions.Item>
        ) : null}
      </Descriptions>

      {node.sourceText ? (
        <div>
          <Typography.Text strong>评分标准（原文）</Typography.Text>
          <Typography.Paragraph style={{ background: '#fafafa', padding: 12, borderInlineStart: '3px solid #d9d9d9', marginTop: 8 }} data-testid="node-source-text">
            {node.sourceText}
          </Typography.Paragraph>
        </div>
      ) : null}

      {node.rule ? (
        <div>
          <Typography.Text strong>系统编码（解读）</Typography.Text>
          <ul style={{ marginTop: 8, paddingInlineStart: 20 }} data-testid="node-rule-description">
            {describeRule(node.rule, fields).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Collapse
            size="small"
            items={[
              {
                key: 'json',
                label: '规则 JSON',
                children: <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>{JSON.stringify(node.rule, null, 2)}</pre>,
              },
            ]}
          />
        </div>
      ) : null}

      {node.notes && node.notes.length > 0 ? (
        <div>
          <Typography.Text strong>解读说明</Typography.Text>
          <ul style={{ marginTop: 8, paddingInlineStart: 20 }}>
            {node.notes.map((note) => (
              <li key={note}>
                <Typography.Text type="secondary">{note}</Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Space>
  );
}
