import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  onCancel: () => void;
  /** What the submit button says; 保存 unless the form does something more specific. */
  submitLabel?: string;
  /** Spins the submit button while the save is running. */
  loading?: boolean;
  /** red for a form that withdraws or voids something. */
  color?: string;
  /** What the button that leaves says; 取消 unless that reads like the step itself (取消会议 → 关闭). */
  cancelLabel?: string;
}

/** A form's closing row, the same in every dialog: 取消 on the left, the submit button on the right. */
export function FormActions({ onCancel, submitLabel, loading, color, cancelLabel }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading} color={color}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
