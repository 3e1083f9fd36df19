import { Init1795873531696 } from './1795873531696-Init';

/** Applied in this order; add each new generated migration at the end. */
export const mysqlMigrations = [Init1795873531696];
