import { useEffect, useState } from 'react';
import { Anchor, Badge, Card, Group, List, Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../shared/core/common/localDate';
import type { TodayRecord } from '../manifest';
import { navigate } from '../shell/routes';
import { countToday, loadTodayTasks, type LoadedTask, type TaskCount } from './todayTasks';

const TONE = { red: 'red.7', yellow: 'yellow.8', blue: 'blue.7' } as const;

/**
 * Today (工作台): one list of what waits, from every system's manifest — each line counted by its
 * system's own query and opening the list it counts (or, where a system has no such list page,
 * listing the records themselves). Lines with nothing waiting are named together below.
 */
export function TodayList() {
  const { t } = useTranslation();
  const tk = t as unknown as (key: string, o?: object) => string;
  const today = localDate(new Date());
  const [tasks, setTasks] = useState<LoadedTask[] | null>(null);
  const [shown, setShown] = useState<{ id: string; records: readonly TodayRecord[] } | null>(null);
  useEffect(() => void loadTodayTasks().then(setTasks), []);
  const counts = useLiveQuery(() => (tasks ? countToday(tasks, today) : undefined), [tasks, today]);
  const waiting = (counts ?? []).filter((c) => c.count > 0);
  const clear = (counts ?? []).filter((c) => c.count === 0);
  const key = (c: TaskCount) => `${c.system}-${c.task.id}`;
  const open = async (c: TaskCount) => {
    const records = await c.reader.list(today);
    const link = c.reader.link(records);
    if (link) navigate(link.path, link.sub);
    else setShown(shown?.id === key(c) ? null : { id: key(c), records });
  };
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3}>{t('today.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('today.hint')}
        </Text>
        {!counts && <Loader size="sm" />}
        {counts && waiting.length === 0 && <Text fw={600}>{t('today.nothing')}</Text>}
        <Stack gap={4} role="list" aria-label={t('today.title')}>
          {waiting.map((c) => (
            <Stack key={key(c)} gap={2} role="listitem">
              <UnstyledButton onClick={() => void open(c)} aria-label={tk(c.task.labelKey)}>
                <Group justify="space-between" p={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
                  <Text>{tk(c.task.labelKey)}</Text>
                  <Badge size="lg" color={TONE[c.task.tone]} data-testid={`today-${key(c)}`}>
                    {c.count}
                  </Badge>
                </Group>
              </UnstyledButton>
              {shown?.id === key(c) && (
                <List size="sm" ml="md" data-testid={`today-records-${key(c)}`}>
                  {shown.records.map((r) => (
                    <List.Item key={r.id}>
                      {r.link ? (
                        <Anchor component="button" type="button" onClick={() => navigate(r.link!.path, r.link!.sub)}>
                          {r.title ?? r.id}
                        </Anchor>
                      ) : (
                        (r.title ?? r.id)
                      )}
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          ))}
        </Stack>
        {clear.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="today-clear">
            {t('today.clear', { list: clear.map((c) => tk(c.task.labelKey)).join(t('today.listSeparator')) })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
