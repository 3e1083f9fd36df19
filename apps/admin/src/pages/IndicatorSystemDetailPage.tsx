import { validateSystem } from '@govtrust/indicators';
import { Breadcrumb, Button, Result, Space, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { LivePreview } from '../modules/indicator-systems/components/LivePreview';
import { SystemOverview } from '../modules/indicator-systems/components/SystemOverview';
import { SystemStructure } from '../modules/indicator-systems/components/SystemStructure';
import { findIndicatorSystemPreset, presetSamples } from '../modules/indicator-systems/presets';

const TAB_KEYS = ['structure', 'preview', 'notes'];

export default function IndicatorSystemDetailPage() {
  const { id = '' } = useParams();
  // the tab is in the URL so a preview or a node can be linked to and reloaded
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = TAB_KEYS.includes(searchParams.get('tab') ?? '') ? (searchParams.get('tab') as string) : 'structure';
  const system = useMemo(() => findIndicatorSystemPreset(id), [id]);
  const problems = useMemo(() => (system ? validateSystem(system) : []), [system]);
  const samples = useMemo(() => presetSamples(id), [id]);

  if (!system) {
    return (
      <Result
        status="404"
        title="未找到该指标体系"
        subTitle={`编号“${id}”不存在`}
        extra={
          <Link to="/indicator-systems">
            <Button type="primary">返回指标体系列表</Button>
          </Link>
        }
      />
    );
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Breadcrumb items={[{ title: <Link to="/indicator-systems">指标体系</Link> }, { title: system.name }]} />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {system.name}
      </Typography.Title>
      <SystemOverview system={system} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
        items={[
          { key: 'structure', label: '指标结构', children: <SystemStructure system={system} problems={problems} /> },
          { key: 'preview', label: '实时试算', children: <LivePreview key={system.id} system={system} samples={samples} /> },
          {
            key: 'notes',
            label: '解读说明',
            children: (
              <ul>
                {(system.notes ?? []).map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Space>
  );
}
