import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  nextCopyNumber,
  type PrintRun,
  type Questionnaire,
  type QuestionnaireVersion,
} from '../../../../../shared/systems/evaluation';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { useActionError } from '../../../../core/ui/useActionError';
import { questionnairesRepo } from '../../data/questionnairesRepo';
import { printBlankForms } from './printBlankForms';

/**
 * 打印空白问卷: numbers the copies (份号 never given twice; the version is frozen from then on) and
 * prints them, each copy numbered, with its version and 密级 on every page.
 */
export function PrintCopiesModal(props: {
  questionnaire: Questionnaire;
  version: QuestionnaireVersion;
  onClose: () => void;
}) {
  const { questionnaire: q, version, onClose } = props;
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const [count, setCount] = useState<number | string>(50);
  const [done, setDone] = useState<PrintRun | null>(null);
  const first = nextCopyNumber(q);
  const print = () =>
    run(async () => {
      const printed = await questionnairesRepo.printCopies(q.id, Number(count));
      setDone(printed);
      await printBlankForms(q, version, printed);
    });
  return (
    <Modal opened onClose={onClose} title={t('evaluation.print.open')}>
      <Stack>
        <ErrorAlert error={error} />
        {done ? (
          <Alert color="green">
            {t('evaluation.print.done', { from: done.fromCopy, to: done.toCopy, version: done.version })}
          </Alert>
        ) : (
          <>
            <Text size="sm">{t('evaluation.print.intro', { version: version.version, first })}</Text>
            <NumberInput label={t('evaluation.fields.count')} min={1} max={5000} value={count} onChange={setCount} />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          {done ? (
            <Button onClick={() => void run(() => printBlankForms(q, version, done))}>
              {t('evaluation.print.again')}
            </Button>
          ) : (
            <Button onClick={() => void print()}>{t('evaluation.print.go')}</Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
