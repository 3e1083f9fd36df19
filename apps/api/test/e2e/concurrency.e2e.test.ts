import http from 'node:http';
import { SubmissionTransition } from '../../src/modules/submissions/submission-transition.entity';
import { Submission } from '../../src/modules/submissions/submission.entity';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { Role } from '../utils/fixtures';
import { codeOf, type GqlResult } from '../utils/gql-client';
import {
  APPROVE,
  createSubmissionWorld,
  RETURN,
  SAVE,
  SUBMIT,
  submitFgwTask,
  type SubmissionRow,
  type SubmissionWorld,
} from '../utils/submission-world';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { loginStaff } from '../utils/workflow-fixtures';

const TRIALS = 100;
const REOPEN = `mutation($input: SubmissionReasonInput!) { reopenSubmission(input: $input) { id state version } }`;

/**
 * Sends a GraphQL request and destroys the socket as soon as the body is written, like a client
 * whose connection drops before the answer arrives. Resolves once the request has left.
 */
function sendAndDrop(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<void> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'content-length': Buffer.byteLength(body),
      },
    });
    req.on('error', () => undefined);
    req.end(body, () => {
      req.destroy();
      resolve();
    });
    req.on('response', () => reject(new Error('the answer should never be read')));
  });
}

async function until<T>(probe: () => Promise<T | null | undefined>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(engines)('concurrent reviewers and retried requests on %s', (engine) => {
  let t: TestServer;
  let world: SubmissionWorld;
  let submitter: { token: string; id: string; unitId: string; evidenceId: string };
  let reviewerA: string;
  let reviewerB: string;

  beforeAll(async () => {
    t = await startTestServer(engine);
    world = await createSubmissionWorld(t);
    submitter = await world.submitterOf('GH-FGW');
    reviewerA = world.officeToken;
    reviewerB = (await loginStaff(t, Role.CREDIT_OFFICE)).token;
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const transitions = (submissionId: string) =>
    t.dataSource.getRepository(SubmissionTransition).countBy({ submissionId });

  it(`lets exactly one of two reviewers act on the same version, ${TRIALS} times, losing no update`, async () => {
    let s: SubmissionRow = await submitFgwTask(t.gql, world, submitter);
    const tally = { approved: 0, returned: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const version = s.version;
      const before = await transitions(s.id);
      // odd trials race approve against return, even ones approve against approve
      const second =
        trial % 2 === 1
          ? t.gql<{ returnSubmission: SubmissionRow }>(
              RETURN,
              { input: { submissionId: s.id, expectedVersion: version, reason: `第${trial}次退回` } },
              { token: reviewerB },
            )
          : t.gql<{ approveSubmission: SubmissionRow }>(
              APPROVE,
              { input: { submissionId: s.id, expectedVersion: version } },
              { token: reviewerB },
            );
      const results: Array<GqlResult<Record<string, SubmissionRow>>> = await Promise.all([
        t.gql<{ approveSubmission: SubmissionRow }>(
          APPROVE,
          { input: { submissionId: s.id, expectedVersion: version } },
          { token: reviewerA },
        ),
        second,
      ]);
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map(codeOf)).toEqual(['CONFLICT']);
      const won = Object.values(winners[0]!.data!)[0]!;
      const stored = await t.dataSource.getRepository(Submission).findOneByOrFail({ id: s.id });
      // the stored row is the winner's, one version and one transition further: nothing lost, nothing doubled
      expect({ state: stored.state, version: stored.version }).toEqual({
        state: won.state,
        version: version + 1,
      });
      expect(await transitions(s.id)).toBe(before + 1);
      if (won.state === 'APPROVED') {
        tally.approved++;
        const reopened = await t.gql<{ reopenSubmission: SubmissionRow }>(
          REOPEN,
          { input: { submissionId: s.id, expectedVersion: won.version, reason: '复核' } },
          { token: reviewerA },
        );
        expect(reopened.errors).toBeUndefined();
        s = reopened.data!.reopenSubmission;
      } else {
        tally.returned++;
        s = won;
      }
      const resubmitted = await t.gql<{ submitSubmission: SubmissionRow }>(
        SUBMIT,
        { input: { submissionId: s.id, expectedVersion: s.version } },
        { token: submitter.token },
      );
      expect(resubmitted.errors).toBeUndefined();
      s = resubmitted.data!.submitSubmission;
    }
    expect(tally.approved + tally.returned).toBe(TRIALS);
    expect(tally.approved).toBeGreaterThanOrEqual(TRIALS / 2);
  }, 240_000);

  it('replays a submit retried with the same key after the connection dropped, creating nothing twice', async () => {
    const task = world.taskIds.get('GH-MW-03');
    expect(task).toBeDefined();
    const mw = await world.submitterOf('GH-MW');
    const draftKey = `draft-${engine}-${Date.now()}`;
    const input = { taskId: task, periodId: world.yearPeriodId, values: {}, idempotencyKey: draftKey };
    const countsBefore = await t.dataSource.getRepository(Submission).countBy({ unitId: mw.unitId });
    await sendAndDrop(t.url, mw.token, SAVE, { input });
    const created = await until(() =>
      t.dataSource.getRepository(Submission).findOneBy({ unitId: mw.unitId, taskId: task }),
    );
    const retried = await t.gql<{ saveSubmissionDraft: SubmissionRow }>(SAVE, { input }, { token: mw.token });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.saveSubmissionDraft).toMatchObject({ id: created.id, version: created.version });
    expect(await t.dataSource.getRepository(Submission).countBy({ unitId: mw.unitId })).toBe(
      countsBefore + 1,
    );
    expect(
      await t.dataSource.getRepository(AuditLog).countBy({ entity: 'Submission', entityId: created.id }),
    ).toBe(1);
  });

  it('answers a retried submit with the first result and records one transition', async () => {
    const fgw2 = await world.submitterOf('GH-FGW');
    const s = await t.dataSource
      .getRepository(Submission)
      .findOneByOrFail({ unitId: fgw2.unitId, taskId: world.taskIds.get('GH-FGW-19')! });
    // bring it back to RETURNED so it can be submitted again
    if (s.state !== 'RETURNED') {
      const back = await t.gql<{ returnSubmission: SubmissionRow }>(
        RETURN,
        { input: { submissionId: s.id, expectedVersion: s.version, reason: '补充材料' } },
        { token: reviewerA },
      );
      expect(back.errors).toBeUndefined();
    }
    const current = await t.dataSource.getRepository(Submission).findOneByOrFail({ id: s.id });
    const before = await transitions(s.id);
    const key = `submit-${engine}-${Date.now()}`;
    const input = { submissionId: s.id, expectedVersion: current.version, idempotencyKey: key };
    await sendAndDrop(t.url, fgw2.token, SUBMIT, { input });
    await until(async () => (await transitions(s.id)) === before + 1);
    const retried = await t.gql<{ submitSubmission: SubmissionRow }>(
      SUBMIT,
      { input },
      { token: fgw2.token },
    );
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.submitSubmission).toMatchObject({
      id: s.id,
      state: 'RESUBMITTED',
      version: current.version + 1,
    });
    expect(await transitions(s.id)).toBe(before + 1);

    // an approve retried with the same key after a drop answers with the first approval
    const approveInput = {
      submissionId: s.id,
      expectedVersion: current.version + 1,
      idempotencyKey: `approve-${key}`,
    };
    await sendAndDrop(t.url, reviewerA, APPROVE, { input: approveInput });
    await until(async () => (await transitions(s.id)) === before + 2);
    const again = await t.gql<{ approveSubmission: SubmissionRow }>(
      APPROVE,
      { input: approveInput },
      { token: reviewerA },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.approveSubmission).toMatchObject({ state: 'APPROVED', version: current.version + 2 });
    expect(await transitions(s.id)).toBe(before + 2);
    expect((await t.dataSource.getRepository(Submission).findOneByOrFail({ id: s.id })).version).toBe(
      current.version + 2,
    );
  });
});
