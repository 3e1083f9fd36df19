import { Empty } from 'antd';
import { useMemo } from 'react';
import type { ScoreBin } from '../../utils/scoreDistribution';
import type { ChartOption } from './EChart';
import { LazyChart } from './LazyChart';

export function ScoreHistogramChart({ bins }: { bins: ScoreBin[] }) {
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', formatter: '得分率 {b}<br/>{c} 个单位' },
      grid: { left: 40, right: 16, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: bins.map((b) => b.label), name: '得分率' },
      yAxis: { type: 'value', minInterval: 1, name: '单位数' },
      series: [{ type: 'bar', data: bins.map((b) => b.count), itemStyle: { color: '#1677ff' }, barWidth: '60%', label: { show: true, position: 'top' } }],
    }),
    [bins],
  );
  if (bins.every((b) => b.count === 0)) return <Empty description="暂无得分" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return <LazyChart option={option} height={260} ariaLabel={`得分分布：${bins.map((b) => `${b.label} ${b.count}个`).join('，')}`} />;
}
