import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import { registerLine } from './registerLine';

/** A register row in words: 督办通知单 — 牛庄镇 — 人才驿站建设 (the unit left out when the document names none). */
export function RegisterLineText({ doc }: { doc: IssuedDocument }) {
  const { t } = useTranslation();
  const { unit, matter } = registerLine(doc);
  return (
    <Text size="sm" lineClamp={2} title={doc.title}>
      <Text span fw={500} size="sm">
        {t(`documents.kinds.${doc.kind}`)}
      </Text>
      {unit && ` — ${unit}`}
      {` — ${matter}`}
    </Text>
  );
}
