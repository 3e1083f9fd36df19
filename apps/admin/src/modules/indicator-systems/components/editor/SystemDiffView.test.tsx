import { collectInputFields, getIndicatorSystemPreset, walkNodes, type BandsRule, type IndicatorSystem } from '@govtrust/indicators';
import { render, screen, within } from '@testing-library/react';
import { addNode, updateNode } from '../../utils/editTree';
import { diffSystems } from '../../utils/systemDiff';
import { SystemDiffView } from './SystemDiffView';

const system = getIndicatorSystemPreset('nmg-quarterly-2022') as IndicatorSystem;
const fields = new Map(collectInputFields(system).map((f) => [f.key, f]));

function bandsCode(): string {
  let code = '';
  walkNodes(system, ({ node }) => {
    if (!code && node.rule?.kind === 'bands') code = node.code;
  });
  return code;
}

describe('SystemDiffView', () => {
  it('shows a changed band rule before and after, and the added node', () => {
    const code = bandsCode();
    let edited = updateNode(system, code, (n) => {
      const rule = n.rule as BandsRule;
      return { ...n, rule: { ...rule, bands: rule.bands.map((b, i) => (i === rule.bands.length - 1 ? { ...b, points: 0.5 } : b)) } };
    });
    edited = addNode(edited, null, '新增一级指标').system;
    render(<SystemDiffView diff={diffSystems(system, edited)} fields={fields} baseLabel="第1版（已发布）" />);
    expect(screen.getByText(/与第1版（已发布）相比：新增 1 项，删除 0 项，修改 1 项/)).toBeInTheDocument();
    const changed = screen.getByTestId(`diff-changed-${code}`);
    expect(within(changed).getByText('修改前规则')).toBeInTheDocument();
    expect(within(changed).getByText('修改后规则')).toBeInTheDocument();
    expect(within(changed).getAllByText(/0\.5 ?分/).length).toBeGreaterThan(0);
    expect(screen.getByText(/新增一级指标/)).toBeInTheDocument();
  });

  it('lists input, applicability and system-setting changes in words', () => {
    const code = bandsCode();
    let edited = updateNode(system, code, (n) => ({ ...n, appliesTo: { unitKinds: ['LEAGUE_CITY'] }, inputs: [...(n.inputs ?? []), { key: 'extraCases', label: '新增案件', type: 'count', unit: '起' }] }));
    edited = { ...edited, totalPoints: 120 };
    render(<SystemDiffView diff={diffSystems(system, edited)} fields={fields} baseLabel="第1版（已发布）" />);
    expect(screen.getByText(/体系设置变更：满分/)).toBeInTheDocument();
    expect(within(screen.getByTestId('diff-system-settings')).getByText('100 分 → 120 分')).toBeInTheDocument();
    const changed = screen.getByTestId(`diff-changed-${code}`);
    expect(within(changed).getByText('新增“新增案件”（extraCases，数量（整数），单位：起）')).toBeInTheDocument();
    expect(within(changed).getByText('适用于全部单位 → 仅适用于盟市')).toBeInTheDocument();
  });

  it('says when nothing changed and when there is no published version', () => {
    const { rerender } = render(<SystemDiffView diff={diffSystems(system, system)} fields={fields} baseLabel="第1版（已发布）" />);
    expect(screen.getByText('与第1版（已发布）相比没有变化')).toBeInTheDocument();
    rerender(<SystemDiffView diff={null} fields={fields} baseLabel="" />);
    expect(screen.getByText('该体系尚无已发布版本，发布后即为第一版')).toBeInTheDocument();
  });
});
