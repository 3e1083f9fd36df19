import { minimalPdf } from '../../../api/test/utils/sample-files';
import { GraphQLClient } from './graphqlClient';

export const DEMO_PASSWORD = 'Demo@2026';

interface MyTask {
  task: { id: string; code: string };
  period: { id: string; kind: string; label: string };
  submissionId: string | null;
}

interface SubmissionRef {
  id: string;
  version: number;
  state: string;
}

const SUBMISSION_FIELDS = 'id version state';

/**
 * One department's quarterly task (市教体局, 序号5: 诚信文化宣传 with a count and photo/PDF evidence)
 * through the unit's side of the workflow: draft with evidence → submit → approver signs off.
 */
export class UnitWorkflow {
  private readonly submitter: GraphQLClient;
  private readonly approver: GraphQLClient;
  taskId = '';
  periodId = '';
  periodLabel = '';
  evidenceId = '';

  constructor(
    baseUrl: string,
    private readonly prefix = 'gh05',
    private readonly taskCode = 'GH-JTJ-13',
  ) {
    this.submitter = new GraphQLClient(baseUrl);
    this.approver = new GraphQLClient(baseUrl);
  }

  async login(): Promise<void> {
    await this.submitter.login(`${this.prefix}.submit`, DEMO_PASSWORD);
    await this.approver.login(`${this.prefix}.approve`, DEMO_PASSWORD);
  }

  /** Creates the submission with a PDF and sends it to the credit office; returns it. */
  async submitFirstTime(count: number): Promise<SubmissionRef> {
    const { myTasks } = await this.submitter.request<{ myTasks: MyTask[] }>('{ myTasks { submissionId task { id code } period { id kind label } } }');
    const task = myTasks.find((t) => t.task.code === this.taskCode && t.period.kind === 'QUARTER');
    if (!task) throw new Error(`${this.taskCode} is not among ${this.prefix}'s open tasks`);
    this.taskId = task.task.id;
    this.periodId = task.period.id;
    this.periodLabel = task.period.label;
    this.evidenceId = await this.submitter.uploadEvidence('诚信文化宣传活动记录.pdf', minimalPdf('Integrity publicity 2023 Q4', { width: 595, height: 842, fontSize: 28 }), 'application/pdf');
    const draft = await this.saveDraft(count, undefined);
    return this.submitAndSignOff(draft);
  }

  /** After a return: corrects the value and sends it again (→ 已重新报送 after sign-off). */
  async resubmit(submissionId: string, count: number): Promise<SubmissionRef> {
    const { submission } = await this.submitter.request<{ submission: SubmissionRef }>(`query($id: ID!) { submission(id: $id) { ${SUBMISSION_FIELDS} } }`, { id: submissionId });
    const draft = await this.saveDraft(count, submission.version);
    return this.submitAndSignOff(draft);
  }

  private async saveDraft(count: number, expectedVersion: number | undefined): Promise<SubmissionRef> {
    const { saveSubmissionDraft } = await this.submitter.request<{ saveSubmissionDraft: SubmissionRef }>(
      `mutation($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { ${SUBMISSION_FIELDS} } }`,
      { input: { taskId: this.taskId, periodId: this.periodId, values: { integrity_publicity_events: count }, evidenceIds: [this.evidenceId], expectedVersion } },
    );
    return saveSubmissionDraft;
  }

  private async submitAndSignOff(draft: SubmissionRef): Promise<SubmissionRef> {
    const { submitSubmission } = await this.submitter.request<{ submitSubmission: SubmissionRef }>(
      `mutation($input: SubmissionActionInput!) { submitSubmission(input: $input) { ${SUBMISSION_FIELDS} } }`,
      { input: { submissionId: draft.id, expectedVersion: draft.version } },
    );
    const { approverSignOff } = await this.approver.request<{ approverSignOff: SubmissionRef }>(
      `mutation($input: SubmissionActionInput!) { approverSignOff(input: $input) { ${SUBMISSION_FIELDS} } }`,
      { input: { submissionId: submitSubmission.id, expectedVersion: submitSubmission.version } },
    );
    return approverSignOff;
  }
}
