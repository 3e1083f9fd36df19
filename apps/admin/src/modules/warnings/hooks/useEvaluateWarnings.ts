import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useShowError } from '../../common/hooks/useShowError';
import { EVALUATE_WARNINGS } from '../graphql/mutations/evaluateWarningsMutation';

/** 立即评估: runs the rules over a period now instead of waiting for the daily run. */
export function useEvaluateWarnings(onDone: () => void) {
  const [evaluate, { loading }] = useMutation(EVALUATE_WARNINGS);
  const showError = useShowError();
  const { message } = App.useApp();
  const run = async (periodId: string, periodLabel: string) => {
    try {
      const { data } = await evaluate({ variables: { periodId } });
      const r = data?.evaluateWarnings;
      if (r) void message.success(`${periodLabel}评估完成：新增 ${r.opened} 条，仍存在 ${r.kept} 条，解除 ${r.resolved} 条${r.scoresEvaluated ? '' : '（尚无计分结果，未评估分数类规则）'}`);
      onDone();
    } catch (error) {
      showError(error);
    }
  };
  return { run, loading };
}
