import { Empty } from 'antd';
import { useMemo } from 'react';
import type { ChartOption } from './EChart';
import { LazyChart } from './LazyChart';

export interface TrendPoint {
  label: string;
  /** null where the period has no score yet (the line breaks there) */
  value: number | null;
}

/** A score across the cycle's periods of one kind. */
export function ScoreTrendChart({ points, name, height = 260 }: { points: TrendPoint[]; name: string; height?: number }) {
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 16, right: 56, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.map((p) => p.label), boundaryGap: false },
      yAxis: { type: 'value', scale: true, name: '分', nameGap: 20 },
      series: [
        {
          name,
          type: 'line',
          data: points.map((p) => p.value),
          connectNulls: false,
          symbolSize: 8,
          label: { show: true, position: 'top' },
          itemStyle: { color: '#1677ff' },
        },
      ],
    }),
    [points, name],
  );
  if (points.every((p) => p.value === null)) return <Empty description="暂无可比较的得分" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return <LazyChart option={option} height={height} ariaLabel={`${name}：${points.map((p) => `${p.label} ${p.value ?? '无'}`).join('，')}`} />;
}
