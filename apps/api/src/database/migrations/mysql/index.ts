import { Init1795873531696 } from './1795873531696-Init';
import { AddWorkflow1795874515282 } from './1795874515282-AddWorkflow';
import { AddEvidence1795874711926 } from './1795874711926-AddEvidence';

/** Applied in this order; add each new generated migration at the end. */
export const mysqlMigrations = [Init1795873531696, AddWorkflow1795874515282, AddEvidence1795874711926];
