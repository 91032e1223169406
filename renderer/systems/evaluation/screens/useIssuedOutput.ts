import { notifications } from '@mantine/notifications';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { useDocumentOutput, type OutputFormat } from '../../../core/documents/output/useDocumentOutput';
import { useErrorText } from '../../../core/ui/useErrorText';

/** Print / PDF / Word of a registered document by id, exactly as issued. Render <DocumentOutputModals/>. */
export function useIssuedOutput() {
  const output = useDocumentOutput();
  const errorText = useErrorText();
  return {
    output,
    async issued(format: OutputFormat, id: string) {
      try {
        const doc = await documentsRepo.get(id);
        if (doc) output.request(format, doc.document, doc.id);
      } catch (e) {
        notifications.show({ color: 'red', message: errorText(e) });
      }
    },
  };
}
