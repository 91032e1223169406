import { useState } from 'react';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import { useTranslation } from 'react-i18next';
import type { SearchAnswer, SearchGroup, SearchHit } from '../../../shared/core/search/entry';
import type { SecrecyLevel } from '../../../shared/core/common/secrecy';
import { marksIn, type Marked } from '../../../shared/core/search/snippet';
import { MarkedText } from './MarkedText';
import { useSnippets } from './useSearch';
import { searchLabelKey } from './searchSession';

/** Hits shown of each kind until the user asks for all of them. */
const SHOWN = 5;

const SECRECY_COLORS: Record<SecrecyLevel, string> = {
  public: 'gray',
  internal: 'blue',
  secret: 'orange',
  confidential: 'red',
};

/** 密级 of a hit: shown for every level but 公开, so a classified record is never mistaken for an open one. */
function SecrecyBadge({ level }: { level: SecrecyLevel }) {
  const { t } = useTranslation();
  if (level === 'public') return null;
  return (
    <Badge size="sm" variant="light" color={SECRECY_COLORS[level]} data-testid="secrecy-badge">
      {t(`documents.secrecy.${level}`)}
    </Badge>
  );
}

function Hit({ hit, terms, snippet, onOpen }: { hit: SearchHit; terms: string[]; snippet?: Marked; onOpen(): void }) {
  const { entry } = hit;
  return (
    <Spotlight.Action onClick={onOpen} aria-label={entry.title} data-route={entry.route}>
      <Group wrap="nowrap" w="100%" justify="space-between" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} lineClamp={1}>
            <MarkedText text={entry.title} marks={marksIn(entry.title, terms)} />
          </Text>
          {entry.subtitle && (
            <Text size="xs" c="dimmed" lineClamp={1}>
              <MarkedText text={entry.subtitle} marks={marksIn(entry.subtitle, terms)} />
            </Text>
          )}
          {snippet && (
            <Text size="xs" lineClamp={2}>
              <MarkedText {...snippet} />
            </Text>
          )}
        </Stack>
        <SecrecyBadge level={entry.secrecy} />
      </Group>
    </Spotlight.Action>
  );
}

/**
 * The answer grouped by kind (单位, 议题, 督办事项…), the first few of each, every hit opening its
 * record; a group with more says how many and shows them all on request.
 */
export function SearchResults({ answer, onOpen }: { answer: SearchAnswer; onOpen(route: string): void }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<string | null>(null);
  const shown = (g: SearchGroup) => (g.kind === expanded ? g.hits : g.hits.slice(0, SHOWN));
  const keys = answer.groups.flatMap((g) => shown(g).map((h) => h.entry.key));
  const snippets = useSnippets(keys, answer.terms);
  const groupLabel = (group: SearchGroup) => {
    const labelKey = searchLabelKey(group.kind);
    const label = labelKey ? t(labelKey as 'search.open') : group.kind;
    return `${label} · ${t('search.groupCount', { shown: shown(group).length, total: group.total })}`;
  };
  return (
    <>
      {answer.groups.map((group) => (
        <Spotlight.ActionsGroup
          key={group.kind}
          label={groupLabel(group)}
          // The label is drawn by CSS (attr(data-label)): the group also names itself for screen readers.
          role="group"
          aria-label={groupLabel(group)}
          data-kind={group.kind}
        >
          {shown(group).map((hit) => (
            <Hit
              key={hit.entry.key}
              hit={hit}
              terms={answer.terms}
              snippet={snippets.get(hit.entry.key)}
              onOpen={() => onOpen(hit.entry.route)}
            />
          ))}
          {group.kind !== expanded && group.hits.length > SHOWN && (
            <Spotlight.Action closeSpotlightOnTrigger={false} onClick={() => setExpanded(group.kind)}>
              <Text size="xs" c="blue">
                {t('search.more', { count: group.hits.length - SHOWN })}
              </Text>
            </Spotlight.Action>
          )}
        </Spotlight.ActionsGroup>
      ))}
    </>
  );
}
