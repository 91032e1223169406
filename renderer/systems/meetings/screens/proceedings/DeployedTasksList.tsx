import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/core/common/localDate';
import { deadlineBounds, DEFAULT_DEADLINE_SETTINGS } from '../../../../../shared/systems/supervision';
import type { SupervisionItem } from '../../../../../shared/systems/supervision';
import { groupTasks, orderTasks } from '../../../../../shared/systems/meetings/tasks';
import type { AgendaItem } from '../../../../../shared/systems/meetings/topic';
import { DeadlineBadge, STATUS_COLORS, supervisionService } from '../../../supervision';
import { navigate } from '../../../../core/shell/routes';

/**
 * What the topic already deployed, shown in the proceedings dialog so staff do not deploy it twice:
 * each task's matter and deadline, and per unit the supervision item's state as System 2 keeps it,
 * with a link to the item (#/supervision/item.<id>, System 2's address for one item).
 */
export function DeployedTasksList({
  topic,
  items,
  unitName,
  onOpenItem,
}: {
  topic: AgendaItem;
  items: readonly SupervisionItem[];
  unitName: (id: string) => string;
  onOpenItem: () => void;
}) {
  const { t } = useTranslation();
  // 临期 and 逾期 as the office set them in Settings, the same as every supervision list.
  const settings = useLiveQuery(() => supervisionService.deadlineSettings(), []);
  if (items.length === 0) return null;
  const bounds = deadlineBounds(localDate(new Date()), settings ?? DEFAULT_DEADLINE_SETTINGS);
  const byId = new Map(items.map((i) => [i.id, i]));
  // In the order the topic deployed them.
  const tasks = orderTasks(groupTasks(items), [topic]);

  return (
    <Stack gap={6} data-testid="deployed-tasks">
      <Text size="sm" fw={600}>
        {t('meetings.tasks.deployedTitle', { n: tasks.length })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('meetings.tasks.deployedHint')}
      </Text>
      <Table withTableBorder verticalSpacing={4} aria-label={t('meetings.tasks.deployedTitle', { n: tasks.length })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meetings.task.matter')}</Table.Th>
            <Table.Th>{t('meetings.task.unitIds')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('meetings.task.dueOn')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.flatMap((task) =>
            task.itemIds.map((id, i) => {
              const item = byId.get(id)!;
              return (
                <Table.Tr key={id}>
                  {i === 0 && (
                    <Table.Td rowSpan={task.itemIds.length} style={{ verticalAlign: 'top' }}>
                      {task.matter}
                    </Table.Td>
                  )}
                  <Table.Td>{unitName(item.unitId)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.dueOn}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Badge variant="light" color={STATUS_COLORS[item.status]} style={{ flexShrink: 0 }}>
                        {t(`supervision.itemStatus.${item.status}`)}
                      </Badge>
                      <DeadlineBadge item={item} bounds={bounds} />
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor
                      size="sm"
                      href={`#/supervision/item.${id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onOpenItem();
                        navigate('supervision', `item.${id}`);
                      }}
                    >
                      {t('meetings.tasks.openItem')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              );
            }),
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
