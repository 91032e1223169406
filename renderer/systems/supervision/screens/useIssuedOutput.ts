import { notifications } from '@mantine/notifications';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { useDocumentOutput, type OutputFormat } from '../../../core/documents/output/useDocumentOutput';
import { useErrorText } from '../../../core/ui/useErrorText';

/**
 * Print / PDF / Word for documents of the register, by id (reprints are exactly as issued), and
 * for records that are not registered (抽签记录). One per page; render <DocumentOutputModals/>.
 */
export function useIssuedOutput() {
  const output = useDocumentOutput();
  const errorText = useErrorText();
  return {
    output,
    async issued(format: OutputFormat, idOrDoc: string | IssuedDocument) {
      try {
        const doc = typeof idOrDoc === 'string' ? await documentsRepo.get(idOrDoc) : idOrDoc;
        if (doc) output.request(format, doc.document, doc.id);
      } catch (e) {
        notifications.show({ color: 'red', message: errorText(e) });
      }
    },
  };
}
