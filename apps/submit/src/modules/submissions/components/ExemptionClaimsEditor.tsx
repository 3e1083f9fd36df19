import { Alert, Checkbox, Flex, Input, Tag, Typography } from 'antd';
import type { ExemptionDecision, MyTasksQuery, SubmissionQuery } from '../../../generated/graphql';

export type ExemptionOption = MyTasksQuery['myTasks'][number]['task']['exemptibleIndicators'][number];
type StoredClaim = NonNullable<SubmissionQuery['submission']>['exemptionClaims'][number];

/** node code → the unit's explanation (may be empty while typing) */
export type ClaimDraft = Record<string, string>;

export const EXPLANATION_MAX = 1000;

const DECISIONS: Record<ExemptionDecision, { color: string; text: string }> = {
  PENDING: { color: 'processing', text: '待信用办认定' },
  ACCEPTED: { color: 'success', text: '已认定免责' },
  REJECTED: { color: 'error', text: '不予认定' },
};

export function claimsFromStored(stored: readonly StoredClaim[] | undefined): ClaimDraft {
  return Object.fromEntries((stored ?? []).map((c) => [c.nodeCode, c.explanation]));
}

/** Field keys the unit need not fill because it claims an exemption for their indicator. */
export function exemptFieldKeys(options: readonly ExemptionOption[], claims: ClaimDraft): string[] {
  return options.filter((o) => o.code in claims).flatMap((o) => o.fieldKeys);
}

/** What is missing before the claims can be submitted, in the words the form shows. */
export function claimProblems(options: readonly ExemptionOption[], claims: ClaimDraft, evidenceCount: number): string[] {
  const problems: string[] = [];
  for (const option of options) {
    if (!(option.code in claims)) continue;
    if (!claims[option.code]?.trim()) problems.push(`请说明“${option.name}”的免责理由`);
    if (option.requiresEvidence && evidenceCount === 0) problems.push(`申请免责（${option.name}）须上传说明材料`);
  }
  return problems;
}

export interface ExemptionClaimsEditorProps {
  options: readonly ExemptionOption[];
  claims: ClaimDraft;
  onChange: (next: ClaimDraft) => void;
  disabled: boolean;
  /** the office's decisions, shown once the unit can no longer edit */
  stored?: readonly StoredClaim[];
  showProblems: boolean;
}

/**
 * 免责申请: only the indicators whose rules allow one (e.g. 无监管权限的提供说明不扣分). The unit
 * ticks the indicator and explains why; the credit office decides when it reviews.
 */
export function ExemptionClaimsEditor({ options, claims, onChange, disabled, stored = [], showProblems }: ExemptionClaimsEditorProps) {
  const decided = new Map(stored.map((c) => [c.nodeCode, c]));
  const toggle = (code: string, on: boolean) => {
    const next = { ...claims };
    if (on) next[code] = claims[code] ?? '';
    else delete next[code];
    onChange(next);
  };
  return (
    <Flex vertical gap={12} data-testid="exemption-claims">
      <Typography.Text type="secondary">
        以下指标规定了免责情形。确属该情形的，勾选并写明理由、上传说明材料，由信用办审核认定；认定后该项按规定计分，相关数据可不填。
      </Typography.Text>
      {options.map((option) => {
        const claimed = option.code in claims;
        const claim = decided.get(option.code);
        const missing = showProblems && claimed && !claims[option.code]?.trim();
        return (
          <Flex key={option.code} vertical gap={6} style={{ padding: 12, border: '1px solid #f0f0f0', borderRadius: 8 }}>
            <Flex gap={8} align="center" wrap>
              <Checkbox checked={claimed} disabled={disabled} onChange={(e) => toggle(option.code, e.target.checked)}>
                申请免责：{option.name}
              </Checkbox>
              {claim && disabled ? <Tag color={DECISIONS[claim.decision].color}>{DECISIONS[claim.decision].text}</Tag> : null}
            </Flex>
            {option.condition ? <Typography.Text type="secondary">免责情形：{option.condition}</Typography.Text> : null}
            {claimed ? (
              <Input.TextArea
                aria-label={`“${option.name}”的免责理由`}
                placeholder="请写明理由，如：本单位无行政处罚职能（附三定方案）"
                value={claims[option.code]}
                disabled={disabled}
                maxLength={EXPLANATION_MAX}
                autoSize={{ minRows: 2, maxRows: 6 }}
                status={missing ? 'error' : undefined}
                onChange={(e) => onChange({ ...claims, [option.code]: e.target.value })}
              />
            ) : null}
            {missing ? <Typography.Text type="danger">请填写免责理由</Typography.Text> : null}
            {claim?.reviewNote && disabled ? <Alert type="info" showIcon title={`认定意见：${claim.reviewNote}`} /> : null}
          </Flex>
        );
      })}
    </Flex>
  );
}

/** The unit's claims and the office's decisions, read-only (history). */
export function ExemptionClaimsSummary({ claims }: { claims: readonly StoredClaim[] }) {
  return (
    <Flex vertical gap={8} data-testid="exemption-claims-summary">
      {claims.map((claim) => (
        <Flex key={claim.nodeCode} vertical gap={2}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{claim.nodeName}</Typography.Text>
            <Tag color={DECISIONS[claim.decision].color}>{DECISIONS[claim.decision].text}</Tag>
          </Flex>
          <Typography.Text>理由：{claim.explanation}</Typography.Text>
          {claim.reviewNote ? <Typography.Text type="secondary">认定意见：{claim.reviewNote}</Typography.Text> : null}
        </Flex>
      ))}
    </Flex>
  );
}
