import { Alert, Card, Flex, Input, Radio, Tag, Typography } from 'antd';
import type { ExemptionDecisionInput, SubmissionDetailQuery } from '../../../generated/graphql';

type Submission = NonNullable<SubmissionDetailQuery['submission']>;
type Claim = Submission['exemptionClaims'][number];
type Option = NonNullable<Submission['task']>['exemptibleIndicators'][number];

/** The reviewer's answer per claimed node while the drawer is open (not sent until 通过). */
export type DecisionDraft = Record<string, { accepted?: boolean; note?: string }>;

export interface ExemptionClaimsReviewProps {
  claims: readonly Claim[];
  options: readonly Option[];
  /** undefined: read-only (the claims were decided, or the submission is not under review) */
  decisions?: DecisionDraft;
  onChange?: (next: DecisionDraft) => void;
}

const DECISION_TAGS: Record<Claim['decision'], { color: string; text: string }> = {
  PENDING: { color: 'processing', text: '待认定' },
  ACCEPTED: { color: 'success', text: '认定免责' },
  REJECTED: { color: 'error', text: '不予认定' },
};

/** The decisions the API expects, or the names of claims still open. */
export function decisionsFor(claims: readonly Claim[], draft: DecisionDraft): { decisions: ExemptionDecisionInput[]; open: string[] } {
  const open = claims.filter((c) => draft[c.nodeCode]?.accepted === undefined).map((c) => c.nodeName);
  const decisions = claims
    .filter((c) => draft[c.nodeCode]?.accepted !== undefined)
    .map((c) => {
      const d = draft[c.nodeCode]!;
      const note = d.note?.trim();
      return { nodeCode: c.nodeCode, accepted: d.accepted!, ...(note ? { note } : {}) };
    });
  return { decisions, open };
}

/**
 * 免责申请: the unit's explanation per claimed indicator, the condition the system allows it on,
 * and the reviewer's accept / reject (with an optional note) before approving.
 */
export function ExemptionClaimsReview({ claims, options, decisions, onChange }: ExemptionClaimsReviewProps) {
  if (claims.length === 0) return null;
  const byCode = new Map(options.map((o) => [o.code, o]));
  return (
    <Flex vertical gap={8} style={{ marginTop: 16 }} data-testid="exemption-claims">
      <Typography.Title level={5} style={{ margin: 0 }}>
        免责申请
      </Typography.Title>
      {decisions ? <Alert type="info" showIcon title="通过前请逐项认定：认定免责的指标按免责规定计分，不予认定的按填报值计分。" /> : null}
      {claims.map((claim) => {
        const option = byCode.get(claim.nodeCode);
        const draft = decisions?.[claim.nodeCode] ?? {};
        const tag = DECISION_TAGS[claim.decision];
        return (
          <Card key={claim.nodeCode} size="small" title={`${claim.nodeCode} ${claim.nodeName}`} extra={decisions ? null : <Tag color={tag.color}>{tag.text}</Tag>}>
            {option?.condition ? (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                免责情形：{option.condition}
              </Typography.Paragraph>
            ) : null}
            <Typography.Paragraph style={{ marginBottom: decisions ? 8 : 0 }}>单位说明：{claim.explanation}</Typography.Paragraph>
            {!decisions && claim.reviewNote ? <Typography.Text type="secondary">认定意见：{claim.reviewNote}</Typography.Text> : null}
            {decisions && onChange ? (
              <Flex vertical gap={8}>
                <Radio.Group
                  aria-label={`认定“${claim.nodeName}”的免责申请`}
                  value={draft.accepted === undefined ? undefined : draft.accepted ? 'ACCEPT' : 'REJECT'}
                  onChange={(e) => onChange({ ...decisions, [claim.nodeCode]: { ...draft, accepted: e.target.value === 'ACCEPT' } })}
                  options={[
                    { value: 'ACCEPT', label: '认定免责' },
                    { value: 'REJECT', label: '不予认定' },
                  ]}
                />
                <Input
                  placeholder="认定意见（可选）"
                  maxLength={500}
                  aria-label={`对“${claim.nodeName}”免责申请的认定意见`}
                  value={draft.note ?? ''}
                  onChange={(e) => onChange({ ...decisions, [claim.nodeCode]: { ...draft, note: e.target.value } })}
                />
              </Flex>
            ) : null}
          </Card>
        );
      })}
    </Flex>
  );
}
