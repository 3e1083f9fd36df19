import type { Applicability, IndicatorSystem, UnitKind } from '@govtrust/indicators';
import { Checkbox, Form, Select, Space, Typography } from 'antd';
import { UNIT_KIND_LABELS } from '../../utils/labels';

export interface ApplicabilityFieldsProps {
  value: Applicability | undefined;
  onChange: (value: Applicability | undefined) => void;
  system: Pick<IndicatorSystem, 'unitKinds' | 'unitClasses'>;
}

/**
 * An empty list is dropped rather than stored: to the engine `unitKinds: []` means "applies to no
 * unit", while the author who unticks everything means "no restriction".
 */
function normalise(value: Applicability): Applicability | undefined {
  const out: Applicability = {};
  if (value.unitKinds && value.unitKinds.length > 0) out.unitKinds = value.unitKinds;
  if (value.unitClasses && value.unitClasses.length > 0) out.unitClasses = value.unitClasses;
  return out.unitKinds || out.unitClasses ? out : undefined;
}

/** 适用范围: which kinds and classes of unit this node applies to (A类部门考评, 镇、街道考评 …). */
export function ApplicabilityFields({ value, onChange, system }: ApplicabilityFieldsProps) {
  const kinds = value?.unitKinds ?? [];
  const classes = value?.unitClasses ?? [];
  const definedClasses = system.unitClasses ?? [];
  const strayKinds = kinds.filter((k) => !system.unitKinds.includes(k));
  const strayClasses = classes.filter((c) => !definedClasses.some((d) => d.code === c));
  const problems = [
    ...(strayKinds.length > 0 ? [`体系不评价${strayKinds.map((k) => UNIT_KIND_LABELS[k]).join('、')}，该限制不会生效`] : []),
    ...(strayClasses.length > 0 ? [`单位分类“${strayClasses.join('、')}”未在体系设置中定义`] : []),
  ];
  const set = (patch: Applicability) => onChange(normalise({ ...value, ...patch }));

  return (
    <Form.Item
      label="适用范围"
      validateStatus={problems.length > 0 ? 'warning' : undefined}
      help={problems.length > 0 ? problems.join('；') : undefined}
      extra={kinds.length === 0 && classes.length === 0 ? '未限制：适用于体系评价的全部单位' : '只对所选类别的单位计分，其他单位此项不计入总分'}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {system.unitKinds.length > 1 || strayKinds.length > 0 ? (
          <Space wrap>
            <Typography.Text type="secondary">评价对象：</Typography.Text>
            <Checkbox.Group<UnitKind>
              aria-label="适用评价对象"
              value={kinds}
              options={[...new Set([...system.unitKinds, ...strayKinds])].map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }))}
              onChange={(unitKinds) => set({ unitKinds })}
            />
          </Space>
        ) : null}
        {definedClasses.length > 0 || strayClasses.length > 0 ? (
          <Select
            mode="multiple"
            aria-label="适用单位分类"
            placeholder="不限单位分类（选择后仅对所选分类计分，任一匹配即适用）"
            style={{ width: '100%' }}
            value={classes}
            options={[
              ...definedClasses.map((c) => ({ value: c.code, label: c.label })),
              ...strayClasses.map((c) => ({ value: c, label: `${c}（未定义）` })),
            ]}
            onChange={(unitClasses: string[]) => set({ unitClasses })}
          />
        ) : (
          <Typography.Text type="secondary">体系未定义单位分类；如需按分类适用，请先在体系设置中添加。</Typography.Text>
        )}
      </Space>
    </Form.Item>
  );
}
