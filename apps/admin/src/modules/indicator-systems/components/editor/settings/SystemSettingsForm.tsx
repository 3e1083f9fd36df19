import type { IndicatorSystem, PeriodKind, SourceDocument, SystemProblem, UnitKind } from '@govtrust/indicators';
import { walkNodes } from '@govtrust/indicators';
import { Checkbox, Col, Divider, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { PERIOD_KIND_LABELS, UNIT_KIND_LABELS } from '../../../utils/labels';
import { DecimalInput } from '../rules/DecimalInput';
import { GradingForm } from './GradingForm';
import { UnitClassesForm } from './UnitClassesForm';

export interface SystemSettingsFormProps {
  system: IndicatorSystem;
  onChange: (system: IndicatorSystem) => void;
  /** the engine's findings on the whole draft; those about system-level settings show here */
  problems: readonly SystemProblem[];
  readOnly?: boolean;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const status = (message: string | undefined) => (message ? { validateStatus: 'error' as const, help: message } : {});
const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as Array<[K, string]>).map(([value, label]) => ({ value, label }));

function totalProblem(total: IndicatorSystem['totalPoints']): string | undefined {
  const text = String(total).trim();
  if (text === '') return '请填写满分';
  if (!NUMBER.test(text)) return '请填写数字，如 100';
  return Number(text) <= 0 ? '满分须大于 0' : undefined;
}

/**
 * 体系设置: what the system carries above its tree — name, the units it evaluates, period, stated
 * total (满分), grading bands, unit classes, source document and notes. id and version are
 * stamped by the API from the system's key and the row, so they are shown, not edited.
 */
export function SystemSettingsForm({ system, onChange, problems, readOnly = false }: SystemSettingsFormProps) {
  const set = (patch: Partial<IndicatorSystem>) => onChange({ ...system, ...patch });
  const setSource = (patch: Partial<SourceDocument>) => set({ source: { ...system.source, ...patch } });
  const classUsage = useMemo(() => {
    const usage = new Map<string, number>();
    walkNodes(system, ({ node }) => node.appliesTo?.unitClasses?.forEach((c) => usage.set(c, (usage.get(c) ?? 0) + 1)));
    return usage;
  }, [system]);
  const gradingProblems = problems.filter((p) => p.path.startsWith('grading'));
  const floor = system.totalFloor === undefined ? undefined : String(system.totalFloor);

  return (
    <Form layout="vertical" component="div" disabled={readOnly} data-testid="system-settings">
      <Typography.Paragraph type="secondary">
        体系标识 <Typography.Text code>{system.id}</Typography.Text>，保存时由服务器写入版本号。
      </Typography.Paragraph>
      <Row gutter={12}>
        <Col span={16}>
          <Form.Item label="体系名称" required {...status(system.name.trim() === '' ? '请填写体系名称' : undefined)}>
            <Input aria-label="体系名称" value={system.name} onChange={(e) => set({ name: e.target.value })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="监测周期" required>
            <Select aria-label="体系监测周期" value={system.periodKind} options={options(PERIOD_KIND_LABELS)} onChange={(periodKind: PeriodKind) => set({ periodKind })} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="评价对象" required {...status(system.unitKinds.length === 0 ? '至少选择一类评价对象' : undefined)}>
        <Checkbox.Group<UnitKind> aria-label="评价对象" value={system.unitKinds} options={options(UNIT_KIND_LABELS)} onChange={(unitKinds) => set({ unitKinds })} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label="满分" required {...status(totalProblem(system.totalPoints))}>
            <DecimalInput label="满分" value={system.totalPoints} onChange={(totalPoints) => set({ totalPoints: totalPoints ?? '' })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="得分小数位" extra="最终得分四舍五入保留的位数，默认 2 位">
            <InputNumber
              aria-label="得分小数位"
              min={0}
              max={6}
              precision={0}
              placeholder="2"
              value={system.decimals ?? null}
              onChange={(decimals) => set({ decimals: typeof decimals === 'number' ? decimals : undefined })}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="总分下限" extra="倒扣不会使总分低于此值，默认 0" {...status(floor !== undefined && !NUMBER.test(floor.trim()) ? '请填写数字' : undefined)}>
            <DecimalInput allowEmpty label="总分下限" placeholder="0" value={system.totalFloor} onChange={(totalFloor) => set({ totalFloor: totalFloor ?? undefined })} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">等级划分</Divider>
      <GradingForm grading={system.grading ?? []} problems={gradingProblems} onChange={(grading) => set({ grading: grading.length > 0 ? grading : undefined })} />
      <Divider titlePlacement="start">单位分类</Divider>
      <UnitClassesForm unitClasses={system.unitClasses ?? []} usage={classUsage} onChange={(unitClasses) => set({ unitClasses: unitClasses.length > 0 ? unitClasses : undefined })} />
      <Divider titlePlacement="start">来源文件</Divider>
      <Row gutter={12}>
        <Col span={16}>
          <Form.Item label="文件标题" required {...status(system.source.title.trim() === '' ? '请填写来源文件标题' : undefined)}>
            <Input aria-label="来源文件标题" value={system.source.title} onChange={(e) => setSource({ title: e.target.value })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="文号">
            <Input aria-label="文号" placeholder="内社信办字〔2022〕3号" value={system.source.docNumber ?? ''} onChange={(e) => setSource({ docNumber: e.target.value || undefined })} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item label="印发单位">
            <Input aria-label="印发单位" value={system.source.issuedBy ?? ''} onChange={(e) => setSource({ issuedBy: e.target.value || undefined })} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label="附件">
            <Input aria-label="附件" value={system.source.annex ?? ''} onChange={(e) => setSource({ annex: e.target.value || undefined })} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label="年份">
            <InputNumber aria-label="年份" min={1990} max={2100} precision={0} style={{ width: '100%' }} value={system.source.year ?? null} onChange={(year) => setSource({ year: typeof year === 'number' ? year : undefined })} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="说明" extra="每行一条：解读口径、原文不一致之处及处理方式等">
        <Input.TextArea
          aria-label="体系说明"
          autoSize={{ minRows: 3, maxRows: 12 }}
          value={(system.notes ?? []).join('\n')}
          onChange={(e) => {
            // blank lines are kept while typing (a new line starts empty) and dropped only when all are blank
            const notes = e.target.value.split('\n');
            set({ notes: notes.some((n) => n.trim() !== '') ? notes : undefined });
          }}
        />
      </Form.Item>
    </Form>
  );
}
