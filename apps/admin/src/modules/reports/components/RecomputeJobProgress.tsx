import { Progress, Space, Steps, Typography } from 'antd';
import type { RecomputeJobFieldsFragment } from '../../../generated/graphql';
import { RECOMPUTE_STEP_TITLES, recomputeStepView } from '../utils/recomputeSteps';

/** A running recompute: its four steps (读取数据 → 计分 → 写入结果 → 预警评估), the bar, and the unit count once known. */
export function RecomputeJobProgress({ job }: { job: RecomputeJobFieldsFragment }) {
  const view = recomputeStepView(job);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="recompute-progress">
      <Steps size="small" orientation="vertical" current={view.current} status={view.status} items={RECOMPUTE_STEP_TITLES.map((title) => ({ title }))} />
      <Progress percent={job.progress} size="small" status={view.status === 'error' ? 'exception' : job.status === 'SUCCEEDED' ? 'success' : 'active'} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {view.caption}
      </Typography.Text>
    </Space>
  );
}
