import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/core/common/localDate';
import { deadlineBounds, DEFAULT_DEADLINE_SETTINGS } from '../../../../../shared/systems/supervision';
import { tenthsText } from '../../../../../shared/systems/evaluation';
import { navigate } from '../../../../core/shell/routes';
import { DeadlineBadge, STATUS_COLORS, supervisionService } from '../../../supervision';
import { remindersRepo } from '../../data/remindersRepo';
import { useNames } from '../useNames';
import { usePeriodText } from '../usePeriodText';

/**
 * 通报提醒 issued and their 限期整改, each tracked by supervision until verified done: the item's
 * deadline state (临期 / 逾期) and status come from supervision, and each opens its item.
 */
export function RemindersPanel({ highlight }: { highlight?: string }) {
  const { t } = useTranslation();
  const periodText = usePeriodText();
  const names = useNames();
  const reminders = useLiveQuery(() => remindersRepo.list(), []);
  const items =
    useLiveQuery(async () => supervisionService.items((reminders ?? []).map((r) => r.itemId)), [reminders]) ?? [];
  const settings = useLiveQuery(() => supervisionService.deadlineSettings(), []) ?? DEFAULT_DEADLINE_SETTINGS;
  const bounds = deadlineBounds(localDate(new Date()), settings);
  if (reminders && reminders.length === 0) return <Text c="dimmed">{t('evaluation.reminders.none')}</Text>;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('evaluation.reminders.intro')}
      </Text>
      <Table striped aria-label={t('evaluation.tabs.reminders')}>
        <Table.Thead>
          <Table.Tr>
            {(['number', 'unit', 'period', 'figures', 'issuedOn', 'dueOn', 'state'] as const).map((h) => (
              <Table.Th key={h}>{t(`evaluation.reminders.columns.${h}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(reminders ?? []).map((r, i) => {
            const item = items[i];
            return (
              <Table.Tr key={r.id} bg={r.id === highlight ? 'yellow.0' : undefined} data-testid="reminder-row">
                <Table.Td>{r.number}</Table.Td>
                <Table.Td>
                  {names.unitName(r.unitId)}
                  {r.contentId ? ` · ${names.contentName(r.contentId)}` : ''}
                </Table.Td>
                <Table.Td>{periodText(r.period)}</Table.Td>
                <Table.Td>
                  {t('evaluation.reminders.figures', {
                    score: tenthsText(r.scoreTenths),
                    n: r.n,
                    dissatisfied: r.dissatisfied,
                  })}
                </Table.Td>
                <Table.Td>{r.issuedOn}</Table.Td>
                <Table.Td>
                  {item?.dueOn ?? r.dueOn}
                  {r.assumedYears.length > 0 && (
                    <Text size="xs" c="orange">
                      {t('evaluation.reminders.assumed', { years: r.assumedYears.join('、') })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {item && (
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => navigate('supervision', supervisionService.itemSub(item.id))}
                    >
                      <Badge variant="outline" color={STATUS_COLORS[item.status]} mr={4}>
                        {t(`evaluation.reminders.itemStatus.${item.status}`)}
                      </Badge>
                      {/* 临期 / 逾期 while the rectification is open; once done the status says it. */}
                      {(item.status === 'open' || item.status === 'replied') && (
                        <DeadlineBadge item={item} bounds={bounds} />
                      )}
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
