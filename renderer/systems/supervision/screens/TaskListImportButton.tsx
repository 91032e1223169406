import { useState } from 'react';
import { Button } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  missingTaskHeaders,
  planTaskListImport,
  TASK_HEADER_ALIASES,
  type PreparedTask,
} from '../../../../shared/systems/supervision/taskListImport';
import { supervisionItemsCreateRepo } from '../data/supervisionItemsCreateRepo';
import { unitsRepo } from '../../registry';
import { SheetImportModal, type SheetImportSpec } from '../../../core/sheets/SheetImportModal';

/** 任务分解清单 from .xlsx/.csv: every row checked first, then all tasks in one transaction (S2-2.2). */
function taskListSpec(t: TFunction): SheetImportSpec<PreparedTask> {
  return {
    title: t('supervision.taskList.title'),
    intro: t('supervision.taskList.intro'),
    aliases: TASK_HEADER_ALIASES,
    fieldLabel: (field) =>
      t(`supervision.taskList.headers.${field}` as 'supervision.taskList.headers.matter', { defaultValue: field }),
    missingColumns: (sheet) =>
      missingTaskHeaders(sheet.headers).map((m) =>
        t(`supervision.taskList.headers.${m}` as 'supervision.taskList.headers.matter'),
      ),
    async plan(sheet, pace) {
      const names = new Map<string, string>();
      for (const u of await unitsRepo.listAll()) {
        if (u.isActive !== 1) continue;
        names.set(u.name, u.id);
        if (u.shortName) names.set(u.shortName, u.id);
      }
      return planTaskListImport(sheet, names, undefined, pace);
    },
    previewColumns: [
      { header: t('supervision.fields.matter'), value: (p) => p.matter },
      { header: t('supervision.fields.units'), value: (p) => p.unitNames.join('、') },
      { header: t('supervision.fields.dueOn'), value: (p) => p.dueOn },
      { header: t('supervision.fields.category'), value: (p) => t(`supervision.category.${p.category}`) },
    ],
    write: (good, options) => supervisionItemsCreateRepo.importTaskList(good, options),
    doneText: (count) => t('supervision.taskList.done', { count }),
    allOrNothing: true,
  };
}

export function TaskListImportButton() {
  const { t } = useTranslation();
  const [spec, setSpec] = useState<SheetImportSpec<PreparedTask> | null>(null);
  return (
    <>
      <Button variant="default" onClick={() => setSpec(taskListSpec(t))}>
        {t('supervision.taskList.open')}
      </Button>
      {spec && <SheetImportModal spec={spec} onClose={() => setSpec(null)} />}
    </>
  );
}
