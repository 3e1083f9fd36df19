import { collectInputFields, type IndicatorSystem } from '@govtrust/indicators';
import { App, Breadcrumb, Button, Result, Space, Spin, Tabs, Tag, theme, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAccess } from '../modules/auth/hooks/useSession';
import { QueryError } from '../modules/common/components/QueryError';
import { LivePreview } from '../modules/indicator-systems/components/LivePreview';
import { PreviewTotal } from '../modules/indicator-systems/components/editor/PreviewTotal';
import { SystemDiffView } from '../modules/indicator-systems/components/editor/SystemDiffView';
import { SystemEditor } from '../modules/indicator-systems/components/editor/SystemEditor';
import { SystemOverview } from '../modules/indicator-systems/components/SystemOverview';
import { VersionHistory } from '../modules/indicator-systems/components/VersionHistory';
import { useSystemDraft } from '../modules/indicator-systems/hooks/useSystemDraft';
import { presetSamples } from '../modules/indicator-systems/presets';
import { STATUS_LABELS } from '../modules/indicator-systems/utils/statusLabels';
import { diffSystems } from '../modules/indicator-systems/utils/systemDiff';

const TAB_KEYS = ['edit', 'diff', 'preview', 'versions'];

export default function IndicatorSystemDetailPage() {
  const { id: key = '' } = useParams();
  const { modal } = App.useApp();
  const canEdit = useAccess().canConfigureSystems;
  const { token } = theme.useToken();
  // the tab is in the URL so a diff or a preview can be linked to and reloaded
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = TAB_KEYS.includes(searchParams.get('tab') ?? '') ? (searchParams.get('tab') as string) : 'edit';
  const draft = useSystemDraft(key);
  const { working, latest, published } = draft;
  const samples = useMemo(() => presetSamples(key), [key]);
  const diff = useMemo(() => (working && published ? diffSystems(published.definition as IndicatorSystem, working) : null), [working, published]);
  const fields = useMemo(() => new Map((working ? collectInputFields(working) : []).map((f) => [f.key, f])), [working]);

  if (draft.error && !latest) return <QueryError error={draft.error} onRetry={() => void draft.refetch()} />;
  if (draft.loading && !latest) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (!latest || !working) {
    return (
      <Result
        status="404"
        title="未找到该指标体系"
        subTitle={`标识“${key}”不存在`}
        extra={
          <Link to="/indicator-systems">
            <Button type="primary">返回指标体系列表</Button>
          </Link>
        }
      />
    );
  }

  const isDraft = latest.status === 'DRAFT';
  const confirmPublish = () =>
    modal.confirm({
      title: `发布第 ${latest.systemVersion} 版？`,
      content: '发布后该版本不可再修改；考核周期改用新版本后将按新规则重新计分。',
      okText: '发布',
      cancelText: '取消',
      onOk: draft.publish,
    });

  // a plain flex column, not Space: Space wraps each child in its own box and sticky needs the page as its container
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Breadcrumb items={[{ title: <Link to="/indicator-systems">指标体系</Link> }, { title: working.name }]} />
      {/* the status, the preview total and the actions stay in view while a long rule form scrolls */}
      <Space
        style={{ width: '100%', justifyContent: 'space-between', position: 'sticky', top: 0, zIndex: 10, background: token.colorBgLayout, padding: '8px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
        align="start"
        wrap
      >
        <Space orientation="vertical" size={4}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {working.name}
          </Typography.Title>
          <Space>
            <Tag color={isDraft ? 'processing' : 'success'} data-testid="system-status">
              第 {latest.systemVersion} 版 · {STATUS_LABELS[latest.status]}
            </Tag>
            {draft.dirty ? <Tag color="warning">有未保存的修改</Tag> : null}
            {!isDraft && canEdit ? <Typography.Text type="secondary">修改后保存将生成第 {latest.systemVersion + 1} 版草稿</Typography.Text> : null}
          </Space>
        </Space>
        <Space align="center" size="large">
          <PreviewTotal system={working} sample={samples[0]} />
          {canEdit ? (
            <Space>
              <Button disabled={!draft.dirty} onClick={() => void draft.reload()}>
                放弃修改
              </Button>
              <Button type="primary" disabled={!draft.dirty} loading={draft.saving} onClick={() => void draft.saveDraft()}>
                保存草稿
              </Button>
              <Button disabled={!isDraft || draft.dirty} loading={draft.publishing} onClick={confirmPublish} title={draft.dirty ? '请先保存草稿' : undefined}>
                发布
              </Button>
            </Space>
          ) : null}
        </Space>
      </Space>
      <SystemOverview system={working} />
      <Tabs
        activeKey={tab}
        onChange={(next) => setSearchParams({ tab: next }, { replace: true })}
        items={[
          { key: 'edit', label: canEdit ? '编辑' : '指标结构', children: <SystemEditor system={working} onChange={draft.edit} serverProblems={draft.serverProblems} readOnly={!canEdit} /> },
          {
            key: 'diff',
            label: '与已发布版本对比',
            children: <SystemDiffView diff={diff} fields={fields} baseLabel={published ? `第${published.systemVersion}版（已发布）` : ''} />,
          },
          { key: 'preview', label: '实时试算', children: <LivePreview key={working.id} system={working} samples={samples} /> },
          { key: 'versions', label: '版本记录', children: <VersionHistory versions={draft.versions} /> },
        ]}
      />
    </div>
  );
}
