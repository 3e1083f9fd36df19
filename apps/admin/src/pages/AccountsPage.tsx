import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { AccountFilter, AccountsQuery, Role } from '../generated/graphql';
import { AccountFormDrawer } from '../modules/accounts/components/AccountFormDrawer';
import { ResetPasswordModal } from '../modules/accounts/components/ResetPasswordModal';
import { DEACTIVATE_ACCOUNT } from '../modules/accounts/graphql/mutations/deactivateAccountMutation';
import { ACCOUNTS } from '../modules/accounts/graphql/queries/accountsQuery';
import { useSession } from '../modules/auth/hooks/useSession';
import { CursorPager } from '../modules/common/components/CursorPager';
import { PageHeader } from '../modules/common/components/PageHeader';
import { QueryError } from '../modules/common/components/QueryError';
import { useCursorPages } from '../modules/common/hooks/useCursorPages';
import { useShowError } from '../modules/common/hooks/useShowError';
import { formatDateTime } from '../modules/common/utils/format';
import { ROLE_LABELS } from '../modules/common/utils/labels';

type Account = AccountsQuery['accounts']['nodes'][number];
const PAGE_SIZE = 20;

export default function AccountsPage() {
  const { user } = useSession();
  const pages = useCursorPages();
  const [filter, setFilter] = useState<AccountFilter>({ active: true });
  const { data, loading, error, refetch } = useQuery(ACCOUNTS, { variables: { filter, first: PAGE_SIZE, after: pages.after } });
  const [deactivate] = useMutation(DEACTIVATE_ACCOUNT, { refetchQueries: [ACCOUNTS] });
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<Account | null>(null);
  const { message } = App.useApp();
  const showError = useShowError();
  const change = (patch: Partial<AccountFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    pages.reset();
  };

  const columns: ColumnsType<Account> = [
    { title: '用户名', dataIndex: 'username', width: 150 },
    { title: '姓名', dataIndex: 'displayName', ellipsis: true },
    { title: '角色', key: 'role', width: 130, render: (_, a) => ROLE_LABELS[a.role] },
    { title: '所属单位', key: 'unit', width: 170, ellipsis: true, render: (_, a) => a.unit?.name ?? '—' },
    {
      title: '状态',
      key: 'state',
      width: 160,
      render: (_, a) => (
        <Space size={4} wrap>
          {a.active ? <Tag color="success">正常</Tag> : <Tag>已停用</Tag>}
          {a.lockedUntil && new Date(a.lockedUntil) > new Date() ? <Tag color="error">已锁定</Tag> : null}
          {a.mustChangePassword ? <Tag color="warning">待改密码</Tag> : null}
        </Space>
      ),
    },
    { title: '最近登录', key: 'lastLoginAt', width: 150, render: (_, a) => formatDateTime(a.lastLoginAt) },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, a) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setResetting(a)}>
            重置密码
          </Button>
          {a.active && a.id !== user.id ? (
            <Popconfirm
              title={`停用“${a.displayName}”？`}
              description="停用后该账号立即退出登录且不能再登录。"
              okText="停用"
              cancelText="取消"
              okButtonProps={{ danger: true }}
              onConfirm={async () => {
                try {
                  await deactivate({ variables: { id: a.id, version: a.version } });
                  void message.success('账号已停用');
                } catch (e) {
                  showError(e);
                }
              }}
            >
              <Button type="link" size="small" danger>
                停用
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="账号管理"
        description="各角色账号的创建、停用与密码重置。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建账号
          </Button>
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select aria-label="角色" allowClear placeholder="全部角色" style={{ width: 160 }} options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))} onChange={(role?: Role) => change({ role: role ?? null })} />
          <Select
            aria-label="状态"
            style={{ width: 130 }}
            value={filter.active == null ? 'all' : filter.active ? 'active' : 'inactive'}
            options={[
              { value: 'active', label: '正常' },
              { value: 'inactive', label: '已停用' },
              { value: 'all', label: '全部状态' },
            ]}
            onChange={(v: string) => change({ active: v === 'all' ? null : v === 'active' })}
          />
          <Input.Search aria-label="搜索账号" allowClear placeholder="用户名或姓名" style={{ width: 240 }} onSearch={(v) => change({ search: v.trim() || null })} />
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            单位账号较多时可按用户名前缀查找，如 gh05
          </Typography.Text>
        </Flex>
        {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
        <Table<Account> rowKey="id" size="middle" columns={columns} dataSource={data?.accounts.nodes ?? []} loading={loading} pagination={false} scroll={{ x: 1000 }} />
        <CursorPager pages={pages} pageSize={PAGE_SIZE} totalCount={data?.accounts.totalCount} hasNextPage={data?.accounts.pageInfo.hasNextPage} endCursor={data?.accounts.pageInfo.endCursor} />
      </Card>
      <AccountFormDrawer open={creating} onClose={() => setCreating(false)} />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
