import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { UnitKind } from '../../../generated/graphql';
import { UNIT_OPTIONS } from '../graphql/queries/unitOptionsQuery';

/** Units for a Select: 「编码 名称」, searchable by either. */
export function useUnitOptions(kind?: UnitKind) {
  const { data, loading } = useQuery(UNIT_OPTIONS, { variables: { filter: kind ? { kind } : null } });
  const units = useMemo(() => data?.units.nodes ?? [], [data]);
  const options = useMemo(() => units.map((u) => ({ value: u.id, label: u.name, code: u.code })), [units]);
  const nameOf = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units]);
  return { units, options, nameOf, loading };
}
