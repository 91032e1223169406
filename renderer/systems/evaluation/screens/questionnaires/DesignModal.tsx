import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../../shared/core/common/secrecy';
import {
  FIVE_GRADE_SCALE,
  QUESTION_KINDS,
  type Question,
  type QuestionKind,
} from '../../../../../shared/systems/evaluation';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { evaluationSettingsRepo } from '../../data/evaluationSettingsRepo';
import { questionnairesRepo } from '../../data/questionnairesRepo';
import type { Names } from '../useNames';
import { QuestionEditor } from './QuestionEditor';

export interface DesignStart {
  id?: string;
  title: string;
  intro: string;
  secrecy: SecrecyLevel;
  isDoubleEntry: boolean;
  scaleId: string;
  questions: Question[];
  /** The edit will make a new version: say so before saving. */
  makesVersion?: number;
}

const shortId = () => crypto.randomUUID().slice(0, 8);

function blank(kind: QuestionKind): Question {
  const id = shortId();
  if (kind === 'grade') return { id, kind, text: '', unitId: '', contentId: 'performance' };
  if (kind === 'matrix') return { id, kind, text: '', unitIds: [], contentIds: ['policy', 'performance', 'other'] };
  if (kind === 'single') return { id, kind, text: '', options: [] };
  if (kind === 'multiple') return { id, kind, text: '', options: [], maxChoices: 2 };
  return { id, kind, text: '' };
}

/** 问卷设计: the whole questionnaire as it should read; saved into the current version or as the next. */
export function DesignModal({
  start,
  names,
  onClose,
}: {
  start: DesignStart;
  names: Names;
  onClose: (id?: string) => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const scales = useLiveQuery(() => evaluationSettingsRepo.scales(), []) ?? [FIVE_GRADE_SCALE];
  const [d, setD] = useState(start);
  const set = (patch: Partial<DesignStart>) => setD((x) => ({ ...x, ...patch }));
  const setQ = (i: number, q: Question) => set({ questions: d.questions.map((x, j) => (j === i ? q : x)) });
  const save = () =>
    run(async () => {
      const design = { ...d, scale: scales.find((s) => s.id === d.scaleId) ?? FIVE_GRADE_SCALE };
      const saved = d.id ? await questionnairesRepo.revise(d.id, design) : await questionnairesRepo.create(design);
      notifications.show({ color: 'green', message: t('evaluation.design.saved', { version: saved.currentVersion }) });
      onClose(saved.id);
    });
  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={t(d.id ? 'evaluation.design.edit' : 'evaluation.design.new')}
      size="80%"
    >
      <form onSubmit={(e) => (e.preventDefault(), void save())}>
        <Stack>
          <ErrorAlert error={error} />
          {d.makesVersion && <Text c="orange">{t('evaluation.design.newVersion', { version: d.makesVersion })}</Text>}
          <TextInput
            label={t('evaluation.fields.title_q')}
            withAsterisk
            value={d.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
          />
          <Textarea
            label={t('evaluation.fields.intro')}
            autosize
            minRows={2}
            value={d.intro}
            onChange={(e) => set({ intro: e.currentTarget.value })}
          />
          <SimpleGrid cols={3}>
            <Select
              label={t('evaluation.fields.scale')}
              allowDeselect={false}
              data={scales.map((s) => ({
                value: s.id,
                label: `${s.name}（${s.grades.map((g) => g.label).join('/')}）`,
              }))}
              value={d.scaleId}
              onChange={(v) => v && set({ scaleId: v })}
            />
            <Select
              label={t('evaluation.fields.secrecy')}
              allowDeselect={false}
              data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`documents.secrecy.${s}`) }))}
              value={d.secrecy}
              onChange={(v) => v && set({ secrecy: v as SecrecyLevel })}
            />
            <Checkbox
              mt="lg"
              label={t('evaluation.fields.isDoubleEntry')}
              checked={d.isDoubleEntry}
              onChange={(e) => set({ isDoubleEntry: e.currentTarget.checked })}
            />
          </SimpleGrid>
          {d.questions.map((q, i) => (
            <QuestionEditor
              key={q.id}
              question={q}
              index={i}
              names={names}
              onChange={(next) => setQ(i, next)}
              onRemove={() => set({ questions: d.questions.filter((_, j) => j !== i) })}
              onUp={
                i > 0
                  ? () =>
                      set({
                        questions: [...d.questions.slice(0, i - 1), q, d.questions[i - 1], ...d.questions.slice(i + 1)],
                      })
                  : undefined
              }
            />
          ))}
          <Group gap="xs">
            {QUESTION_KINDS.map((kind) => (
              <Button
                key={kind}
                variant="light"
                size="xs"
                onClick={() => set({ questions: [...d.questions, blank(kind)] })}
              >
                {t('evaluation.design.add', { kind: t(`evaluation.questionKinds.${kind}`) })}
              </Button>
            ))}
          </Group>
          <FormActions onCancel={() => onClose()} submitLabel={t('evaluation.design.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
