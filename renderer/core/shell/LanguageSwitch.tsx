import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import type { Language } from '../i18n/resources';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      value={i18n.language}
      onChange={(value) => void changeLanguage(value as Language)}
      data={[
        { value: 'zh-CN', label: t('shell.languages.zh-CN') },
        { value: 'en', label: t('shell.languages.en') },
      ]}
    />
  );
}
