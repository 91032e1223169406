import type { EntityTable } from 'dexie';
import type { TableVersion } from '../../../core/manifest';
import type { Meeting } from '../../../../shared/systems/meetings/meeting';
import type { AgendaItem } from '../../../../shared/systems/meetings/topic';
import type { AttendanceRow } from '../../../../shared/systems/meetings/attendance';

declare module '../../../core/data/db' {
  interface WorkbenchDB {
    meetings: EntityTable<Meeting, 'id'>;
    agendaItems: EntityTable<AgendaItem, 'id'>;
    attendance: EntityTable<AttendanceRow, 'id'>;
  }
}

/** System 1's tables (日常调度会议) at each version of the core's chain. */
export const MEETINGS_TABLES: readonly TableVersion[] = [
  {
    version: 2,
    stores: {
      meetings: 'id, status, year, heldOn, isSample',
      agendaItems: 'id, meetingId',
      attendance: 'id, meetingId, [meetingId+unitId]',
    },
  },
];
