import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useShowError } from '../../common/hooks/useShowError';
import { RECOMPUTE_SCORES } from '../graphql/mutations/recomputeScoresMutation';

/** 重新计算: scores the period again from its approved data (history is kept by the API). */
export function useRecompute(onDone: () => void) {
  const [recompute, { loading }] = useMutation(RECOMPUTE_SCORES);
  const showError = useShowError();
  const { message } = App.useApp();
  const run = async (periodId: string) => {
    try {
      const { data } = await recompute({ variables: { periodId } });
      const result = data?.recomputeScores;
      if (result) void message.success(`已重新计算 ${result.cards} 个单位${result.provisional > 0 ? `，其中 ${result.provisional} 个为暂定` : ''}`);
      onDone();
    } catch (error) {
      showError(error);
    }
  };
  return { run, loading };
}
