import { Init1795873531696 } from './1795873531696-Init';
import { AddWorkflow1795874515282 } from './1795874515282-AddWorkflow';
import { AddEvidence1795874711926 } from './1795874711926-AddEvidence';
import { AddWarningsAndApiTokens1795875951417 } from './1795875951417-AddWarningsAndApiTokens';
import { AddScores1795876149661 } from './1795876149661-AddScores';

/** Applied in this order; add each new generated migration at the end. */
export const mysqlMigrations = [Init1795873531696, AddWorkflow1795874515282, AddEvidence1795874711926, AddWarningsAndApiTokens1795875951417, AddScores1795876149661];
