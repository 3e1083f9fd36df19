import { Init1795873535209 } from './1795873535209-Init';
import { AddWorkflow1795874528225 } from './1795874528225-AddWorkflow';
import { AddEvidence1795874724370 } from './1795874724370-AddEvidence';

/** Applied in this order; add each new generated migration at the end. */
export const sqliteMigrations = [Init1795873535209, AddWorkflow1795874528225, AddEvidence1795874724370];
