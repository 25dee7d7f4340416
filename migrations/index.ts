import { InitialSchema1795362399546 } from './1795362399546-initial-schema';

/** Applied in this order; a new migration is appended, never edited once released. */
export const MIGRATIONS = [InitialSchema1795362399546];
