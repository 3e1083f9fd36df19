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
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      username\n      version\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation DeactivateAccount($id: ID!, $version: Int!) {\n    deactivateAccount(id: $id, version: $version) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.DeactivateAccountDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        username\n        displayName\n        role\n        active\n        mustChangePassword\n        lastLoginAt\n        lockedUntil\n        createdAt\n        version\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        entity\n        entityId\n        createdAt\n        actorRole\n        ip\n        requestId\n        before\n        after\n        actor {\n          id\n          username\n          displayName\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      account {\n        id\n        role\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      capabilities\n      mustChangePassword\n      version\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query PeriodCounts($periodId: ID!) {\n    all: submissions(filter: { periodId: $periodId }, first: 1) {\n      totalCount\n    }\n    pendingApproval: submissions(filter: { periodId: $periodId, state: PENDING_APPROVAL }, first: 1) {\n      totalCount\n    }\n    submitted: submissions(filter: { periodId: $periodId, state: SUBMITTED }, first: 1) {\n      totalCount\n    }\n    resubmitted: submissions(filter: { periodId: $periodId, state: RESUBMITTED }, first: 1) {\n      totalCount\n    }\n    returned: submissions(filter: { periodId: $periodId, state: RETURNED }, first: 1) {\n      totalCount\n    }\n    approved: submissions(filter: { periodId: $periodId, state: APPROVED }, first: 1) {\n      totalCount\n    }\n    late: submissions(filter: { periodId: $periodId, late: true }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PeriodCountsDocument,
    "\n  query PeriodSubmissions($periodId: ID!, $after: String) {\n    submissions(filter: { periodId: $periodId }, first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        unitId\n        taskId\n        state\n        submittedAt\n      }\n    }\n  }\n": typeof types.PeriodSubmissionsDocument,
    "\n  mutation ClosePeriod($id: ID!) {\n    closePeriod(id: $id) {\n      id\n      status\n      openedAt\n      closedAt\n      version\n    }\n  }\n": typeof types.ClosePeriodDocument,
    "\n  mutation GrantLockException($input: GrantLockExceptionInput!) {\n    grantLockException(input: $input) {\n      id\n      periodId\n      unitId\n      reason\n      expiresAt\n      revokedAt\n      version\n    }\n  }\n": typeof types.GrantLockExceptionDocument,
    "\n  mutation OpenPeriod($id: ID!) {\n    openPeriod(id: $id) {\n      id\n      status\n      openedAt\n      closedAt\n      version\n    }\n  }\n": typeof types.OpenPeriodDocument,
    "\n  mutation RemoveCalendarOverride($date: String!) {\n    removeCalendarOverride(date: $date)\n  }\n": typeof types.RemoveCalendarOverrideDocument,
    "\n  mutation RevokeLockException($id: ID!) {\n    revokeLockException(id: $id) {\n      id\n      revokedAt\n      version\n    }\n  }\n": typeof types.RevokeLockExceptionDocument,
    "\n  mutation SetCalendarOverride($input: CalendarOverrideInput!) {\n    setCalendarOverride(input: $input) {\n      id\n      date\n      isWorkday\n      reason\n      updatedAt\n    }\n  }\n": typeof types.SetCalendarOverrideDocument,
    "\n  query CalendarOverrides($year: Int) {\n    calendarOverrides(year: $year) {\n      id\n      date\n      isWorkday\n      reason\n      updatedAt\n    }\n  }\n": typeof types.CalendarOverridesDocument,
    "\n  query Cycles {\n    cycles {\n      id\n      name\n      year\n      status\n      systemKey\n      systemVersion\n      taskListKey\n      requiresApproverSignOff\n      version\n      periods {\n        id\n        cycleId\n        label\n        kind\n        index\n        year\n        status\n        openedAt\n        closedAt\n        version\n      }\n    }\n  }\n": typeof types.CyclesDocument,
    "\n  query LockExceptions($periodId: ID!) {\n    lockExceptions(periodId: $periodId) {\n      id\n      periodId\n      unitId\n      reason\n      expiresAt\n      revokedAt\n      grantedBy\n      createdAt\n      version\n    }\n  }\n": typeof types.LockExceptionsDocument,
    "\n  mutation ApproveSubmission($input: SubmissionActionInput!) {\n    approveSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n": typeof types.ApproveSubmissionDocument,
    "\n  mutation ReopenSubmission($input: SubmissionReasonInput!) {\n    reopenSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n": typeof types.ReopenSubmissionDocument,
    "\n  mutation ReturnSubmission($input: SubmissionReasonInput!) {\n    returnSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n": typeof types.ReturnSubmissionDocument,
    "\n  query Evidence($id: ID!) {\n    evidence(id: $id) {\n      id\n      kind\n      mime\n      originalName\n      size\n    }\n  }\n": typeof types.EvidenceDocument,
    "\n  query ReviewQueue($filter: SubmissionFilter, $first: Int, $after: String) {\n    submissions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        version\n        late\n        lateDays\n        lateWorkingDays\n        submittedAt\n        updatedAt\n        returnCount\n        unit {\n          id\n          code\n          name\n        }\n        task {\n          id\n          code\n          title\n        }\n        period {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query SubmissionDetail($id: ID!) {\n    submission(id: $id) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      late\n      lateDays\n      lateWorkingDays\n      submittedAt\n      lastReason\n      returnCount\n      authorRole\n      unit {\n        id\n        code\n        name\n      }\n      period {\n        id\n        label\n        status\n      }\n      task {\n        id\n        code\n        title\n        target\n        deadlineText\n        inputs\n        evidence\n      }\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n": typeof types.SubmissionDetailDocument,
    "\n  mutation ImportTaskListPreset($cycleId: ID!, $presetId: String!) {\n    importTaskListPreset(cycleId: $cycleId, presetId: $presetId) {\n      tasks\n      assignments\n      dues\n    }\n  }\n": typeof types.ImportTaskListPresetDocument,
    "\n  query CycleTasks($cycleId: ID!) {\n    cycleTasks(cycleId: $cycleId) {\n      id\n      code\n      title\n      category\n      target\n      deadline\n      deadlineText\n    }\n  }\n": typeof types.CycleTasksDocument,
    "\n  query DueDatePreview($rule: JSON!, $year: Int!) {\n    dueDatePreview(rule: $rule, year: $year) {\n      index\n      label\n      periodKind\n      dueDate\n    }\n  }\n": typeof types.DueDatePreviewDocument,
    "\n  query UnitTasks($cycleId: ID!, $unitId: ID!) {\n    unitTasks(cycleId: $cycleId, unitId: $unitId) {\n      assignmentId\n      dues\n      task {\n        id\n        code\n        title\n        category\n        target\n        deadline\n        deadlineText\n      }\n    }\n  }\n": typeof types.UnitTasksDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      classes\n      uscc\n      parentId\n      version\n      contacts {\n        name\n        phone\n        role\n      }\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  query UnitOptions($filter: UnitFilter) {\n    units(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n": typeof types.UnitOptionsDocument,
    "\n  query UnitTreeLevel($filter: UnitFilter) {\n    units(filter: $filter, first: 100) {\n      nodes {\n        id\n        code\n        name\n        kind\n        children {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UnitTreeLevelDocument,
    "\n  query Units($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        name\n        kind\n        classes\n        uscc\n        parentId\n        archivedAt\n        version\n        parent {\n          id\n          name\n        }\n        contacts {\n          name\n          phone\n          role\n        }\n      }\n    }\n  }\n": typeof types.UnitsDocument,
};
const documents: Documents = {
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      username\n      version\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation DeactivateAccount($id: ID!, $version: Int!) {\n    deactivateAccount(id: $id, version: $version) {\n      id\n      active\n      version\n    }\n  }\n": types.DeactivateAccountDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        username\n        displayName\n        role\n        active\n        mustChangePassword\n        lastLoginAt\n        lockedUntil\n        createdAt\n        version\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        entity\n        entityId\n        createdAt\n        actorRole\n        ip\n        requestId\n        before\n        after\n        actor {\n          id\n          username\n          displayName\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      account {\n        id\n        role\n        mustChangePassword\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      capabilities\n      mustChangePassword\n      version\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query PeriodCounts($periodId: ID!) {\n    all: submissions(filter: { periodId: $periodId }, first: 1) {\n      totalCount\n    }\n    pendingApproval: submissions(filter: { periodId: $periodId, state: PENDING_APPROVAL }, first: 1) {\n      totalCount\n    }\n    submitted: submissions(filter: { periodId: $periodId, state: SUBMITTED }, first: 1) {\n      totalCount\n    }\n    resubmitted: submissions(filter: { periodId: $periodId, state: RESUBMITTED }, first: 1) {\n      totalCount\n    }\n    returned: submissions(filter: { periodId: $periodId, state: RETURNED }, first: 1) {\n      totalCount\n    }\n    approved: submissions(filter: { periodId: $periodId, state: APPROVED }, first: 1) {\n      totalCount\n    }\n    late: submissions(filter: { periodId: $periodId, late: true }, first: 1) {\n      totalCount\n    }\n  }\n": types.PeriodCountsDocument,
    "\n  query PeriodSubmissions($periodId: ID!, $after: String) {\n    submissions(filter: { periodId: $periodId }, first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        unitId\n        taskId\n        state\n        submittedAt\n      }\n    }\n  }\n": types.PeriodSubmissionsDocument,
    "\n  mutation ClosePeriod($id: ID!) {\n    closePeriod(id: $id) {\n      id\n      status\n      openedAt\n      closedAt\n      version\n    }\n  }\n": types.ClosePeriodDocument,
    "\n  mutation GrantLockException($input: GrantLockExceptionInput!) {\n    grantLockException(input: $input) {\n      id\n      periodId\n      unitId\n      reason\n      expiresAt\n      revokedAt\n      version\n    }\n  }\n": types.GrantLockExceptionDocument,
    "\n  mutation OpenPeriod($id: ID!) {\n    openPeriod(id: $id) {\n      id\n      status\n      openedAt\n      closedAt\n      version\n    }\n  }\n": types.OpenPeriodDocument,
    "\n  mutation RemoveCalendarOverride($date: String!) {\n    removeCalendarOverride(date: $date)\n  }\n": types.RemoveCalendarOverrideDocument,
    "\n  mutation RevokeLockException($id: ID!) {\n    revokeLockException(id: $id) {\n      id\n      revokedAt\n      version\n    }\n  }\n": types.RevokeLockExceptionDocument,
    "\n  mutation SetCalendarOverride($input: CalendarOverrideInput!) {\n    setCalendarOverride(input: $input) {\n      id\n      date\n      isWorkday\n      reason\n      updatedAt\n    }\n  }\n": types.SetCalendarOverrideDocument,
    "\n  query CalendarOverrides($year: Int) {\n    calendarOverrides(year: $year) {\n      id\n      date\n      isWorkday\n      reason\n      updatedAt\n    }\n  }\n": types.CalendarOverridesDocument,
    "\n  query Cycles {\n    cycles {\n      id\n      name\n      year\n      status\n      systemKey\n      systemVersion\n      taskListKey\n      requiresApproverSignOff\n      version\n      periods {\n        id\n        cycleId\n        label\n        kind\n        index\n        year\n        status\n        openedAt\n        closedAt\n        version\n      }\n    }\n  }\n": types.CyclesDocument,
    "\n  query LockExceptions($periodId: ID!) {\n    lockExceptions(periodId: $periodId) {\n      id\n      periodId\n      unitId\n      reason\n      expiresAt\n      revokedAt\n      grantedBy\n      createdAt\n      version\n    }\n  }\n": types.LockExceptionsDocument,
    "\n  mutation ApproveSubmission($input: SubmissionActionInput!) {\n    approveSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n": types.ApproveSubmissionDocument,
    "\n  mutation ReopenSubmission($input: SubmissionReasonInput!) {\n    reopenSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n": types.ReopenSubmissionDocument,
    "\n  mutation ReturnSubmission($input: SubmissionReasonInput!) {\n    returnSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n": types.ReturnSubmissionDocument,
    "\n  query Evidence($id: ID!) {\n    evidence(id: $id) {\n      id\n      kind\n      mime\n      originalName\n      size\n    }\n  }\n": types.EvidenceDocument,
    "\n  query ReviewQueue($filter: SubmissionFilter, $first: Int, $after: String) {\n    submissions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        version\n        late\n        lateDays\n        lateWorkingDays\n        submittedAt\n        updatedAt\n        returnCount\n        unit {\n          id\n          code\n          name\n        }\n        task {\n          id\n          code\n          title\n        }\n        period {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query SubmissionDetail($id: ID!) {\n    submission(id: $id) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      late\n      lateDays\n      lateWorkingDays\n      submittedAt\n      lastReason\n      returnCount\n      authorRole\n      unit {\n        id\n        code\n        name\n      }\n      period {\n        id\n        label\n        status\n      }\n      task {\n        id\n        code\n        title\n        target\n        deadlineText\n        inputs\n        evidence\n      }\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n": types.SubmissionDetailDocument,
    "\n  mutation ImportTaskListPreset($cycleId: ID!, $presetId: String!) {\n    importTaskListPreset(cycleId: $cycleId, presetId: $presetId) {\n      tasks\n      assignments\n      dues\n    }\n  }\n": types.ImportTaskListPresetDocument,
    "\n  query CycleTasks($cycleId: ID!) {\n    cycleTasks(cycleId: $cycleId) {\n      id\n      code\n      title\n      category\n      target\n      deadline\n      deadlineText\n    }\n  }\n": types.CycleTasksDocument,
    "\n  query DueDatePreview($rule: JSON!, $year: Int!) {\n    dueDatePreview(rule: $rule, year: $year) {\n      index\n      label\n      periodKind\n      dueDate\n    }\n  }\n": types.DueDatePreviewDocument,
    "\n  query UnitTasks($cycleId: ID!, $unitId: ID!) {\n    unitTasks(cycleId: $cycleId, unitId: $unitId) {\n      assignmentId\n      dues\n      task {\n        id\n        code\n        title\n        category\n        target\n        deadline\n        deadlineText\n      }\n    }\n  }\n": types.UnitTasksDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      classes\n      uscc\n      parentId\n      version\n      contacts {\n        name\n        phone\n        role\n      }\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  query UnitOptions($filter: UnitFilter) {\n    units(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n": types.UnitOptionsDocument,
    "\n  query UnitTreeLevel($filter: UnitFilter) {\n    units(filter: $filter, first: 100) {\n      nodes {\n        id\n        code\n        name\n        kind\n        children {\n          id\n        }\n      }\n    }\n  }\n": types.UnitTreeLevelDocument,
    "\n  query Units($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        name\n        kind\n        classes\n        uscc\n        parentId\n        archivedAt\n        version\n        parent {\n          id\n          name\n        }\n        contacts {\n          name\n          phone\n          role\n        }\n      }\n    }\n  }\n": types.UnitsDocument,
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
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      username\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      username\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAccount($id: ID!, $version: Int!) {\n    deactivateAccount(id: $id, version: $version) {\n      id\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAccount($id: ID!, $version: Int!) {\n    deactivateAccount(id: $id, version: $version) {\n      id\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        username\n        displayName\n        role\n        active\n        mustChangePassword\n        lastLoginAt\n        lockedUntil\n        createdAt\n        version\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        username\n        displayName\n        role\n        active\n        mustChangePassword\n        lastLoginAt\n        lockedUntil\n        createdAt\n        version\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        entity\n        entityId\n        createdAt\n        actorRole\n        ip\n        requestId\n        before\n        after\n        actor {\n          id\n          username\n          displayName\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        entity\n        entityId\n        createdAt\n        actorRole\n        ip\n        requestId\n        before\n        after\n        actor {\n          id\n          username\n          displayName\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n"];
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      capabilities\n      mustChangePassword\n      version\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      capabilities\n      mustChangePassword\n      version\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodCounts($periodId: ID!) {\n    all: submissions(filter: { periodId: $periodId }, first: 1) {\n      totalCount\n    }\n    pendingApproval: submissions(filter: { periodId: $periodId, state: PENDING_APPROVAL }, first: 1) {\n      totalCount\n    }\n    submitted: submissions(filter: { periodId: $periodId, state: SUBMITTED }, first: 1) {\n      totalCount\n    }\n    resubmitted: submissions(filter: { periodId: $periodId, state: RESUBMITTED }, first: 1) {\n      totalCount\n    }\n    returned: submissions(filter: { periodId: $periodId, state: RETURNED }, first: 1) {\n      totalCount\n    }\n    approved: submissions(filter: { periodId: $periodId, state: APPROVED }, first: 1) {\n      totalCount\n    }\n    late: submissions(filter: { periodId: $periodId, late: true }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PeriodCounts($periodId: ID!) {\n    all: submissions(filter: { periodId: $periodId }, first: 1) {\n      totalCount\n    }\n    pendingApproval: submissions(filter: { periodId: $periodId, state: PENDING_APPROVAL }, first: 1) {\n      totalCount\n    }\n    submitted: submissions(filter: { periodId: $periodId, state: SUBMITTED }, first: 1) {\n      totalCount\n    }\n    resubmitted: submissions(filter: { periodId: $periodId, state: RESUBMITTED }, first: 1) {\n      totalCount\n    }\n    returned: submissions(filter: { periodId: $periodId, state: RETURNED }, first: 1) {\n      totalCount\n    }\n    approved: submissions(filter: { periodId: $periodId, state: APPROVED }, first: 1) {\n      totalCount\n    }\n    late: submissions(filter: { periodId: $periodId, late: true }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodSubmissions($periodId: ID!, $after: String) {\n    submissions(filter: { periodId: $periodId }, first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        unitId\n        taskId\n        state\n        submittedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeriodSubmissions($periodId: ID!, $after: String) {\n    submissions(filter: { periodId: $periodId }, first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        unitId\n        taskId\n        state\n        submittedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePeriod($id: ID!) {\n    closePeriod(id: $id) {\n      id\n      status\n      openedAt\n      closedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePeriod($id: ID!) {\n    closePeriod(id: $id) {\n      id\n      status\n      openedAt\n      closedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantLockException($input: GrantLockExceptionInput!) {\n    grantLockException(input: $input) {\n      id\n      periodId\n      unitId\n      reason\n      expiresAt\n      revokedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation GrantLockException($input: GrantLockExceptionInput!) {\n    grantLockException(input: $input) {\n      id\n      periodId\n      unitId\n      reason\n      expiresAt\n      revokedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPeriod($id: ID!) {\n    openPeriod(id: $id) {\n      id\n      status\n      openedAt\n      closedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation OpenPeriod($id: ID!) {\n    openPeriod(id: $id) {\n      id\n      status\n      openedAt\n      closedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarOverride($date: String!) {\n    removeCalendarOverride(date: $date)\n  }\n"): (typeof documents)["\n  mutation RemoveCalendarOverride($date: String!) {\n    removeCalendarOverride(date: $date)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeLockException($id: ID!) {\n    revokeLockException(id: $id) {\n      id\n      revokedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeLockException($id: ID!) {\n    revokeLockException(id: $id) {\n      id\n      revokedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarOverride($input: CalendarOverrideInput!) {\n    setCalendarOverride(input: $input) {\n      id\n      date\n      isWorkday\n      reason\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarOverride($input: CalendarOverrideInput!) {\n    setCalendarOverride(input: $input) {\n      id\n      date\n      isWorkday\n      reason\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarOverrides($year: Int) {\n    calendarOverrides(year: $year) {\n      id\n      date\n      isWorkday\n      reason\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarOverrides($year: Int) {\n    calendarOverrides(year: $year) {\n      id\n      date\n      isWorkday\n      reason\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cycles {\n    cycles {\n      id\n      name\n      year\n      status\n      systemKey\n      systemVersion\n      taskListKey\n      requiresApproverSignOff\n      version\n      periods {\n        id\n        cycleId\n        label\n        kind\n        index\n        year\n        status\n        openedAt\n        closedAt\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cycles {\n    cycles {\n      id\n      name\n      year\n      status\n      systemKey\n      systemVersion\n      taskListKey\n      requiresApproverSignOff\n      version\n      periods {\n        id\n        cycleId\n        label\n        kind\n        index\n        year\n        status\n        openedAt\n        closedAt\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LockExceptions($periodId: ID!) {\n    lockExceptions(periodId: $periodId) {\n      id\n      periodId\n      unitId\n      reason\n      expiresAt\n      revokedAt\n      grantedBy\n      createdAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query LockExceptions($periodId: ID!) {\n    lockExceptions(periodId: $periodId) {\n      id\n      periodId\n      unitId\n      reason\n      expiresAt\n      revokedAt\n      grantedBy\n      createdAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSubmission($input: SubmissionActionInput!) {\n    approveSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveSubmission($input: SubmissionActionInput!) {\n    approveSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenSubmission($input: SubmissionReasonInput!) {\n    reopenSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenSubmission($input: SubmissionReasonInput!) {\n    reopenSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSubmission($input: SubmissionReasonInput!) {\n    returnSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnSubmission($input: SubmissionReasonInput!) {\n    returnSubmission(input: $input) {\n      id\n      state\n      version\n      lastReason\n      returnCount\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Evidence($id: ID!) {\n    evidence(id: $id) {\n      id\n      kind\n      mime\n      originalName\n      size\n    }\n  }\n"): (typeof documents)["\n  query Evidence($id: ID!) {\n    evidence(id: $id) {\n      id\n      kind\n      mime\n      originalName\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($filter: SubmissionFilter, $first: Int, $after: String) {\n    submissions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        version\n        late\n        lateDays\n        lateWorkingDays\n        submittedAt\n        updatedAt\n        returnCount\n        unit {\n          id\n          code\n          name\n        }\n        task {\n          id\n          code\n          title\n        }\n        period {\n          id\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($filter: SubmissionFilter, $first: Int, $after: String) {\n    submissions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        state\n        version\n        late\n        lateDays\n        lateWorkingDays\n        submittedAt\n        updatedAt\n        returnCount\n        unit {\n          id\n          code\n          name\n        }\n        task {\n          id\n          code\n          title\n        }\n        period {\n          id\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionDetail($id: ID!) {\n    submission(id: $id) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      late\n      lateDays\n      lateWorkingDays\n      submittedAt\n      lastReason\n      returnCount\n      authorRole\n      unit {\n        id\n        code\n        name\n      }\n      period {\n        id\n        label\n        status\n      }\n      task {\n        id\n        code\n        title\n        target\n        deadlineText\n        inputs\n        evidence\n      }\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubmissionDetail($id: ID!) {\n    submission(id: $id) {\n      id\n      state\n      version\n      values\n      evidenceIds\n      late\n      lateDays\n      lateWorkingDays\n      submittedAt\n      lastReason\n      returnCount\n      authorRole\n      unit {\n        id\n        code\n        name\n      }\n      period {\n        id\n        label\n        status\n      }\n      task {\n        id\n        code\n        title\n        target\n        deadlineText\n        inputs\n        evidence\n      }\n      transitions {\n        id\n        seq\n        fromState\n        toState\n        at\n        comment\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTaskListPreset($cycleId: ID!, $presetId: String!) {\n    importTaskListPreset(cycleId: $cycleId, presetId: $presetId) {\n      tasks\n      assignments\n      dues\n    }\n  }\n"): (typeof documents)["\n  mutation ImportTaskListPreset($cycleId: ID!, $presetId: String!) {\n    importTaskListPreset(cycleId: $cycleId, presetId: $presetId) {\n      tasks\n      assignments\n      dues\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleTasks($cycleId: ID!) {\n    cycleTasks(cycleId: $cycleId) {\n      id\n      code\n      title\n      category\n      target\n      deadline\n      deadlineText\n    }\n  }\n"): (typeof documents)["\n  query CycleTasks($cycleId: ID!) {\n    cycleTasks(cycleId: $cycleId) {\n      id\n      code\n      title\n      category\n      target\n      deadline\n      deadlineText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueDatePreview($rule: JSON!, $year: Int!) {\n    dueDatePreview(rule: $rule, year: $year) {\n      index\n      label\n      periodKind\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  query DueDatePreview($rule: JSON!, $year: Int!) {\n    dueDatePreview(rule: $rule, year: $year) {\n      index\n      label\n      periodKind\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTasks($cycleId: ID!, $unitId: ID!) {\n    unitTasks(cycleId: $cycleId, unitId: $unitId) {\n      assignmentId\n      dues\n      task {\n        id\n        code\n        title\n        category\n        target\n        deadline\n        deadlineText\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitTasks($cycleId: ID!, $unitId: ID!) {\n    unitTasks(cycleId: $cycleId, unitId: $unitId) {\n      assignmentId\n      dues\n      task {\n        id\n        code\n        title\n        category\n        target\n        deadline\n        deadlineText\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      classes\n      uscc\n      parentId\n      version\n      contacts {\n        name\n        phone\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      classes\n      uscc\n      parentId\n      version\n      contacts {\n        name\n        phone\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOptions($filter: UnitFilter) {\n    units(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitOptions($filter: UnitFilter) {\n    units(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTreeLevel($filter: UnitFilter) {\n    units(filter: $filter, first: 100) {\n      nodes {\n        id\n        code\n        name\n        kind\n        children {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitTreeLevel($filter: UnitFilter) {\n    units(filter: $filter, first: 100) {\n      nodes {\n        id\n        code\n        name\n        kind\n        children {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        name\n        kind\n        classes\n        uscc\n        parentId\n        archivedAt\n        version\n        parent {\n          id\n          name\n        }\n        contacts {\n          name\n          phone\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Units($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        name\n        kind\n        classes\n        uscc\n        parentId\n        archivedAt\n        version\n        parent {\n          id\n          name\n        }\n        contacts {\n          name\n          phone\n          role\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;