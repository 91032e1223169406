import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { OfficialDocument } from '../../../shared/documents/model';
import { type FontChoice, substitutedRoles } from '../../../shared/documents/fonts';
import { documentsRepo } from '../../data/repos/documentsRepo';
import { useErrorText } from '../../ui/useErrorText';
import { detectFontPlan } from './fontDetection';
import { exportDocx, exportPdf, printDocument } from './outputDocument';

export type OutputFormat = 'print' | 'pdf' | 'docx';

interface Pending {
  format: OutputFormat;
  doc: OfficialDocument;
  registerId?: string;
  substitutes: FontChoice[];
}

/**
 * Print / PDF / Word for a document, warning first when this PC lacks a standard font (the
 * output then uses the named substitute). A cancelled dialog changes nothing and says nothing.
 */
export function useDocumentOutput() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [pending, setPending] = useState<Pending | null>(null);

  const run = async ({ format, doc, registerId }: Omit<Pending, 'substitutes'>) => {
    setPending(null);
    const fonts = detectFontPlan();
    try {
      const result = format === 'print' ? await printDocument(doc, fonts) : format === 'pdf' ? await exportPdf(doc, fonts) : await exportDocx(doc, fonts);
      if (result.status === 'cancelled') return;
      if (registerId) await documentsRepo.recordOutput(registerId, format === 'print' ? 'print' : 'export', format);
      if (result.status === 'saved') notifications.show({ color: 'green', message: t('documents.output.saved', { path: result.path }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e), autoClose: false });
    }
  };

  return {
    pending,
    /** Starts an output; asks first if fonts are substituted. */
    request(format: OutputFormat, doc: OfficialDocument, registerId?: string) {
      const substitutes = substitutedRoles(detectFontPlan());
      if (substitutes.length > 0) setPending({ format, doc, registerId, substitutes });
      else void run({ format, doc, registerId });
    },
    confirm: () => pending && void run(pending),
    cancel: () => setPending(null),
  };
}
