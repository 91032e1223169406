/**
 * System 2's public entry (renderer): the service other systems raise supervision items through,
 * and the pieces of its UI they show (a deadline badge, the item status colours). Another system
 * imports supervision only from here (lint enforces it).
 */
export { supervisionService } from './service';
export { DeadlineBadge } from './screens/items/DeadlineBadge';
export { STATUS_COLORS } from './screens/items/itemStatusColors';
