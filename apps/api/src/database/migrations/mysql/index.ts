import { Init1795873531696 } from './1795873531696-Init';
import { AddWorkflow1795874515282 } from './1795874515282-AddWorkflow';
import { AddEvidence1795874711926 } from './1795874711926-AddEvidence';
import { AddWarningsAndApiTokens1795875951417 } from './1795875951417-AddWarningsAndApiTokens';
import { AddScores1795876149661 } from './1795876149661-AddScores';
import { AddExportJobs1795882795324 } from './1795882795324-AddExportJobs';
import { AddReturnNotesAndExemptions1795882812508 } from './1795882812508-AddReturnNotesAndExemptions';
import { AddRankingColumns1795893479198 } from './1795893479198-AddRankingColumns';
import { AddJobProgress1795893526097 } from './1795893526097-AddJobProgress';

/** Applied in this order; add each new generated migration at the end. */
export const mysqlMigrations = [Init1795873531696, AddWorkflow1795874515282, AddEvidence1795874711926, AddWarningsAndApiTokens1795875951417, AddScores1795876149661, AddExportJobs1795882795324, AddReturnNotesAndExemptions1795882812508, AddRankingColumns1795893479198, AddJobProgress1795893526097];
