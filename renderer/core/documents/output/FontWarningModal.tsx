import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FontChoice } from '../../../../shared/core/documents/fonts';

/** Before printing or exporting with a substitute font: say which, and let the user decide. */
export function FontWarningModal({
  substitutes,
  onConfirm,
  onCancel,
}: {
  substitutes: FontChoice[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onCancel} title={t('documents.fonts.title')}>
      <Stack>
        <Text size="sm">{t('documents.fonts.intro')}</Text>
        <List size="sm">
          {substitutes.map((s) => (
            <List.Item key={s.role}>
              {s.isInstalled
                ? t('documents.fonts.substitute', { role: t(`documents.fonts.roles.${s.role}`), family: s.family })
                : t('documents.fonts.missing', { role: t(`documents.fonts.roles.${s.role}`) })}
            </List.Item>
          ))}
        </List>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onConfirm}>{t('documents.fonts.continue')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
