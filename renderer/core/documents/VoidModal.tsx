import { useTranslation } from 'react-i18next';
import type { IssuedDocument } from '../../../shared/core/documents/register';
import { documentsRepo } from '../data/documentsRepo';
import { ReasonModal } from '../ui/ReasonModal';

/** Voids an issued document with a reason; its number is never given again. */
export function VoidModal({ doc, onClose }: { doc: IssuedDocument; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ReasonModal
      title={t('documents.void.title')}
      intro={t('documents.void.intro', { number: doc.number, title: doc.title })}
      reasonLabel={t('documents.void.reason')}
      confirmLabel={t('documents.void.confirm')}
      color="red"
      onConfirm={async (reason) => {
        await documentsRepo.voidDocument(doc.id, reason);
        onClose();
      }}
      onClose={onClose}
    />
  );
}
