import { useMutation, useQuery } from '@apollo/client/react';
import type { InputValues } from '@govtrust/indicators';
import { describeError } from '@govtrust/ui';
import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ENTER_MONITORING_VALUES } from '../graphql/mutations/enterMonitoringValuesMutation';
import { MONITORING_ENTRY } from '../graphql/queries/monitoringEntryQuery';
import { valuesToSend } from '../utils/valuesToSend';

/** One unit's monitoring values for one period: the stored entry, the form's copy, and saving with the entry's version. */
export function useMonitoringEntry(periodId: string | undefined, unitId: string | undefined, fieldKeys: readonly string[]) {
  const { message, modal } = App.useApp();
  const skip = !periodId || !unitId;
  const { data, loading, error, refetch } = useQuery(MONITORING_ENTRY, {
    variables: { periodId: periodId ?? '', unitId: unitId ?? '' },
    skip,
    fetchPolicy: 'network-only',
  });
  const entry = skip ? undefined : data?.monitoringEntry;
  const [values, setValues] = useState<InputValues>({});
  const [dirty, setDirty] = useState(false);
  const [enter, { loading: saving }] = useMutation(ENTER_MONITORING_VALUES);

  useEffect(() => {
    setValues(((entry?.values as InputValues | undefined) ?? {}) as InputValues);
    setDirty(false);
  }, [entry, periodId, unitId]);

  const change = useCallback((next: InputValues) => {
    setValues(next);
    setDirty(true);
  }, []);

  const save = useCallback(async () => {
    if (!periodId || !unitId) return;
    try {
      await enter({
        variables: {
          input: { periodId, unitId, values: valuesToSend((entry?.values as InputValues | undefined) ?? {}, values, fieldKeys), expectedVersion: entry?.version ?? null },
        },
      });
      await refetch();
      void message.success('监测数据已保存，得分已重新计算');
    } catch (failure) {
      const described = describeError(failure);
      if (described.code === 'CONFLICT') {
        modal.confirm({
          title: '他人已修改了该单位本期的监测数据',
          content: '重新加载将放弃您未保存的修改。',
          okText: '重新加载',
          cancelText: '暂不加载',
          onOk: async () => {
            setDirty(false);
            await refetch();
          },
        });
      } else {
        void message.error(described.message);
      }
    }
  }, [periodId, unitId, enter, entry, values, fieldKeys, refetch, message, modal]);

  return { entry, loading, error, refetch, values, change, dirty, save, saving };
}
