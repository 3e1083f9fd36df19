import { Descriptions, Drawer, Table, Typography } from 'antd';
import type { AuditLogsQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../common/utils/format';
import { ROLE_LABELS } from '../../common/utils/labels';
import { auditDiff, type DiffRow } from '../utils/auditDiff';
import { actionLabel, entityLabel } from '../utils/auditLabels';

type AuditLog = AuditLogsQuery['auditLogs']['nodes'][number];

const cell = (text: string, changed: boolean, tone: 'before' | 'after') => (
  <Typography.Text
    style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', background: changed ? (tone === 'before' ? '#fff1f0' : '#f6ffed') : undefined }}
    delete={changed && tone === 'before' && text !== ''}
  >
    {text || <Typography.Text type="secondary">（空）</Typography.Text>}
  </Typography.Text>
);

/** One audit entry: who did what, when, from where, and the fields before and after. */
export function AuditDiffDrawer({ log, onClose }: { log: AuditLog | null; onClose: () => void }) {
  const rows = log ? auditDiff(log.before, log.after) : [];
  return (
    <Drawer title="审计详情" open={log !== null} onClose={onClose} size={760}>
      {log ? (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'at', label: '时间', children: formatDateTime(log.createdAt) },
              { key: 'actor', label: '操作人', children: log.actor ? `${log.actor.displayName}（${log.actor.username}）` : '系统' },
              { key: 'role', label: '角色', children: log.actorRole ? ROLE_LABELS[log.actorRole] : '—' },
              { key: 'ip', label: 'IP 地址', children: log.ip ?? '—' },
              { key: 'entity', label: '对象', children: `${entityLabel(log.entity)}${log.entityId ? ` · ${log.entityId}` : ''}` },
              { key: 'action', label: '操作', children: actionLabel(log.action) },
              { key: 'unit', label: '涉及单位', children: log.unit?.name ?? '—' },
              { key: 'request', label: '请求编号', children: log.requestId ?? '—' },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            变更内容
          </Typography.Title>
          <Table<DiffRow>
            rowKey="field"
            size="small"
            pagination={false}
            dataSource={rows}
            rowClassName={(r) => (r.changed ? '' : 'audit-unchanged')}
            columns={[
              { title: '字段', dataIndex: 'field', width: 160 },
              { title: '修改前', key: 'before', render: (_, r) => cell(r.before, r.changed, 'before') },
              { title: '修改后', key: 'after', render: (_, r) => cell(r.after, r.changed, 'after') },
            ]}
            locale={{ emptyText: '该操作未记录字段变化' }}
          />
        </>
      ) : null}
    </Drawer>
  );
}
