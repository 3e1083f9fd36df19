import type { IndicatorSystemStatus } from '../../../generated/graphql';

export const STATUS_LABELS: Record<IndicatorSystemStatus, string> = {
  DRAFT: '草稿',
  PUBLISHED: '已发布',
  ARCHIVED: '已归档',
};

export const STATUS_COLORS: Record<IndicatorSystemStatus, string> = {
  DRAFT: 'processing',
  PUBLISHED: 'success',
  ARCHIVED: 'default',
};
