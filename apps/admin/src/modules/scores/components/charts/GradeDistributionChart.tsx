import { Empty } from 'antd';
import { useMemo } from 'react';
import type { ChartOption } from './EChart';
import { LazyChart } from './LazyChart';
import { GRADE_COLORS, type GradeCount } from '../../utils/scoreDistribution';

/** 红/蓝/黄名单 shares as a ring, in the GradeTag colours. */
export function GradeDistributionChart({ counts, height = 260 }: { counts: GradeCount[]; height?: number }) {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c} 个单位（{d}%）' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '70%'],
          center: ['50%', '45%'],
          label: { formatter: '{b}\n{c}' },
          data: counts.map((c) => ({ name: c.label, value: c.count, itemStyle: { color: c.grade ? GRADE_COLORS[c.grade] : '#bfbfbf' } })),
        },
      ],
    }),
    [counts],
  );
  if (total === 0) return <Empty description="暂无评级结果" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return <LazyChart option={option} height={height} ariaLabel={`等级分布：${counts.map((c) => `${c.label}${c.count}个`).join('，')}`} />;
}
