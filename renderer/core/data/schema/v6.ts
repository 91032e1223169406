import { EVALUATION_STORES } from '../../../systems/evaluation/data/stores';

/** Version 6: System 4, evaluation by the talents served (its tables: systems/evaluation/data/schema.ts). */
export const V6_STORES = EVALUATION_STORES;
