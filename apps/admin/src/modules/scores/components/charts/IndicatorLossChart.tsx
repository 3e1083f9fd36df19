import { Empty } from 'antd';
import { useMemo } from 'react';
import type { IndicatorLossesQuery } from '../../../../generated/graphql';
import { points } from '../../utils/rankingRows';
import type { ChartOption } from './EChart';
import { LazyChart } from './LazyChart';

type Loss = IndicatorLossesQuery['indicatorLosses'][number];

const SHOWN = 12;

/** The indicators where units lose most on average (bars), with how many units scored nothing on each. */
export function IndicatorLossChart({ losses }: { losses: Loss[] }) {
  const worst = useMemo(
    () =>
      losses
        .filter((l) => l.level !== 'CATEGORY' && points(l.averageLoss) > 0)
        .sort((a, b) => points(b.averageLoss) - points(a.averageLoss))
        .slice(0, SHOWN)
        .reverse(),
    [losses],
  );
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: {
        type: 'category',
        data: worst.map((l) => `${l.code} ${l.name}`),
        axisLabel: { width: 220, overflow: 'truncate' },
      },
      series: [
        { name: '平均失分', type: 'bar', data: worst.map((l) => points(l.averageLoss)), itemStyle: { color: '#fa8c16' } },
        { name: '得0分单位数', type: 'bar', data: worst.map((l) => l.unitsAtZero), itemStyle: { color: '#bfbfbf' } },
      ],
    }),
    [worst],
  );
  if (worst.length === 0) return <Empty description="各指标均未失分" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return <LazyChart option={option} height={Math.max(240, worst.length * 34 + 60)} ariaLabel={`失分最多的指标：${worst.map((l) => l.name).reverse().join('，')}`} />;
}
