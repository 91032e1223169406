import { useState } from 'react';
import { Button, Kbd, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SearchResults } from '../search/SearchResults';
import { useSearchAnswer, useSearchStatus } from '../search/useSearch';

/**
 * The search over everything, in the header: a box that opens on a click or Ctrl+K (anywhere,
 * in a form too), finds every record holding what is typed and opens the one picked.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 120);
  const answer = useSearchAnswer(debounced);
  const status = useSearchStatus();
  const open = (route: string) => {
    window.location.hash = `#/${route}`;
  };
  return (
    <>
      <Button
        variant="default"
        size="xs"
        w={260}
        justify="space-between"
        leftSection={<IconSearch size={14} />}
        rightSection={<Kbd size="xs">{t('search.shortcut')}</Kbd>}
        onClick={() => spotlight.open()}
        aria-label={t('search.label')}
      >
        <Text size="xs" c="dimmed">
          {t('search.open')}
        </Text>
      </Button>
      <Spotlight.Root
        query={query}
        onQueryChange={setQuery}
        shortcut={['mod + K']}
        tagsToIgnore={[]}
        scrollable
        maxHeight="70vh"
        size="xl"
      >
        <Spotlight.Search
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          leftSection={<IconSearch size={18} />}
        />
        <Spotlight.ActionsList aria-label={t('search.label')}>
          {status.state !== 'ready' && (
            <Text size="xs" c={status.state === 'failed' ? 'red' : 'dimmed'} px="sm" py={4} role="status">
              {t(`search.${status.state}`, { count: status.indexed })}
            </Text>
          )}
          {!debounced.trim() && (
            <Text size="sm" c="dimmed" p="sm">
              {t('search.hint')}
            </Text>
          )}
          {debounced.trim() && answer.total === 0 && (
            <Spotlight.Empty>{t('search.nothing', { query: debounced.trim() })}</Spotlight.Empty>
          )}
          {answer.total > 0 && (
            <Text size="xs" c="dimmed" px="sm" py={4} data-testid="search-total">
              {t('search.total', { count: answer.total })}
            </Text>
          )}
          <SearchResults answer={answer} onOpen={open} />
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}
