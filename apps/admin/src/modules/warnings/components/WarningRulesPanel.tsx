import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Flex, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../common/components/QueryError';
import { useShowError } from '../../common/hooks/useShowError';
import { formatDateTime } from '../../common/utils/format';
import { DELETE_WARNING_RULE } from '../graphql/mutations/deleteWarningRuleMutation';
import { WARNING_RULES } from '../graphql/queries/warningRulesQuery';
import { ruleCondition, SEVERITY_COLORS, SEVERITY_LABELS, WARNING_KIND_LABELS } from '../utils/warningLabels';
import { WarningRuleDrawer, type WarningRule } from './WarningRuleDrawer';

export interface WarningRulesPanelProps {
  cycles: ReadonlyArray<{ id: string; name: string }>;
  canManage: boolean;
}

/** 预警规则: what the daily evaluation looks for; the office creates, edits and deletes them. */
export function WarningRulesPanel({ cycles, canManage }: WarningRulesPanelProps) {
  const { data, loading, error, refetch } = useQuery(WARNING_RULES, { variables: {} });
  const [remove] = useMutation(DELETE_WARNING_RULE);
  const [editing, setEditing] = useState<WarningRule | 'new' | null>(null);
  const showError = useShowError();
  const { message } = App.useApp();
  const cycleName = new Map(cycles.map((c) => [c.id, c.name]));

  const deleteRule = async (rule: WarningRule) => {
    try {
      await remove({ variables: { id: rule.id, version: rule.version } });
      void message.success(`已删除规则“${rule.name}”，其未解除的预警随之解除`);
      void refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      {canManage ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新建规则
          </Button>
        </Flex>
      ) : null}
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <Table<WarningRule>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.warningRules ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: '尚未设置预警规则' }}
        columns={[
          { title: '规则名称', dataIndex: 'name' },
          { title: '类型', key: 'kind', width: 150, render: (_, r) => WARNING_KIND_LABELS[r.kind] },
          { title: '条件', key: 'condition', render: (_, r) => ruleCondition(r) },
          { title: '级别', key: 'severity', width: 80, render: (_, r) => <Tag color={SEVERITY_COLORS[r.severity]}>{SEVERITY_LABELS[r.severity]}</Tag> },
          { title: '适用周期', key: 'cycle', width: 180, render: (_, r) => (r.cycleId ? (cycleName.get(r.cycleId) ?? '—') : '全部周期') },
          { title: '状态', key: 'enabled', width: 80, render: (_, r) => (r.enabled ? <Tag color="success">启用</Tag> : <Tag>停用</Tag>) },
          { title: '修改时间', key: 'updatedAt', width: 150, render: (_, r) => formatDateTime(r.updatedAt) },
          ...(canManage
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 120,
                  fixed: 'right' as const,
                  render: (_: unknown, r: WarningRule) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(r)}>
                        编辑
                      </Button>
                      <Popconfirm title={`删除规则“${r.name}”？其未解除的预警将随之解除。`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => void deleteRule(r)}>
                        <Button type="link" size="small" danger>
                          删除
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <WarningRuleDrawer rule={editing} cycles={cycles} onClose={() => setEditing(null)} onSaved={() => void refetch()} />
    </>
  );
}
