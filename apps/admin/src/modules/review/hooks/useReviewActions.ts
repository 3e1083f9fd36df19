import { useApolloClient, useMutation } from '@apollo/client/react';
import { describeError, ERROR_MESSAGES } from '@govtrust/ui';
import { App } from 'antd';
import { useCallback } from 'react';
import type { ExemptionDecisionInput, SubmissionFieldNoteInput } from '../../../generated/graphql';
import { APPROVE_SUBMISSION } from '../graphql/mutations/approveSubmissionMutation';
import { REOPEN_SUBMISSION } from '../graphql/mutations/reopenSubmissionMutation';
import { RETURN_SUBMISSION } from '../graphql/mutations/returnSubmissionMutation';
import { REVIEW_QUEUE } from '../graphql/queries/reviewQueueQuery';
import { SUBMISSION_DETAIL } from '../graphql/queries/submissionDetailQuery';

export interface ReviewTarget {
  id: string;
  version: number;
}

/**
 * Approve / return / reopen with the version the reviewer saw. On CONFLICT (someone else moved it)
 * the reviewer is told so and the row and the drawer are read again; other failures get the shared message.
 */
export function useReviewActions() {
  const { message } = App.useApp();
  const client = useApolloClient();
  const refetchQueries = [REVIEW_QUEUE, SUBMISSION_DETAIL];
  const [approveMutation, approving] = useMutation(APPROVE_SUBMISSION, { refetchQueries });
  const [returnMutation, returning] = useMutation(RETURN_SUBMISSION, { refetchQueries });
  const [reopenMutation, reopening] = useMutation(REOPEN_SUBMISSION, { refetchQueries });

  const report = useCallback(
    (error: unknown): false => {
      const { code, message: text } = describeError(error);
      void message.error(code === 'CONFLICT' ? ERROR_MESSAGES.CONFLICT : text);
      // the row and the drawer show what the server has now
      if (code === 'CONFLICT' || code === 'INVALID_STATE') void client.refetchQueries({ include: [REVIEW_QUEUE, SUBMISSION_DETAIL] });
      return false;
    },
    [client, message],
  );

  const run = useCallback(
    async (action: () => Promise<unknown>, success: string, quiet = false): Promise<boolean> => {
      try {
        await action();
        if (!quiet) void message.success(success);
        return true;
      } catch (error) {
        return report(error);
      }
    },
    [message, report],
  );

  // optional parts are left out when empty, so a plain approve or return sends what it always did
  const notes = (fieldNotes: SubmissionFieldNoteInput[] = []) => (fieldNotes.length > 0 ? { fieldNotes } : {});
  return {
    approve: (target: ReviewTarget, quiet = false, exemptionDecisions: ExemptionDecisionInput[] = []) =>
      run(
        () =>
          approveMutation({
            variables: {
              input: {
                submissionId: target.id,
                expectedVersion: target.version,
                ...(exemptionDecisions.length > 0 ? { exemptionDecisions } : {}),
              },
            },
          }),
        '已审核通过',
        quiet,
      ),
    returnWithReason: (target: ReviewTarget, reason: string, fieldNotes?: SubmissionFieldNoteInput[]) =>
      run(
        () => returnMutation({ variables: { input: { submissionId: target.id, expectedVersion: target.version, reason, ...notes(fieldNotes) } } }),
        '已退回，单位将收到退回原因',
      ),
    reopen: (target: ReviewTarget, reason: string, fieldNotes?: SubmissionFieldNoteInput[]) =>
      run(
        () => reopenMutation({ variables: { input: { submissionId: target.id, expectedVersion: target.version, reason, ...notes(fieldNotes) } } }),
        '已重新打开，单位可修改后重新报送',
      ),
    busy: approving.loading || returning.loading || reopening.loading,
  };
}
