import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type CorrectionInput, correctionInputSchema } from '../../../../shared/systems/supervision/correction';
import {
  CONTENT_CATEGORIES,
  type ContentCategory,
  type SupervisionItem,
} from '../../../../shared/systems/supervision/item';
import { MATTER_MAX_CHARS, REQUIREMENT_MAX_CHARS } from '../../../../shared/systems/supervision/itemInput';
import { supervisionItemCorrectionsRepo } from '../data/supervisionItemCorrectionsRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { FormActions } from '../../../core/ui/FormActions';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { charCount } from './charCount';
import type { useIssuedOutput } from './useIssuedOutput';
import { useToday } from './useToday';
import { ExtensionRequestModal } from './ExtensionRequestModal';
import { pendingExtension } from '../../../../shared/systems/supervision/extension';

/**
 * Once the deadline on the issued slip has passed, a corrected slip would ask the unit for the
 * impossible: the dialog says so and offers the 延期 path (the granted extension reissues the slip).
 */
function DeadlinePassed({ item, onClose }: { item: SupervisionItem; onClose: () => void }) {
  const { t } = useTranslation();
  const [requesting, setRequesting] = useState(false);
  if (requesting) return <ExtensionRequestModal item={item} onClose={onClose} />;
  const pending = pendingExtension(item);
  return (
    <Modal opened onClose={onClose} title={t('supervision.correct.title')} size="lg">
      <Stack>
        <Alert color="orange" title={t('supervision.correct.deadlinePassedTitle', { dueOn: item.dueOn })}>
          {t(pending ? 'supervision.correct.deadlinePassedPending' : 'supervision.correct.deadlinePassedNote', {
            number: item.slipNumber,
          })}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          {!pending && (
            <Button onClick={() => setRequesting(true)} data-autofocus>
              {t('supervision.extension.request')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * 更正 of matter, requirement and category. Once the 督办通知单 is out, the form asks why it is
 * voided and the corrected slip is numbered and printed at once.
 */
export function CorrectItemModal({
  item,
  out,
  onClose,
}: {
  item: SupervisionItem;
  out: ReturnType<typeof useIssuedOutput>;
  onClose: () => void;
}) {
  const today = useToday();
  if (item.slipNumber && item.dueOn < today) return <DeadlinePassed item={item} onClose={onClose} />;
  return <CorrectionForm item={item} out={out} onClose={onClose} />;
}

function CorrectionForm({
  item,
  out,
  onClose,
}: {
  item: SupervisionItem;
  out: ReturnType<typeof useIssuedOutput>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<CorrectionInput>({
    initialValues: { matter: item.matter, requirement: item.requirement, category: item.category, voidReason: '' },
    // Once the slip is out, the reason it is voided is asked for under its field, before saving.
    validate: (values) => ({
      ...zodValidate(correctionInputSchema, t)(values),
      ...(item.slipDocumentId && !values.voidReason.trim()
        ? { voidReason: t('common.rules.void-reason-required') }
        : {}),
    }),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      const { reissued } = await supervisionItemCorrectionsRepo.correct(item.id, values);
      onClose();
      if (reissued) await out.issued('print', reissued);
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('supervision.correct.title')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">
            {item.slipNumber
              ? t('supervision.correct.afterSlip', { number: item.slipNumber })
              : t('supervision.correct.beforeSlip')}
          </Text>
          <ErrorAlert error={error} />
          <Textarea
            label={t('supervision.fields.matter')}
            description={charCount(t, form.values.matter, MATTER_MAX_CHARS)}
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('matter')}
          />
          <Textarea
            label={t('supervision.fields.requirement')}
            description={charCount(t, form.values.requirement, REQUIREMENT_MAX_CHARS)}
            autosize
            minRows={2}
            {...form.getInputProps('requirement')}
          />
          <Select
            label={t('supervision.fields.category')}
            allowDeselect={false}
            data={CONTENT_CATEGORIES.map((c) => ({ value: c, label: t(`supervision.category.${c}`) }))}
            {...form.getInputProps('category')}
            onChange={(v) => form.setFieldValue('category', v as ContentCategory)}
          />
          {item.slipNumber && (
            <TextInput label={t('supervision.correct.voidReason')} withAsterisk {...form.getInputProps('voidReason')} />
          )}
          <FormActions
            onCancel={onClose}
            submitLabel={item.slipNumber ? t('supervision.correct.saveAndReissue') : t('common.save')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
