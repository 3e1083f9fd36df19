import type { IndicatorSystem } from '@govtrust/indicators';
import { walkNodes } from '@govtrust/indicators';
import { Alert, Space, Tag } from 'antd';
import { checkChildrenPoints, checkSystemTotal } from '../../utils/pointsCheck';

/** Live check of the points: categories against the stated total, every parent against its children. */
export function PointsSummary({ system }: { system: IndicatorSystem }) {
  const total = checkSystemTotal(system);
  const mismatched: string[] = [];
  walkNodes(system, ({ node }) => {
    const check = checkChildrenPoints(node);
    if (check && !check.consistent) mismatched.push(`${node.code} ${node.name}：分值 ${String(node.maxPoints)}，下级合计 ${check.childrenSum}`);
  });
  if (total.consistent && mismatched.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="points-summary"
        title={
          <Space>
            分值核对一致：一级指标合计 <Tag color="success">{total.childrenSum} 分</Tag> 等于满分 {String(system.totalPoints)} 分
          </Space>
        }
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="points-summary"
      title={
        total.consistent
          ? `一级指标合计 ${total.childrenSum} 分等于满分，但有 ${mismatched.length} 处下级分值合计与上级不一致`
          : `一级指标合计 ${total.childrenSum} 分，与体系满分 ${String(system.totalPoints)} 分不一致`
      }
      description={
        mismatched.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {mismatched.slice(0, 8).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {mismatched.length > 8 ? <li>……另有 {mismatched.length - 8} 处</li> : null}
          </ul>
        ) : undefined
      }
    />
  );
}
