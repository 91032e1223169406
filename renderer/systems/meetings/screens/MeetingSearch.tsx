import { useMemo, useState } from 'react';
import { Anchor, Badge, Card, Group, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { buildMeetingSearch, snippet } from '../../../../shared/systems/meetings/search';
import { meetingSearchRepo } from '../data/meetingSearchRepo';
import { navigate } from '../../../core/shell/routes';

/** Full-text search over topics and minutes (Chinese words), each hit opening its meeting. */
export function MeetingSearch() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  // Read only once something is typed: the index is built from every topic and minutes.
  const entries = useLiveQuery(
    () => (debounced ? meetingSearchRepo.entries() : Promise.resolve([])),
    [debounced !== ''],
  );
  const search = useMemo(() => buildMeetingSearch(entries ?? []), [entries]);
  const hits = debounced ? search(debounced, 30) : [];

  return (
    <Card withBorder>
      <Stack gap="xs">
        <TextInput
          label={t('meetings.search.label')}
          placeholder={t('meetings.search.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        {debounced && (
          <ScrollArea.Autosize mah={260}>
            <Stack gap={6} role="list" aria-label={t('meetings.search.results')}>
              {hits.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('meetings.search.none')}
                </Text>
              )}
              {hits.map((hit) => (
                <div key={hit.entry.id} role="listitem">
                  <Group gap={6} wrap="nowrap">
                    <Badge size="sm" variant="light" color={hit.entry.type === 'minutes' ? 'green' : 'blue'}>
                      {t(`meetings.search.types.${hit.entry.type}`)}
                    </Badge>
                    <Anchor
                      size="sm"
                      href={`#/meetings/${hit.entry.meetingId}`}
                      onClick={() => navigate('meetings', hit.entry.meetingId)}
                    >
                      {hit.entry.title}
                    </Anchor>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {hit.entry.meetingTitle} · {snippet(hit.entry.text || hit.entry.title, hit.terms)}
                  </Text>
                </div>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Card>
  );
}
