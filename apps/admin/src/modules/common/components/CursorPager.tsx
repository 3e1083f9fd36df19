import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { CursorPages } from '../hooks/useCursorPages';

export interface CursorPagerProps {
  pages: CursorPages;
  totalCount: number | undefined;
  pageSize: number;
  hasNextPage: boolean | undefined;
  endCursor: string | null | undefined;
}

export function CursorPager({ pages, totalCount, pageSize, hasNextPage, endCursor }: CursorPagerProps) {
  const pageCount = totalCount === undefined ? undefined : Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <Space style={{ justifyContent: 'flex-end', width: '100%', marginTop: 12 }}>
      <Typography.Text type="secondary">
        共 {totalCount ?? '—'} 条 · 第 {pages.page}
        {pageCount ? ` / ${pageCount}` : ''} 页
      </Typography.Text>
      <Button size="small" icon={<LeftOutlined />} disabled={pages.page <= 1} onClick={pages.previous}>
        上一页
      </Button>
      <Button size="small" disabled={!hasNextPage} onClick={() => pages.next(endCursor)}>
        下一页 <RightOutlined />
      </Button>
    </Space>
  );
}
