import { Init1795873535209 } from './1795873535209-Init';
import { AddWorkflow1795874528225 } from './1795874528225-AddWorkflow';
import { AddEvidence1795874724370 } from './1795874724370-AddEvidence';
import { AddWarningsAndApiTokens1795875966937 } from './1795875966937-AddWarningsAndApiTokens';
import { AddScores1795876157341 } from './1795876157341-AddScores';
import { AddExportJobs1795882804431 } from './1795882804431-AddExportJobs';
import { AddReturnNotesAndExemptions1795882818804 } from './1795882818804-AddReturnNotesAndExemptions';
import { AddRankingColumns1795893483250 } from './1795893483250-AddRankingColumns';
import { AddJobProgress1795893529585 } from './1795893529585-AddJobProgress';

/** Applied in this order; add each new generated migration at the end. */
export const sqliteMigrations = [Init1795873535209, AddWorkflow1795874528225, AddEvidence1795874724370, AddWarningsAndApiTokens1795875966937, AddScores1795876157341, AddExportJobs1795882804431, AddReturnNotesAndExemptions1795882818804, AddRankingColumns1795893483250, AddJobProgress1795893529585];
