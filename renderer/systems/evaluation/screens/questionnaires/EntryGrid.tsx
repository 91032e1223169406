import { forwardRef, useEffect, useRef } from 'react';
import { Paper, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  isComplete,
  slotsOf,
  type EntryCursor,
  type QuestionnaireVersion,
} from '../../../../../shared/systems/evaluation';
import type { Names } from '../useNames';
import { answerText, slotLabel } from './slotLabel';

interface Props {
  version: QuestionnaireVersion;
  cursor: EntryCursor;
  names: Names;
  onKeyDown: (e: React.KeyboardEvent) => void;
  onText: (text: string) => void;
}

/** The copy's slots in print order, the current one marked; it takes the keys while it has focus. */
export const EntryGrid = forwardRef<HTMLDivElement, Props>(function EntryGrid(
  { version, cursor, names, onKeyDown, onText },
  ref,
) {
  const { t } = useTranslation();
  const slots = slotsOf(version);
  const labels = version.scale.grades.map((g) => g.label);
  const current = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    current.current?.scrollIntoView({ block: 'nearest' });
  }, [cursor.index]);
  const done = isComplete(slots, cursor);
  return (
    <Paper
      withBorder
      p="xs"
      ref={ref}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={t('evaluation.entry.grid')}
      data-testid="entry-grid"
      style={{ outline: 'none', maxHeight: '60vh', overflow: 'auto' }}
    >
      <Table>
        <Table.Tbody>
          {slots.map((s, i) => {
            const isHere = i === cursor.index;
            return (
              <Table.Tr
                key={s.key}
                ref={isHere ? current : undefined}
                bg={isHere ? 'blue.0' : undefined}
                aria-current={isHere ? 'step' : undefined}
              >
                <Table.Td w={40}>{s.no}</Table.Td>
                <Table.Td>{slotLabel(s, version, names)}</Table.Td>
                <Table.Td w={260} data-testid={`answer-${s.no}`}>
                  {isHere && s.kind === 'text' ? (
                    <TextInput
                      size="xs"
                      autoFocus
                      value={(cursor.answers[s.key] as string) ?? ''}
                      onChange={(e) => onText(e.currentTarget.value)}
                    />
                  ) : (
                    <Text size="sm" c={cursor.answers[s.key] === undefined ? 'dimmed' : undefined}>
                      {i < cursor.index || cursor.answers[s.key] !== undefined
                        ? answerText(s, cursor.answers[s.key], labels, t)
                        : ''}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={500} c={done ? 'blue' : 'dimmed'} mt="xs">
        {done
          ? t('evaluation.entry.pressEnter')
          : t('evaluation.entry.progress', { at: cursor.index + 1, count: slots.length })}
      </Text>
    </Paper>
  );
});
