/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      account {\n        id\n        role\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      mustChangePassword\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query EvidenceList($first: Int) {\n    evidenceList(first: $first) {\n      nodes {\n        id\n        originalName\n        size\n        kind\n        downloadUrl\n      }\n    }\n  }\n": typeof types.EvidenceListDocument,
    "\n  query MySubmissions($first: Int, $after: String) {\n    mySubmissions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        late\n        lateDays\n        returnCount\n        submittedAt\n        updatedAt\n        lastReason\n        task {\n          id\n          code\n          title\n          category\n        }\n        period {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.MySubmissionsDocument,
    "\n  query MyScoreCard($periodId: ID!) {\n    myScoreCard(periodId: $periodId) {\n      periodId\n      total\n      maxTotal\n      grade\n      rank\n      revision\n      provisional\n      card\n      gradeOverride {\n        grade\n        manual\n        reason\n      }\n    }\n  }\n": typeof types.MyScoreCardDocument,
    "\n  query MyWarnings($periodId: ID) {\n    warnings(first: 100, filter: { periodId: $periodId, status: OPEN }) {\n      totalCount\n      nodes {\n        id\n        kind\n        severity\n        status\n        message\n        lastSeenAt\n        period {\n          id\n          label\n        }\n        task {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyWarningsDocument,
    "\n  query ScorePeriods {\n    cycles {\n      id\n      name\n      year\n      periods {\n        id\n        label\n        kind\n        index\n        status\n      }\n    }\n  }\n": typeof types.ScorePeriodsDocument,
    "\n  mutation ApproverReject($input: SubmissionReasonInput!) {\n    approverReject(input: $input) {\n      id\n      state\n      version\n      lastReason\n      lastFieldNotes {\n        key\n        note\n      }\n    }\n  }\n": typeof types.ApproverRejectDocument,
    "\n  mutation ApproverSignOff($input: SubmissionActionInput!) {\n    approverSignOff(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.ApproverSignOffDocument,
    "\n  mutation SaveSubmissionDraft($input: SaveSubmissionDraftInput!) {\n    saveSubmissionDraft(input: $input) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      exemptionClaims {\n        nodeCode\n        nodeName\n        explanation\n        decision\n        reviewNote\n      }\n    }\n  }\n": typeof types.SaveSubmissionDraftDocument,
    "\n  mutation SubmitSubmission($input: SubmissionActionInput!) {\n    submitSubmission(input: $input) {\n      id\n      state\n      version\n      late\n      submittedAt\n    }\n  }\n": typeof types.SubmitSubmissionDocument,
    "\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      lastReason\n      lastFieldNotes {\n        key\n        note\n      }\n      exemptionClaims {\n        nodeCode\n        nodeName\n        explanation\n        decision\n        reviewNote\n      }\n      returnCount\n      late\n      lateDays\n      submittedAt\n      updatedAt\n      taskId\n      periodId\n      task {\n        id\n        code\n        title\n        category\n        inputs\n      }\n      period {\n        id\n        label\n      }\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        role\n        comment\n        at\n        fieldNotes {\n          key\n          note\n        }\n      }\n    }\n  }\n": typeof types.SubmissionDocument,
    "\n  query MyTasks($periodId: ID) {\n    myTasks(periodId: $periodId) {\n      assignmentId\n      dueDate\n      daysLeft\n      late\n      overdue\n      target\n      submissionId\n      submissionState\n      submissionVersion\n      period {\n        id\n        label\n        kind\n        index\n        year\n        status\n      }\n      task {\n        id\n        code\n        title\n        category\n        target\n        deadlineText\n        sourceText\n        dataSource\n        inputs\n        evidence\n        exemptibleIndicators {\n          code\n          name\n          condition\n          policy\n          requiresEvidence\n          fieldKeys\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      account {\n        id\n        role\n        mustChangePassword\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      mustChangePassword\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query EvidenceList($first: Int) {\n    evidenceList(first: $first) {\n      nodes {\n        id\n        originalName\n        size\n        kind\n        downloadUrl\n      }\n    }\n  }\n": types.EvidenceListDocument,
    "\n  query MySubmissions($first: Int, $after: String) {\n    mySubmissions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        late\n        lateDays\n        returnCount\n        submittedAt\n        updatedAt\n        lastReason\n        task {\n          id\n          code\n          title\n          category\n        }\n        period {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.MySubmissionsDocument,
    "\n  query MyScoreCard($periodId: ID!) {\n    myScoreCard(periodId: $periodId) {\n      periodId\n      total\n      maxTotal\n      grade\n      rank\n      revision\n      provisional\n      card\n      gradeOverride {\n        grade\n        manual\n        reason\n      }\n    }\n  }\n": types.MyScoreCardDocument,
    "\n  query MyWarnings($periodId: ID) {\n    warnings(first: 100, filter: { periodId: $periodId, status: OPEN }) {\n      totalCount\n      nodes {\n        id\n        kind\n        severity\n        status\n        message\n        lastSeenAt\n        period {\n          id\n          label\n        }\n        task {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MyWarningsDocument,
    "\n  query ScorePeriods {\n    cycles {\n      id\n      name\n      year\n      periods {\n        id\n        label\n        kind\n        index\n        status\n      }\n    }\n  }\n": types.ScorePeriodsDocument,
    "\n  mutation ApproverReject($input: SubmissionReasonInput!) {\n    approverReject(input: $input) {\n      id\n      state\n      version\n      lastReason\n      lastFieldNotes {\n        key\n        note\n      }\n    }\n  }\n": types.ApproverRejectDocument,
    "\n  mutation ApproverSignOff($input: SubmissionActionInput!) {\n    approverSignOff(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": types.ApproverSignOffDocument,
    "\n  mutation SaveSubmissionDraft($input: SaveSubmissionDraftInput!) {\n    saveSubmissionDraft(input: $input) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      exemptionClaims {\n        nodeCode\n        nodeName\n        explanation\n        decision\n        reviewNote\n      }\n    }\n  }\n": types.SaveSubmissionDraftDocument,
    "\n  mutation SubmitSubmission($input: SubmissionActionInput!) {\n    submitSubmission(input: $input) {\n      id\n      state\n      version\n      late\n      submittedAt\n    }\n  }\n": types.SubmitSubmissionDocument,
    "\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      lastReason\n      lastFieldNotes {\n        key\n        note\n      }\n      exemptionClaims {\n        nodeCode\n        nodeName\n        explanation\n        decision\n        reviewNote\n      }\n      returnCount\n      late\n      lateDays\n      submittedAt\n      updatedAt\n      taskId\n      periodId\n      task {\n        id\n        code\n        title\n        category\n        inputs\n      }\n      period {\n        id\n        label\n      }\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        role\n        comment\n        at\n        fieldNotes {\n          key\n          note\n        }\n      }\n    }\n  }\n": types.SubmissionDocument,
    "\n  query MyTasks($periodId: ID) {\n    myTasks(periodId: $periodId) {\n      assignmentId\n      dueDate\n      daysLeft\n      late\n      overdue\n      target\n      submissionId\n      submissionState\n      submissionVersion\n      period {\n        id\n        label\n        kind\n        index\n        year\n        status\n      }\n      task {\n        id\n        code\n        title\n        category\n        target\n        deadlineText\n        sourceText\n        dataSource\n        inputs\n        evidence\n        exemptibleIndicators {\n          code\n          name\n          condition\n          policy\n          requiresEvidence\n          fieldKeys\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      account {\n        id\n        role\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      account {\n        id\n        role\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      mustChangePassword\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      mustChangePassword\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceList($first: Int) {\n    evidenceList(first: $first) {\n      nodes {\n        id\n        originalName\n        size\n        kind\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceList($first: Int) {\n    evidenceList(first: $first) {\n      nodes {\n        id\n        originalName\n        size\n        kind\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySubmissions($first: Int, $after: String) {\n    mySubmissions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        late\n        lateDays\n        returnCount\n        submittedAt\n        updatedAt\n        lastReason\n        task {\n          id\n          code\n          title\n          category\n        }\n        period {\n          id\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySubmissions($first: Int, $after: String) {\n    mySubmissions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        late\n        lateDays\n        returnCount\n        submittedAt\n        updatedAt\n        lastReason\n        task {\n          id\n          code\n          title\n          category\n        }\n        period {\n          id\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyScoreCard($periodId: ID!) {\n    myScoreCard(periodId: $periodId) {\n      periodId\n      total\n      maxTotal\n      grade\n      rank\n      revision\n      provisional\n      card\n      gradeOverride {\n        grade\n        manual\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyScoreCard($periodId: ID!) {\n    myScoreCard(periodId: $periodId) {\n      periodId\n      total\n      maxTotal\n      grade\n      rank\n      revision\n      provisional\n      card\n      gradeOverride {\n        grade\n        manual\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWarnings($periodId: ID) {\n    warnings(first: 100, filter: { periodId: $periodId, status: OPEN }) {\n      totalCount\n      nodes {\n        id\n        kind\n        severity\n        status\n        message\n        lastSeenAt\n        period {\n          id\n          label\n        }\n        task {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWarnings($periodId: ID) {\n    warnings(first: 100, filter: { periodId: $periodId, status: OPEN }) {\n      totalCount\n      nodes {\n        id\n        kind\n        severity\n        status\n        message\n        lastSeenAt\n        period {\n          id\n          label\n        }\n        task {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorePeriods {\n    cycles {\n      id\n      name\n      year\n      periods {\n        id\n        label\n        kind\n        index\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScorePeriods {\n    cycles {\n      id\n      name\n      year\n      periods {\n        id\n        label\n        kind\n        index\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproverReject($input: SubmissionReasonInput!) {\n    approverReject(input: $input) {\n      id\n      state\n      version\n      lastReason\n      lastFieldNotes {\n        key\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproverReject($input: SubmissionReasonInput!) {\n    approverReject(input: $input) {\n      id\n      state\n      version\n      lastReason\n      lastFieldNotes {\n        key\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproverSignOff($input: SubmissionActionInput!) {\n    approverSignOff(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ApproverSignOff($input: SubmissionActionInput!) {\n    approverSignOff(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSubmissionDraft($input: SaveSubmissionDraftInput!) {\n    saveSubmissionDraft(input: $input) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      exemptionClaims {\n        nodeCode\n        nodeName\n        explanation\n        decision\n        reviewNote\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSubmissionDraft($input: SaveSubmissionDraftInput!) {\n    saveSubmissionDraft(input: $input) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      exemptionClaims {\n        nodeCode\n        nodeName\n        explanation\n        decision\n        reviewNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSubmission($input: SubmissionActionInput!) {\n    submitSubmission(input: $input) {\n      id\n      state\n      version\n      late\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSubmission($input: SubmissionActionInput!) {\n    submitSubmission(input: $input) {\n      id\n      state\n      version\n      late\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      lastReason\n      lastFieldNotes {\n        key\n        note\n      }\n      exemptionClaims {\n        nodeCode\n        nodeName\n        explanation\n        decision\n        reviewNote\n      }\n      returnCount\n      late\n      lateDays\n      submittedAt\n      updatedAt\n      taskId\n      periodId\n      task {\n        id\n        code\n        title\n        category\n        inputs\n      }\n      period {\n        id\n        label\n      }\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        role\n        comment\n        at\n        fieldNotes {\n          key\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      lastReason\n      lastFieldNotes {\n        key\n        note\n      }\n      exemptionClaims {\n        nodeCode\n        nodeName\n        explanation\n        decision\n        reviewNote\n      }\n      returnCount\n      late\n      lateDays\n      submittedAt\n      updatedAt\n      taskId\n      periodId\n      task {\n        id\n        code\n        title\n        category\n        inputs\n      }\n      period {\n        id\n        label\n      }\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        role\n        comment\n        at\n        fieldNotes {\n          key\n          note\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($periodId: ID) {\n    myTasks(periodId: $periodId) {\n      assignmentId\n      dueDate\n      daysLeft\n      late\n      overdue\n      target\n      submissionId\n      submissionState\n      submissionVersion\n      period {\n        id\n        label\n        kind\n        index\n        year\n        status\n      }\n      task {\n        id\n        code\n        title\n        category\n        target\n        deadlineText\n        sourceText\n        dataSource\n        inputs\n        evidence\n        exemptibleIndicators {\n          code\n          name\n          condition\n          policy\n          requiresEvidence\n          fieldKeys\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($periodId: ID) {\n    myTasks(periodId: $periodId) {\n      assignmentId\n      dueDate\n      daysLeft\n      late\n      overdue\n      target\n      submissionId\n      submissionState\n      submissionVersion\n      period {\n        id\n        label\n        kind\n        index\n        year\n        status\n      }\n      task {\n        id\n        code\n        title\n        category\n        target\n        deadlineText\n        sourceText\n        dataSource\n        inputs\n        evidence\n        exemptibleIndicators {\n          code\n          name\n          condition\n          policy\n          requiresEvidence\n          fieldKeys\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;