import { type FormEvent, type ReactNode, useState } from 'react';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { ErrorAlert } from './ErrorAlert';
import { FormActions } from './FormActions';
import { useActionError } from './useActionError';

interface Props {
  title: string;
  intro: string;
  reasonLabel: string;
  confirmLabel: string;
  /** red for a step that cancels or voids, orange for one that goes back. */
  color?: string;
  /** The leaving button's text when 取消 would read like the step (取消会议): 关闭. */
  cancelLabel?: string;
  size?: string;
  /** What staff choose besides the reason, shown above it (the phase to go back to) … */
  fieldsBefore?: ReactNode;
  /** … or below it (the documents voided with a cancellation). */
  fieldsAfter?: ReactNode;
  /** The step, with the reason typed. A refusal shows above the form and the dialog stays open. */
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}

/**
 * A step that needs a written reason — cancel or restore a meeting, send it back a phase, void a
 * document: the reason is kept with the record and its audit entry. One dialog for all of them.
 */
export function ReasonModal({
  title,
  cancelLabel,
  intro,
  reasonLabel,
  confirmLabel,
  color,
  size,
  fieldsBefore,
  fieldsAfter,
  onConfirm,
  onClose,
}: Props) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { error, run } = useActionError();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await run(() => onConfirm(reason));
    setBusy(false);
  };

  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <ErrorAlert error={error} />
          <Text size="sm">{intro}</Text>
          {fieldsBefore}
          <Textarea
            label={reasonLabel}
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {fieldsAfter}
          <FormActions
            onCancel={onClose}
            cancelLabel={cancelLabel}
            submitLabel={confirmLabel}
            color={color}
            loading={busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
