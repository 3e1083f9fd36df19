import { scoreUnit, validateValues, type IndicatorSystem, type InputValues, type ScoredUnit, type UnitSubmission, type UnitKind } from '@govtrust/indicators';
import { InputFieldsForm, ScoreExplanation } from '@govtrust/ui';
import { Alert, Button, Card, Checkbox, Col, Form, Grid, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { UNIT_KIND_LABELS } from '../utils/labels';
import { blankPreviewUnit, fieldsForUnit } from '../utils/previewFields';

export interface LivePreviewProps {
  system: IndicatorSystem;
  /** sample submissions shipped with the preset (getPresetSample) */
  samples: UnitSubmission[];
}

const BLANK = '';

type Outcome = { kind: 'card'; card: ReturnType<typeof scoreUnit> } | { kind: 'invalid'; count: number } | { kind: 'error'; message: string };

function score(system: IndicatorSystem, submission: UnitSubmission, blockingProblems: number): Outcome {
  if (blockingProblems > 0) return { kind: 'invalid', count: blockingProblems };
  try {
    return { kind: 'card', card: scoreUnit(system, submission) };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * 实时试算: edit one unit's values and watch the engine score them in the browser — the same
 * engine the API runs, so what the credit office sees here is what units will get.
 */
export function LivePreview({ system, samples }: LivePreviewProps) {
  const [sampleId, setSampleId] = useState<string>(samples[0]?.unit.id ?? BLANK);
  const sample = samples.find((s) => s.unit.id === sampleId);
  const [blankUnit, setBlankUnit] = useState<ScoredUnit>(() => blankPreviewUnit(system));
  const [values, setValues] = useState<InputValues>(() => ({ ...(sample?.values ?? {}) }));
  const unit = sample?.unit ?? blankUnit;
  // on a wide screen the result stays in view while the (long) form scrolls
  const wide = Grid.useBreakpoint().lg ?? false;
  const resultStyle = wide ? ({ position: 'sticky', top: 16, maxHeight: 'calc(100vh - 32px)', overflow: 'auto' } as const) : undefined;

  const fields = useMemo(() => fieldsForUnit(system, unit), [system, unit]);
  const outcome = useMemo(() => {
    const blocking = validateValues(fields, values).filter((p) => p.code !== 'REQUIRED').length;
    return score(system, { unit, values, exemptions: sample?.exemptions, gradeOverride: sample?.gradeOverride }, blocking);
  }, [system, fields, unit, values, sample]);

  const pickSample = (id: string) => {
    setSampleId(id);
    setValues({ ...(samples.find((s) => s.unit.id === id)?.values ?? {}) });
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card
          title="填报数据"
          size="small"
          extra={
            <Button size="small" onClick={() => pickSample(sampleId)}>
              重置
            </Button>
          }
        >
          <Form layout="vertical" component="div">
            <Form.Item label="试算单位" htmlFor="preview-sample">
              <Select
                id="preview-sample"
                value={sampleId}
                onChange={pickSample}
                options={[{ value: BLANK, label: '空白（从零填写）' }, ...samples.map((s) => ({ value: s.unit.id, label: `示例：${s.unit.name}` }))]}
              />
            </Form.Item>
            {sample ? null : (
              <>
                {system.unitKinds.length > 1 ? (
                  <Form.Item label="单位类别" htmlFor="preview-unit-kind">
                    <Select<UnitKind>
                      id="preview-unit-kind"
                      value={blankUnit.kind}
                      onChange={(kind) => setBlankUnit({ ...blankUnit, kind })}
                      options={system.unitKinds.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }))}
                    />
                  </Form.Item>
                ) : null}
                {system.unitClasses && system.unitClasses.length > 0 ? (
                  <Form.Item label="单位分类">
                    <Checkbox.Group
                      value={blankUnit.classes ?? []}
                      onChange={(classes) => setBlankUnit({ ...blankUnit, classes: classes as string[] })}
                      options={system.unitClasses.map((c) => ({ value: c.code, label: c.label }))}
                    />
                  </Form.Item>
                ) : null}
              </>
            )}
          </Form>
          <Typography.Paragraph type="secondary">
            共 {fields.length} 个填报项，修改后右侧得分即时重算（浏览器内计算，不保存）。
          </Typography.Paragraph>
          <InputFieldsForm key={sampleId} idPrefix="preview" fields={fields} value={values} onChange={(next) => setValues(next)} />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={`试算结果 · ${unit.name}`} size="small" style={resultStyle}>
          {outcome.kind === 'card' ? <ScoreExplanation card={outcome.card} statedTotal={system.totalPoints} /> : null}
          {outcome.kind === 'invalid' ? (
            <Alert type="warning" showIcon title={`填报数据有 ${outcome.count} 处错误，修正后自动重新试算`} />
          ) : null}
          {outcome.kind === 'error' ? <Alert type="error" showIcon title="试算失败" description={outcome.message} /> : null}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            比较类指标（与第一名比较、依排序计分）需全部参评单位数据，单个单位试算时显示为“待比较”。
          </Typography.Paragraph>
        </Card>
      </Col>
    </Row>
  );
}
