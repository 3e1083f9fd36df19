import { Button, Flex, Typography } from 'antd';

export interface BulkApproveBarProps {
  count: number;
  loading: boolean;
  onApprove: () => void;
  onClear: () => void;
}

/** The footer toolbar of a list page (ant-design-pro's FooterToolbar) for the selected rows. */
export function BulkApproveBar({ count, loading, onApprove, onClear }: BulkApproveBarProps) {
  if (count === 0) return null;
  return (
    <Flex
      justify="space-between"
      align="center"
      style={{ position: 'sticky', bottom: 0, zIndex: 5, marginTop: 12, padding: '10px 16px', background: '#fff', borderTop: '1px solid #f0f0f0', boxShadow: '0 -4px 12px rgba(0,0,0,0.06)' }}
    >
      <Typography.Text>
        已选择 <Typography.Text strong>{count}</Typography.Text> 项
      </Typography.Text>
      <Flex gap={8}>
        <Button onClick={onClear}>取消选择</Button>
        <Button type="primary" loading={loading} onClick={onApprove}>
          批量通过
        </Button>
      </Flex>
    </Flex>
  );
}
