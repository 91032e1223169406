import { useState } from 'react';
import { Button, Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { deadlineBounds, DEFAULT_DEADLINE_SETTINGS } from '../../../../shared/systems/supervision/deadline';
import {
  ITEM_SOURCES,
  ITEM_STATUSES,
  type ItemSource,
  type ItemStatus,
} from '../../../../shared/systems/supervision/item';
import { type OpenItemsView, supervisionItemsRepo } from '../data/supervisionItemsRepo';
import { supervisionSettingsRepo } from '../data/supervisionSettingsRepo';
import { PagerControls } from '../../../core/ui/PagerControls';
import { useKeysetPager } from '../../../core/ui/useKeysetPager';
import { navigate } from '../../../core/shell/routes';
import { InstructionModal } from './InstructionModal';
import { ItemsTable } from './ItemsTable';
import { TaskListImportButton } from './TaskListImportButton';
import { type ItemsScope, placeSub } from './supervisionRoute';
import { UnitSelect } from './UnitSelect';
import { useToday } from './useToday';
import { UnitCountsTable } from './UnitCountsTable';
import { supervisionCountsRepo } from '../data/supervisionCountsRepo';

const VIEWS: OpenItemsView[] = ['open', 'overdue', 'dueSoon', 'onTrack'];
type By = ItemsScope['by'];

/**
 * 督办事项 tracking: every open item by deadline (overdue first), by unit, by source, by status,
 * and a unit's whole history. The scope lives in the address, so the Dashboard opens it directly.
 */
export function ItemsPanel({ scope }: { scope: ItemsScope }) {
  const { t } = useTranslation();
  const today = useToday();
  const settings = useLiveQuery(() => supervisionSettingsRepo.deadlines(), []) ?? DEFAULT_DEADLINE_SETTINGS;
  const bounds = deadlineBounds(today, settings);
  const pager = useKeysetPager<string>(`${placeSub({ page: 'items', scope })}|${today}|${settings.dueSoonDays}`);
  const [entering, setEntering] = useState(false);
  const go = (next: ItemsScope) => navigate('supervision', placeSub({ page: 'items', scope: next }));

  const page = useLiveQuery(() => {
    if (scope.by === 'status') return supervisionItemsRepo.listByStatus({ status: scope.status, after: pager.after });
    if (scope.by === 'history') return supervisionItemsRepo.unitHistory({ unitId: scope.unitId, before: pager.after });
    if (scope.by === 'unit' && !scope.unitId) return Promise.resolve({ rows: [], nextAfter: null });
    return supervisionItemsRepo.listOpen({
      view: scope.view,
      today,
      settings,
      unitId: scope.by === 'unit' ? scope.unitId : undefined,
      source: scope.by === 'source' ? scope.source : undefined,
      after: pager.after,
    });
  }, [placeSub({ page: 'items', scope }), today, settings.dueSoonDays, pager.after]);

  const changeBy = (by: By) => {
    const view = 'view' in scope ? scope.view : 'open';
    const unitId = 'unitId' in scope ? scope.unitId : null;
    if (by === 'all') go({ by, view });
    else if (by === 'source') go({ by, source: 'source' in scope ? scope.source : 'check', view });
    else if (by === 'status') go({ by, status: 'status' in scope ? scope.status : 'replied' });
    else go({ by: 'unit', unitId: unitId ?? '', view });
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <SegmentedControl
            aria-label={t('supervision.items.by')}
            value={scope.by === 'history' ? 'unit' : scope.by}
            onChange={(v) => changeBy(v as By)}
            data={(['all', 'unit', 'source', 'status'] as const).map((b) => ({
              value: b,
              label: t(`supervision.items.byValues.${b}`),
            }))}
          />
          {(scope.by === 'unit' || scope.by === 'history') && (
            <UnitSelect
              aria-label={t('supervision.items.unit')}
              placeholder={t('supervision.items.pickUnit')}
              value={scope.unitId}
              onChange={(v) =>
                v &&
                go(scope.by === 'history' ? { by: 'history', unitId: v } : { by: 'unit', unitId: v, view: scope.view })
              }
              w={240}
            />
          )}
          {scope.by === 'source' && (
            <Select
              aria-label={t('supervision.items.source')}
              allowDeselect={false}
              value={scope.source}
              onChange={(v) => go({ ...scope, source: v as ItemSource })}
              data={ITEM_SOURCES.map((s) => ({ value: s, label: t(`supervision.source.${s}`) }))}
              w={180}
            />
          )}
          {scope.by === 'status' && (
            <Select
              aria-label={t('supervision.items.status')}
              allowDeselect={false}
              value={scope.status}
              onChange={(v) => go({ by: 'status', status: v as ItemStatus })}
              data={ITEM_STATUSES.map((s) => ({ value: s, label: t(`supervision.itemStatus.${s}`) }))}
              w={200}
            />
          )}
        </Group>
        <Group>
          <TaskListImportButton />
          <Button onClick={() => setEntering(true)}>{t('supervision.instruction.open')}</Button>
        </Group>
      </Group>
      {'view' in scope && !(scope.by === 'unit' && !scope.unitId) && (
        <Group>
          <SegmentedControl
            aria-label={t('supervision.items.view')}
            value={scope.view}
            onChange={(v) => go({ ...scope, view: v as OpenItemsView })}
            data={VIEWS.map((v) => ({ value: v, label: t(`supervision.items.views.${v}`) }))}
          />
          {scope.by === 'unit' && (
            <Button variant="subtle" size="xs" onClick={() => go({ by: 'history', unitId: scope.unitId })}>
              {t('supervision.items.history')}
            </Button>
          )}
        </Group>
      )}
      {scope.by === 'history' && (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          onClick={() => go({ by: 'unit', unitId: scope.unitId, view: 'open' })}
        >
          {t('supervision.items.backToOpen')}
        </Button>
      )}
      {scope.by === 'unit' && !scope.unitId ? (
        <AllUnitsCounts today={today} />
      ) : (
        <ItemsTable rows={page?.rows} bounds={bounds} label={t('supervision.items.table')} />
      )}
      {!(scope.by === 'unit' && !scope.unitId) && (
        <PagerControls
          pageNumber={pager.pageNumber}
          hasNext={!!page?.nextAfter}
          onPrevious={pager.previous}
          onNext={() => page?.nextAfter && pager.next(page.nextAfter)}
        />
      )}
      {entering && <InstructionModal onClose={() => setEntering(false)} />}
    </Stack>
  );
}

/** Before a unit is picked: every unit with open items and its figures, most overdue first. */
function AllUnitsCounts({ today }: { today: string }) {
  const { t } = useTranslation();
  const counts = useLiveQuery(() => supervisionCountsRepo.dashboard(today), [today]);
  return counts ? <UnitCountsTable rows={counts.byUnit} label={t('supervision.dashboard.byUnit')} /> : null;
}
