import type { Rule } from '@govtrust/indicators';
import { BandsForm } from './BandsForm';
import { ChecklistForm } from './ChecklistForm';
import { ChoiceForm } from './ChoiceForm';
import { DeductUntilZeroForm } from './DeductUntilZeroForm';
import { FormulaForm } from './FormulaForm';
import { GradeOverrideForm } from './GradeOverrideForm';
import { IncrementForm } from './IncrementForm';
import { OccurrencesForm } from './OccurrencesForm';
import { PeerRuleForm } from './PeerRuleForm';
import { ProportionalForm } from './ProportionalForm';
import type { RuleFormProps } from './ruleFormProps';

/** The form for the rule's kind; every kind the engine knows has one. */
export function RuleForm({ rule, onChange, knownFields, fields }: RuleFormProps<Rule>) {
  const common = { knownFields, fields };
  switch (rule.kind) {
    case 'bands':
      return <BandsForm rule={rule} onChange={onChange} {...common} />;
    case 'formula':
      return <FormulaForm rule={rule} onChange={onChange} {...common} />;
    case 'deduction':
    case 'penalty':
      return <OccurrencesForm rule={rule} onChange={onChange} {...common} />;
    case 'deductUntilZero':
      return <DeductUntilZeroForm rule={rule} onChange={onChange} {...common} />;
    case 'increment':
      return <IncrementForm rule={rule} onChange={onChange} {...common} />;
    case 'relativeToBest':
    case 'rank':
      return <PeerRuleForm rule={rule} onChange={onChange} {...common} />;
    case 'proportional':
      return <ProportionalForm rule={rule} onChange={onChange} {...common} />;
    case 'checklist':
      return <ChecklistForm rule={rule} onChange={onChange} {...common} />;
    case 'choice':
      return <ChoiceForm rule={rule} onChange={onChange} {...common} />;
    case 'gradeOverride':
      return <GradeOverrideForm rule={rule} onChange={onChange} {...common} />;
  }
}
