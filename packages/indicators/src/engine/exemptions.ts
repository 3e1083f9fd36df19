/**
 * Accepted exemptions (无监管权限的提供说明不扣分). An exemption is only valid on a node that has
 * an exemption policy and with a non-empty explanation; anything else is refused, never ignored.
 */
import type { Dec } from '../decimal';
import { ZERO, clamp, formatPoints, toDecimal } from '../decimal';
import type { IndicatorNode, IndicatorSystem, UnitSubmission } from '../model';
import { scoredText } from '../rules';
import type { SubmissionProblem } from './submission-problem';
import type { LeafResult } from './work-tree';
import { findNode } from './walk';

export function exemptionProblems(system: IndicatorSystem, submission: UnitSubmission): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  for (const [code, explanation] of Object.entries(submission.exemptions ?? {})) {
    const node = findNode(system, code);
    const path = `exemptions.${code}`;
    if (node === undefined) {
      problems.push({ code: 'UNKNOWN_NODE', path, nodeCode: code, message: `免责申请引用了不存在的指标“${code}”` });
    } else if (node.exemption === undefined) {
      problems.push({ code: 'EXEMPTION_NOT_ALLOWED', path, nodeCode: code, message: `指标“${code} ${node.name}”没有规定免责情形，不能申请免责` });
    } else if (typeof explanation !== 'string' || explanation.trim() === '') {
      problems.push({ code: 'EXEMPTION_WITHOUT_EXPLANATION', path, nodeCode: code, message: `指标“${code} ${node.name}”的免责申请缺少说明` });
    }
  }
  return problems;
}

export function exemptionResult(node: IndicatorNode, max: Dec, explanation: string): LeafResult {
  const policy = node.exemption;
  const condition = policy?.sourceText === undefined ? '' : `（${policy.sourceText}）`;
  const head = `已认定免责${condition}，说明：${explanation}`;
  switch (policy?.policy) {
    case 'POINTS': {
      const points = clamp(toDecimal(policy.points ?? 0), ZERO, max);
      return { points, status: 'EXEMPTED', explanation: `${head}，按规定得 ${formatPoints(points)} 分（满分 ${formatPoints(max)} 分）` };
    }
    case 'NOT_APPLICABLE':
      return { points: ZERO, status: 'NOT_APPLICABLE', explanation: `${head}，本项不适用，不计入总分` };
    default:
      return { points: max, status: 'EXEMPTED', explanation: `${head}，按规定${scoredText(max, max)}` };
  }
}
