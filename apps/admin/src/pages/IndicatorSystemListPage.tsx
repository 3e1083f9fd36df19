import { Alert, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { PresetTable } from '../modules/indicator-systems/components/PresetTable';
import { indicatorSystemPresets } from '../modules/indicator-systems/presets';
import { summarizeSystem } from '../modules/indicator-systems/utils/systemSummary';

export default function IndicatorSystemListPage() {
  const systems = useMemo(() => indicatorSystemPresets().map((system) => summarizeSystem(system)), []);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        指标体系
      </Typography.Title>
      <Alert
        type="info"
        showIcon
        title="以下为依据政策文件编码的预置指标体系，可查看原文与编码的对照并在浏览器中试算。接入数据接口后，这里将列出平台保存的指标体系及其版本。"
      />
      <PresetTable systems={systems} />
    </Space>
  );
}
