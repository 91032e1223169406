import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { OfficialDocument } from '../../../../shared/core/documents/model';
import { type FontChoice, substitutedRoles } from '../../../../shared/core/documents/fonts';
import { documentsRepo } from '../../data/documentsRepo';
import { useErrorText } from '../../ui/useErrorText';
import { detectFontPlan } from './fontDetection';
import { exportDocx, exportPdf, printDocument } from './outputDocument';
import type { PrintOptions } from './PrintOptionsModal';

export type OutputFormat = 'print' | 'pdf' | 'docx';

interface Output {
  format: OutputFormat;
  doc: OfficialDocument;
  registerId?: string;
}

/** What the user is asked before output: the font warning, then (printing) how to print. */
type Pending = (Output & { stage: 'fonts'; substitutes: FontChoice[] }) | (Output & { stage: 'print' });

/**
 * Print / PDF / Word for a document, warning first when this PC lacks a standard font (the
 * output then uses the named substitute). A cancelled dialog changes nothing and says nothing.
 */
export function useDocumentOutput() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [pending, setPending] = useState<Pending | null>(null);

  const run = async ({ format, doc, registerId }: Output, print: PrintOptions = { mode: 'dialog' }) => {
    setPending(null);
    const fonts = detectFontPlan();
    try {
      const result =
        format === 'print'
          ? await printDocument(doc, fonts, print)
          : format === 'pdf'
            ? await exportPdf(doc, fonts)
            : await exportDocx(doc, fonts);
      if (result.status === 'cancelled') return;
      if (registerId) await documentsRepo.recordOutput(registerId, format === 'print' ? 'print' : 'export', format);
      if (result.status === 'saved')
        notifications.show({ color: 'green', message: t('documents.output.saved', { path: result.path }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e), autoClose: false });
    }
  };

  const proceed = (output: Output) =>
    output.format === 'print' ? setPending({ ...output, stage: 'print' }) : void run(output);

  return {
    pending,
    /** Starts an output; asks first if fonts are substituted, and how to print. */
    request(format: OutputFormat, doc: OfficialDocument, registerId?: string) {
      const substitutes = substitutedRoles(detectFontPlan());
      if (substitutes.length > 0) setPending({ format, doc, registerId, stage: 'fonts', substitutes });
      else proceed({ format, doc, registerId });
    },
    confirmFonts: () => pending && proceed(pending),
    confirmPrint: (options: PrintOptions) => pending && void run(pending, options),
    cancel: () => setPending(null),
  };
}
