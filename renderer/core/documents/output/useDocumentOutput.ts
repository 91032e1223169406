import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { OfficialDocument } from '../../../../shared/core/documents/model';
import { type FontChoice, substitutedRoles } from '../../../../shared/core/documents/fonts';
import { useErrorText } from '../../ui/useErrorText';
import { detectFontPlan, loadFontPlan } from './fontDetection';
import { acknowledgeFontWarning, fontWarningAcknowledged } from './fontWarningSession';
import { exportDocx, exportPdf, printDocument } from './outputDocument';
import type { PrintOptions } from './PrintOptionsModal';
import { recordedOutput } from './recordedOutput';
import { getHost } from '../../host';
import { stampFromRegister } from './registerStamp';
import type { PrintResult, SaveFileResult } from '../../../../shared/core/bridge/schemas';

export type OutputFormat = 'print' | 'pdf' | 'docx';

/**
 * What a document was made from: an issued document of the register, or the record behind an unnumbered one (抽签记录 → its
 * check).
 */
export type OutputSource = string | { entity: string; id: string };

interface Output {
  format: OutputFormat;
  doc: OfficialDocument;
  source: OutputSource;
}

/** The register line of one output of a document: what, which record, 密级, and copies where known. */
function outputRecord(doc: OfficialDocument, source: OutputSource, format: OutputFormat, print: PrintOptions) {
  const silent = format === 'print' && print.mode === 'silent';
  return {
    kind: doc.kind,
    sourceEntity: typeof source === 'string' ? 'documents' : source.entity,
    sourceId: typeof source === 'string' ? source : source.id,
    title: doc.title,
    number: doc.number ?? doc.minutes?.issueLabel ?? doc.bulletin?.issueLabel ?? null,
    secrecy: doc.secrecy,
    format,
    // Straight to a printer Electron prints one copy; in the printer dialog the user chose.
    copies: silent ? 1 : null,
    target: silent ? (print.printerName ?? null) : null,
  };
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

  const run = async ({ format, doc: asGiven, source }: Output, print: PrintOptions = { mode: 'dialog' }) => {
    setPending(null);
    const fonts = detectFontPlan();
    const browserPdf = format === 'pdf' && (await getHost().appInfo()).host === 'browser';
    if (browserPdf) notifications.show({ message: t('documents.output.pdfInBrowser'), autoClose: 15_000 });
    try {
      const doc = await stampFromRegister(asGiven, source);
      // Every print and export of a record goes into the print register (who, what, 密级, copies).
      const result = await recordedOutput<PrintResult | SaveFileResult>(
        format === 'print' ? 'print' : 'export',
        outputRecord(doc, source, format, print),
        () =>
          format === 'print'
            ? printDocument(doc, fonts, print)
            : format === 'pdf'
              ? exportPdf(doc, fonts)
              : exportDocx(doc, fonts),
      );
      if (result.status === 'cancelled') return;
      // A browser prints to PDF through its own dialog and cannot know where (or whether) it was saved.
      if (format === 'pdf' && browserPdf) return;
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
    /** Starts an output; asks first if fonts are substituted (once a session), and how to print. */
    request(format: OutputFormat, doc: OfficialDocument, source: OutputSource) {
      // The warning names the faces print really uses: the local() faces load first (once a session).
      void loadFontPlan().then((fonts) => {
        const substitutes = fontWarningAcknowledged() ? [] : substitutedRoles(fonts);
        if (substitutes.length > 0) setPending({ format, doc, source, stage: 'fonts', substitutes });
        else proceed({ format, doc, source });
      });
    },
    confirmFonts: () => {
      if (!pending) return;
      acknowledgeFontWarning();
      proceed(pending);
    },
    confirmPrint: (options: PrintOptions) => pending && void run(pending, options),
    cancel: () => setPending(null),
  };
}
