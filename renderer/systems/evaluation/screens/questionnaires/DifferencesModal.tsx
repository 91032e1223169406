import { useState } from 'react';
import { Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { slotsOf, type AnswerValue } from '../../../../../shared/systems/evaluation';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { questionnairesRepo } from '../../data/questionnairesRepo';
import { returnsRepo } from '../../data/returnsRepo';
import type { Names } from '../useNames';
import { answerText, slotLabel } from './slotLabel';

type Pick = 'first' | 'second' | 'blank';

/** 核定: each slot where the two entries differ, settled against the paper copy. */
export function DifferencesModal({
  returnId,
  names,
  onClose,
}: {
  returnId: string;
  names: Names;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const ret = useLiveQuery(() => returnsRepo.get(returnId), [returnId]);
  const version = useLiveQuery(
    async () => (ret ? questionnairesRepo.version(ret.questionnaireId, ret.version) : undefined),
    [ret?.id],
  );
  const [picks, setPicks] = useState<Record<string, Pick>>({});
  if (!ret || !version || !ret.second) return null;
  const slots = slotsOf(version).filter((s) => ret.differences.includes(s.key));
  const labels = version.scale.grades.map((g) => g.label);
  const save = () =>
    run(async () => {
      const choices: Record<string, AnswerValue | null> = {};
      for (const [key, pick] of Object.entries(picks))
        choices[key] =
          pick === 'blank' ? null : ((pick === 'first' ? ret.first.answers[key] : ret.second!.answers[key]) ?? null);
      await returnsRepo.settle(ret.id, choices);
      notifications.show({ color: 'green', message: t('evaluation.settle.done', { copy: ret.copyNumber }) });
      onClose();
    });
  return (
    <Modal opened onClose={onClose} size="xl" title={t('evaluation.settle.modal', { copy: ret.copyNumber })}>
      <form onSubmit={(e) => (e.preventDefault(), void save())}>
        <Stack>
          <ErrorAlert error={error} />
          <Text size="sm">
            {t('evaluation.settle.intro', { first: ret.first.staffName, second: ret.second.staffName })}
          </Text>
          <Table>
            <Table.Tbody>
              {slots.map((s) => (
                <Table.Tr key={s.key}>
                  <Table.Td>
                    {s.no}. {slotLabel(s, version, names)}
                  </Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      aria-label={`${s.no}`}
                      value={picks[s.key] ?? ''}
                      onChange={(v) => setPicks({ ...picks, [s.key]: v as Pick })}
                      data={[
                        { value: 'first', label: answerText(s, ret.first.answers[s.key], labels, t) },
                        { value: 'second', label: answerText(s, ret.second!.answers[s.key], labels, t) },
                        { value: 'blank', label: t('evaluation.entry.blank') },
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <FormActions onCancel={onClose} submitLabel={t('evaluation.settle.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
