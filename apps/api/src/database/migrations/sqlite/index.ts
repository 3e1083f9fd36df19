import { Init1795873535209 } from './1795873535209-Init';

/** Applied in this order; add each new generated migration at the end. */
export const sqliteMigrations = [Init1795873535209];
