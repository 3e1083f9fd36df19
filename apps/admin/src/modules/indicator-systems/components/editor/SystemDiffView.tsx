import type { InputField, Rule } from '@govtrust/indicators';
import { Alert, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { describeRule } from '../../utils/describeRule';
import { describeField } from '../../utils/describeSettings';
import { NODE_LEVEL_LABELS } from '../../utils/labels';
import { isEmptyDiff, type DiffLine, type NodeSnapshot, type SystemDiff } from '../../utils/systemDiff';

export interface SystemDiffViewProps {
  diff: SystemDiff | null;
  /** e.g. 第1版（已发布） */
  baseLabel: string;
  fields: ReadonlyMap<string, InputField>;
}

function ruleLines(rule: string | null, fields: ReadonlyMap<string, InputField>): string[] {
  return rule ? describeRule(JSON.parse(rule) as Rule, fields) : ['下级汇总'];
}

/** A rule in words; the lines the other side does not have are marked, so a changed band stands out. */
function RuleText({ rule, other, fields, side }: { rule: string | null; other: string | null; fields: ReadonlyMap<string, InputField>; side: 'before' | 'after' }) {
  const theirs = new Set(ruleLines(other, fields));
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {ruleLines(rule, fields).map((line) =>
        theirs.has(line) ? (
          <li key={line}>{line}</li>
        ) : (
          <li key={line} data-diff={side} style={{ background: side === 'before' ? '#fff1f0' : '#f6ffed', fontWeight: 600 }}>
            {side === 'before' ? '− ' : '+ '}
            {line}
          </li>
        ),
      )}
    </ul>
  );
}

/** Lines grouped under their label (填报项 may have several), each marked as a change. */
function detailItems(lines: readonly DiffLine[], keyPrefix: string) {
  const labels = [...new Set(lines.map((l) => l.label))];
  return labels.map((label) => ({
    key: `${keyPrefix}-${label}`,
    label,
    children: (
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {lines
          .filter((l) => l.label === label)
          .map((l) => (
            <li key={l.text} data-diff="detail">
              {l.text}
            </li>
          ))}
      </ul>
    ),
  }));
}

function nodeLine(node: NodeSnapshot) {
  const inputs = node.inputs.length > 0 ? `；填报项：${node.inputs.map(describeField).join('、')}` : '';
  return `${NODE_LEVEL_LABELS[node.level]} ${node.code} ${node.name}（${node.maxPoints} 分）${inputs}`;
}

/** 与已发布版本对比: what publishing this draft would change, with before/after of each changed rule. */
export function SystemDiffView({ diff, baseLabel, fields }: SystemDiffViewProps) {
  if (!diff) return <Empty description="该体系尚无已发布版本，发布后即为第一版" />;
  if (isEmptyDiff(diff)) return <Alert type="info" showIcon title={`与${baseLabel}相比没有变化`} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="system-diff">
      <Alert
        type="info"
        showIcon
        title={`与${baseLabel}相比：新增 ${diff.added.length} 项，删除 ${diff.removed.length} 项，修改 ${diff.changed.length} 项${
          diff.systemChanges.length > 0 ? `；体系设置变更：${diff.systemChanges.join('、')}` : ''
        }`}
      />
      {diff.systemDetails.length > 0 ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          data-testid="diff-system-settings"
          title={
            <Space>
              <Tag color="processing">修改</Tag>体系设置
            </Space>
          }
          items={detailItems(diff.systemDetails, 'system')}
        />
      ) : null}
      {diff.added.length > 0 ? (
        <List size="small" bordered header={<Tag color="success">新增</Tag>} dataSource={diff.added} renderItem={(node) => <List.Item>{nodeLine(node)}</List.Item>} />
      ) : null}
      {diff.removed.length > 0 ? (
        <List size="small" bordered header={<Tag color="error">删除</Tag>} dataSource={diff.removed} renderItem={(node) => <List.Item>{nodeLine(node)}</List.Item>} />
      ) : null}
      {diff.changed.map((change) => (
        <Descriptions
          key={change.code}
          size="small"
          bordered
          column={1}
          data-testid={`diff-changed-${change.code}`}
          title={
            <Space>
              <Tag color="processing">修改</Tag>
              {change.code} {change.after.name}
              <Typography.Text type="secondary">（{change.aspects.join('、')}）</Typography.Text>
            </Space>
          }
          items={[
            ...(change.before.name !== change.after.name ? [{ key: 'name', label: '名称', children: `${change.before.name} → ${change.after.name}` }] : []),
            ...(change.aspects.includes('分值') ? [{ key: 'points', label: '分值', children: `${change.before.maxPoints} 分 → ${change.after.maxPoints} 分` }] : []),
            ...(change.aspects.includes('计分规则')
              ? [
                  { key: 'before', label: '修改前规则', children: <RuleText side="before" rule={change.before.rule} other={change.after.rule} fields={fields} /> },
                  { key: 'after', label: '修改后规则', children: <RuleText side="after" rule={change.after.rule} other={change.before.rule} fields={fields} /> },
                ]
              : []),
            ...detailItems(change.details, change.code),
            ...(change.aspects.includes('其他设置') ? [{ key: 'rest', label: '其他设置', children: '原文、数据来源、免责或监测周期等已修改' }] : []),
          ]}
        />
      ))}
    </Space>
  );
}
