import { useQuery } from '@apollo/client/react';
import { Typography } from 'antd';
import { UNIT_LABEL } from '../graphql/queries/unitLabelQuery';

/**
 * The name of a unit known only by id, for rows the API returns without a `unit` field. Read
 * once per id (cache-first), so a table repeating a unit asks for it once.
 */
export function UnitName({ id }: { id: string }) {
  const { data, error } = useQuery(UNIT_LABEL, { variables: { id }, fetchPolicy: 'cache-first' });
  if (data?.unit.id === id) return <span title={data.unit.code}>{data.unit.name}</span>;
  return <Typography.Text type="secondary">{error ? '未找到该单位' : '…'}</Typography.Text>;
}
