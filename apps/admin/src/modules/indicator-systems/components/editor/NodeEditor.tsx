import type { DataSource, IndicatorNode, IndicatorSystem, InputField, PeriodKind, RuleKind } from '@govtrust/indicators';
import { Alert, Card, Col, Empty, Form, Input, Row, Select, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { describeRule } from '../../utils/describeRule';
import { DATA_SOURCE_LABELS, NODE_LEVEL_LABELS, PERIOD_KIND_LABELS, RULE_KIND_LABELS } from '../../utils/labels';
import { freeFieldKey, ruleUsage, systemFieldKeys, unknownRuleKeys } from '../../utils/inputFields';
import { checkChildrenPoints } from '../../utils/pointsCheck';
import { ruleTemplate } from '../../utils/ruleTemplates';
import { ApplicabilityFields } from './ApplicabilityFields';
import { ExemptionFields } from './ExemptionFields';
import { InputFieldsEditor } from './inputs/InputFieldsEditor';
import { PeriodFields } from './PeriodFields';
import { DecimalInput } from './rules/DecimalInput';
import { RuleForm } from './rules/RuleForm';

export interface NodeEditorProps {
  node: IndicatorNode | undefined;
  system: IndicatorSystem;
  fields: readonly InputField[];
  onChange: (node: IndicatorNode) => void;
  readOnly?: boolean;
}

const SUM_OF_CHILDREN = 'SUM';
const INHERIT = 'INHERIT';

const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as Array<[K, string]>).map(([value, label]) => ({ value, label }));

/** One node of a draft: its wording from the document beside the form that encodes it. */
export function NodeEditor({ node, system, fields, onChange, readOnly = false }: NodeEditorProps) {
  const usage = useMemo(() => ruleUsage(system), [system]);
  const otherNodeKeys = useMemo(() => systemFieldKeys(system, node?.code), [system, node?.code]);
  if (!node) return <Empty description="点击左侧指标进行编辑" />;
  const knownFields = fields.map((f) => f.key);
  const unknownKeys = node.rule ? unknownRuleKeys(node.rule, knownFields) : [];
  const check = checkChildrenPoints(node);
  const hasChildren = (node.children?.length ?? 0) > 0;
  const set = (patch: Partial<IndicatorNode>) => onChange({ ...node, ...patch });

  const setRuleKind = (kind: string) => {
    if (kind === SUM_OF_CHILDREN) {
      const { rule: _rule, ...rest } = node;
      onChange(rest);
    } else {
      set({ rule: ruleTemplate(kind as RuleKind, node.maxPoints) });
    }
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xl={8}>
        <Card size="small" title="评分标准（原文）" style={{ marginBottom: 16, position: 'sticky', top: 88 }}>
          <Input.TextArea
            aria-label="评分标准原文"
            autoSize={{ minRows: 4, maxRows: 14 }}
            value={node.sourceText ?? ''}
            disabled={readOnly}
            onChange={(e) => set({ sourceText: e.target.value || undefined })}
          />
          {node.rule ? (
            <>
              <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
                编码解读
              </Typography.Text>
              <ul style={{ marginTop: 4, paddingInlineStart: 20 }} data-testid="editor-rule-description">
                {describeRule(node.rule, new Map(fields.map((f) => [f.key, f]))).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      </Col>
      <Col xs={24} xl={16}>
        <Form layout="vertical" component="div" disabled={readOnly} data-testid="node-editor">
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            <Tag>{NODE_LEVEL_LABELS[node.level]}</Tag>
            {node.code}
          </Typography.Title>
          <Row gutter={12}>
            <Col span={16}>
              <Form.Item label="名称" required>
                <Input aria-label="指标名称" value={node.name} onChange={(e) => set({ name: e.target.value })} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                label="分值"
                required
                validateStatus={check && !check.consistent ? 'warning' : undefined}
                help={check && !check.consistent ? `下级合计 ${check.childrenSum} 分，与分值不一致` : undefined}
              >
                <DecimalInput label="分值" value={node.maxPoints} onChange={(maxPoints) => set({ maxPoints: maxPoints ?? 0 })} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item label="监测周期">
                <Select
                  aria-label="监测周期"
                  value={node.periodKind ?? INHERIT}
                  options={[{ value: INHERIT, label: `同体系（${PERIOD_KIND_LABELS[system.periodKind]}）` }, ...options(PERIOD_KIND_LABELS)]}
                  onChange={(v: string) => set({ periodKind: v === INHERIT ? undefined : (v as PeriodKind) })}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="数据来源">
                <Select
                  aria-label="数据来源"
                  value={node.dataSource ?? INHERIT}
                  options={[{ value: INHERIT, label: '同上级（默认单位填报）' }, ...options(DATA_SOURCE_LABELS)]}
                  onChange={(v: string) => set({ dataSource: v === INHERIT ? undefined : (v as DataSource) })}
                />
              </Form.Item>
            </Col>
          </Row>
          <PeriodFields node={node} onChange={set} />
          <ApplicabilityFields system={system} value={node.appliesTo} onChange={(appliesTo) => set({ appliesTo })} />
          <ExemptionFields value={node.exemption} onChange={(exemption) => set({ exemption })} />
          <InputFieldsEditor
            inputs={node.inputs ?? []}
            otherNodeKeys={otherNodeKeys}
            usage={usage}
            freeKey={freeFieldKey(system)}
            onChange={(inputs) => set({ inputs: inputs.length > 0 ? inputs : undefined })}
          />
          <Form.Item label="计分方式" extra={hasChildren ? '有下级指标时按下级得分汇总' : undefined}>
            <Select
              aria-label="计分方式"
              disabled={readOnly || hasChildren}
              value={node.rule?.kind ?? SUM_OF_CHILDREN}
              options={[{ value: SUM_OF_CHILDREN, label: hasChildren ? '下级汇总' : '未设置' }, ...options(RULE_KIND_LABELS)]}
              onChange={setRuleKind}
            />
          </Form.Item>
          {node.rule ? <RuleForm rule={node.rule} knownFields={knownFields} fields={fields} onChange={(rule) => set({ rule })} /> : null}
          {unknownKeys.length > 0 ? (
            <Alert
              type="error"
              showIcon
              data-testid="rule-unknown-fields"
              title={`规则引用了未定义的填报项：${unknownKeys.map((key) => `“${key}”`).join('、')}`}
              description="请在本指标（或其他指标）下添加该键的填报项，或修改规则引用的键。"
            />
          ) : null}
        </Form>
      </Col>
    </Row>
  );
}
