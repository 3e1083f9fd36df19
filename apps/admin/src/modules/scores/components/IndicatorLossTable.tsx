import { Table, Tag, Typography } from 'antd';
import type { IndicatorLossesQuery } from '../../../generated/graphql';
import { compareNumbers } from '../utils/rankingRows';

type Loss = IndicatorLossesQuery['indicatorLosses'][number];

/** Every indicator's average, average loss and units at zero, with the score-band counts. */
export function IndicatorLossTable({ losses }: { losses: Loss[] }) {
  return (
    <Table<Loss>
      rowKey="code"
      size="small"
      style={{ marginTop: 16 }}
      dataSource={losses}
      pagination={{ defaultPageSize: 10, showSizeChanger: true, showTotal: (total) => `共 ${total} 项指标` }}
      scroll={{ x: 900 }}
      columns={[
        {
          title: '指标',
          key: 'name',
          render: (_, l) => (
            <span>
              <Typography.Text type="secondary">{l.code}</Typography.Text> <Typography.Text strong={l.level === 'CATEGORY'}>{l.name}</Typography.Text>
            </span>
          ),
        },
        { title: '分值', dataIndex: 'maxPoints', width: 80, align: 'right' },
        { title: '平均得分', dataIndex: 'averagePoints', width: 100, align: 'right' },
        {
          title: '平均失分',
          dataIndex: 'averageLoss',
          width: 100,
          align: 'right',
          defaultSortOrder: 'descend',
          sorter: (a, b) => compareNumbers(a.averageLoss, b.averageLoss),
          render: (v: string) => (Number(v) > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : v),
        },
        { title: '得0分单位', dataIndex: 'unitsAtZero', width: 100, align: 'right', sorter: (a, b) => a.unitsAtZero - b.unitsAtZero },
        { title: '参评单位', dataIndex: 'unitCount', width: 90, align: 'right' },
        {
          title: '分布',
          key: 'buckets',
          width: 320,
          render: (_, l) =>
            l.buckets.map((b) => (
              <Tag key={b.bucket} bordered={false}>
                {b.label} {b.count}
              </Tag>
            )),
        },
      ]}
    />
  );
}
