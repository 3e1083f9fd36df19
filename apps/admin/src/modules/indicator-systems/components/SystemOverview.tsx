import type { IndicatorSystem } from '@govtrust/indicators';
import { GradeTag } from '@govtrust/ui';
import { Descriptions, Space, Tag } from 'antd';
import { PERIOD_KIND_LABELS, unitKindsText } from '../utils/labels';
import { checkSystemTotal } from '../utils/pointsCheck';
import { describeRange } from '../utils/describeRule';
import { sourceDocumentText } from '../utils/systemSummary';

export interface SystemOverviewProps {
  system: IndicatorSystem;
}

export function SystemOverview({ system }: SystemOverviewProps) {
  const total = checkSystemTotal(system);
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
      <Descriptions.Item label="来源文件" span={2}>
        {sourceDocumentText(system.source)}
        {system.source.issuedBy ? `（${system.source.issuedBy}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="评价对象">{unitKindsText(system.unitKinds)}</Descriptions.Item>
      <Descriptions.Item label="监测周期">{PERIOD_KIND_LABELS[system.periodKind]}</Descriptions.Item>
      <Descriptions.Item label="满分">
        {String(system.totalPoints)} 分
        <Tag color={total.consistent ? 'success' : 'warning'} style={{ marginInlineStart: 8 }} data-testid="total-check">
          一级指标合计 {total.childrenSum} 分{total.consistent ? '' : '，不一致'}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label="版本">第 {system.version} 版</Descriptions.Item>
      {system.unitClasses && system.unitClasses.length > 0 ? (
        <Descriptions.Item label="单位分类" span={2}>
          {system.unitClasses.map((c) => (
            <Tag key={c.code}>{c.label}</Tag>
          ))}
        </Descriptions.Item>
      ) : null}
      {system.grading && system.grading.length > 0 ? (
        <Descriptions.Item label="评级" span={2}>
          <Space wrap>
            {system.grading.map((band) => (
              <span key={band.grade}>
                <GradeTag grade={band.grade} />
                {describeRange(band, '总分', '')}
              </span>
            ))}
          </Space>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
