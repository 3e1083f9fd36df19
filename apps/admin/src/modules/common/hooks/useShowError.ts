import { describeError } from '@govtrust/ui';
import { App } from 'antd';
import { useCallback } from 'react';

/** Shows any request failure as the shared Chinese message; returns the code for callers that branch on it. */
export function useShowError(): (error: unknown) => string {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      const described = describeError(error);
      void message.error(described.message);
      return described.code;
    },
    [message],
  );
}
