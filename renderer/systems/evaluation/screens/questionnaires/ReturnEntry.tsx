import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Alert, Anchor, Group, Kbd, Stack, Text, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/core/common/localDate';
import {
  isComplete,
  pressKey,
  refuse,
  slotsOf,
  startEntry,
  typeText,
  versionOfCopy,
  type Answers,
  type EntryCursor,
  type QuestionnaireVersion,
} from '../../../../../shared/systems/evaluation';
import { navigate } from '../../../../core/shell/routes';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { useActionError } from '../../../../core/ui/useActionError';
import { questionnairesRepo } from '../../data/questionnairesRepo';
import { returnsRepo } from '../../data/returnsRepo';
import { placeSub } from '../evaluationRoute';
import { useNames } from '../useNames';
import { EntryGrid } from './EntryGrid';

interface Open {
  copy: number;
  version: QuestionnaireVersion;
  /** Second entry: the return keyed first. */
  returnId?: string;
}

/** Keys as printed on the keycaps, the same in every language. */
const KEY_CAPS = ['Backspace', 'Enter', 'Esc'];

/**
 * 录入回收问卷, keyboard only: type the copy number and Enter; then a digit per item (1 = the first
 * box) moves to the next; Enter on the last saves, and the next copy number is ready. With double
 * entry the second person keys the copies awaiting them here too, blind to the first entry.
 */
export function ReturnEntry({ questionnaireId, isSecond }: { questionnaireId: string; isSecond: boolean }) {
  const { t } = useTranslation();
  const names = useNames();
  const { error, run, clear } = useActionError();
  const q = useLiveQuery(() => questionnairesRepo.get(questionnaireId), [questionnaireId]);
  const awaiting = useLiveQuery(
    () => (isSecond ? returnsRepo.listByStatus(questionnaireId, 'awaitingSecond') : Promise.resolve([])),
    [questionnaireId, isSecond],
  );
  const [copyText, setCopyText] = useState('');
  const [receivedOn, setReceivedOn] = useState(localDate(new Date()));
  const [open, setOpen] = useState<Open | null>(null);
  const [cursor, setCursor] = useState<EntryCursor>(startEntry());
  const [saved, setSaved] = useState<string | null>(null);
  const copyRef = useRef<HTMLInputElement>(null);
  // Keys typed after Enter on the copy number, before its form has opened: kept and applied to it.
  const early = useRef<string[] | null>(null);
  const keyedTwice = useRef(new Set<number>());
  const gridRef = useRef<HTMLDivElement>(null);
  // Where the copy opened: the keys typed before its form was shown (begin) already applied.
  const openedAt = useRef<EntryCursor>(startEntry());
  // Before the browser handles another key: focus the grid and apply the keys typed since the copy opened,
  // as the grid would have — an Enter among them saves a complete copy, an Escape drops it (a fast typist's
  // Enter, pressed while the form was being shown, was lost and the copy sat unsaved).
  useLayoutEffect(() => {
    if (!open) return void copyRef.current?.focus();
    gridRef.current?.focus();
    const gap = early.current ?? [];
    early.current = null;
    if (!gap.length) return;
    const slots = slotsOf(open.version);
    const grades = open.version.scale.grades.length;
    let typed = openedAt.current;
    for (const key of gap) {
      if (key === 'Escape') return void (setOpen(null), clear());
      if (key === 'Enter' && isComplete(slots, typed)) {
        const answers = typed.answers;
        return void (setCursor(typed), run(() => store(open, answers)));
      }
      if (key.length === 1) typed = pressKey(slots, grades, typed, key);
    }
    setCursor(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opened copy, with that render's helpers
  }, [open]);
  // Back to the grid once a text answer is ended, so the next Enter saves.
  const atText = open ? slotsOf(open.version)[cursor.index]?.kind === 'text' : false;
  useEffect(() => {
    if (open && !atText) gridRef.current?.focus();
  }, [open, atText]);
  useEffect(() => {
    // The next copy awaiting a second entry; the list may not yet know of the one just saved.
    const next = awaiting?.find((r) => !keyedTwice.current.has(r.copyNumber));
    if (isSecond && !open && next && !copyText) setCopyText(String(next.copyNumber));
  }, [isSecond, open, awaiting, copyText]);
  if (!q) return null;

  const begin = () => {
    early.current = [];
    let opened = false;
    return run(async () => {
      setSaved(null);
      const copy = Number(copyText);
      const versionNo = Number.isInteger(copy) ? versionOfCopy(q, copy) : undefined;
      if (versionNo === undefined) throw refuse('copyNotPrinted', { copy: copyText });
      const existing = await returnsRepo.byCopy(q.id, copy);
      if (!isSecond && existing) throw refuse('copyEnteredTwice', { copy });
      if (isSecond && existing?.status !== 'awaitingSecond') throw refuse('secondEntryNotAwaited');
      const version = await questionnairesRepo.version(q.id, versionNo);
      if (!version) throw refuse('copyNotPrinted', { copy });
      const slots = slotsOf(version);
      const grades = version.scale.grades.length;
      const entry = { copy, version, returnId: existing?.id };
      // A fast typist's keys, up to an Escape (drops the copy) or the Enter that saves it.
      let typed = startEntry();
      for (const key of early.current ?? []) {
        if (key === 'Escape') return;
        if (key === 'Enter' && isComplete(slots, typed)) return store(entry, typed.answers);
        typed = pressKey(slots, grades, typed, key);
      }
      setCursor(typed);
      openedAt.current = typed;
      setOpen(entry);
      early.current = [];
      opened = true;
    }).finally(() => !opened && (early.current = null));
  };

  const store = async (entry: Open, answers: Answers) => {
    if (entry.returnId) {
      const after = await returnsRepo.enterSecond(entry.returnId, answers);
      keyedTwice.current.add(entry.copy);
      setSaved(
        t(`evaluation.entry.secondSaved.${after.status === 'matched' ? 'matched' : 'differs'}`, {
          copy: entry.copy,
          count: after.differences.length,
        }),
      );
      setCopyText('');
    } else {
      await returnsRepo.enter(q.id, { copyNumber: entry.copy, receivedOn, answers });
      setSaved(t('evaluation.entry.saved', { copy: entry.copy }));
      setCopyText(String(entry.copy + 1));
    }
    setOpen(null);
  };
  const save = (entry: Open) => run(() => store(entry, cursor.answers));

  const onGridKey = (e: React.KeyboardEvent) => {
    if (!open) return;
    const slots = slotsOf(open.version);
    if (e.key === 'Escape') return void (setOpen(null), clear());
    if (isComplete(slots, cursor) && e.key === 'Enter') return void (e.preventDefault(), save(open));
    if (slots[cursor.index]?.kind === 'text' && e.key !== 'Enter' && !e.key.startsWith('Arrow')) return;
    e.preventDefault();
    setCursor(pressKey(slots, open.version.scale.grades.length, cursor, e.key));
  };

  return (
    <Stack>
      <Anchor
        component="button"
        type="button"
        size="sm"
        w="fit-content"
        onClick={() => navigate('evaluation', placeSub({ page: 'questionnaire', id: q.id }))}
      >
        {t('evaluation.entry.back', { title: q.title })}
      </Anchor>
      <Title order={3}>{t(isSecond ? 'evaluation.entry.secondTitle' : 'evaluation.entry.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('evaluation.entry.keys')} <Kbd>1</Kbd>–<Kbd>{open?.version.scale.grades.length ?? 5}</Kbd> <Kbd>0</Kbd>{' '}
        {KEY_CAPS.map((key) => (
          <Kbd key={key} mr={4}>
            {key}
          </Kbd>
        ))}
      </Text>
      <ErrorAlert error={error} />
      {saved && <Alert color="green">{saved}</Alert>}
      <Group align="flex-end">
        <TextInput
          ref={copyRef}
          label={t('evaluation.fields.copyNumber')}
          value={copyText}
          disabled={!!open}
          onChange={(e) => setCopyText(e.currentTarget.value.replace(/\D/g, ''))}
          onKeyDown={(e) => {
            if (early.current) return void (e.preventDefault(), early.current.push(e.key));
            if (e.key === 'Enter') void begin();
          }}
        />
        {!isSecond && (
          <TextInput
            type="date"
            label={t('evaluation.fields.receivedOn')}
            value={receivedOn}
            onChange={(e) => setReceivedOn(e.currentTarget.value)}
          />
        )}
        {isSecond && awaiting && <Text size="sm">{t('evaluation.entry.awaiting', { count: awaiting.length })}</Text>}
      </Group>
      {open && (
        <EntryGrid
          ref={gridRef}
          version={open.version}
          cursor={cursor}
          names={names}
          onKeyDown={onGridKey}
          onText={(text) => setCursor(typeText(slotsOf(open.version), cursor, text))}
        />
      )}
    </Stack>
  );
}
