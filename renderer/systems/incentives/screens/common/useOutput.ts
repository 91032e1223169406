import { notifications } from '@mantine/notifications';
import type { OfficialDocument } from '../../../../../shared/core/documents/model';
import { documentsRepo } from '../../../../core/data/documentsRepo';
import {
  type OutputFormat,
  type OutputSource,
  useDocumentOutput,
} from '../../../../core/documents/output/useDocumentOutput';
import { useErrorText } from '../../../../core/ui/useErrorText';

/**
 * Print / PDF / Word of System 3's documents: registered ones by id (a reprint is exactly as
 * issued), the points report as built. Render <DocumentOutputModals output={out.output} /> once.
 */
export function useOutput() {
  const output = useDocumentOutput();
  const errorText = useErrorText();
  return {
    output,
    async registered(format: OutputFormat, documentId: string) {
      try {
        const doc = await documentsRepo.get(documentId);
        if (doc) output.request(format, doc.document, doc.id);
      } catch (e) {
        notifications.show({ color: 'red', message: errorText(e) });
      }
    },
    /** `source`: the record the built document is read from (the print register names it). */
    built: (format: OutputFormat, doc: OfficialDocument, source: OutputSource) => output.request(format, doc, source),
  };
}
export type Output = ReturnType<typeof useOutput>;
