import { printsOnLetterhead } from '../../../../shared/core/documents/render/html/letterhead';
import { FontWarningModal } from './FontWarningModal';
import { PrintOptionsModal } from './PrintOptionsModal';
import type { useDocumentOutput } from './useDocumentOutput';

/** The questions asked before output (font substitutes, how to print), for any page that outputs documents. */
export function DocumentOutputModals({ output }: { output: ReturnType<typeof useDocumentOutput> }) {
  return (
    <>
      {output.pending?.stage === 'fonts' && (
        <FontWarningModal
          substitutes={output.pending.substitutes}
          onConfirm={output.confirmFonts}
          onCancel={output.cancel}
        />
      )}
      {output.pending?.stage === 'print' && (
        <PrintOptionsModal
          canUseLetterhead={printsOnLetterhead(output.pending.doc.kind)}
          onConfirm={output.confirmPrint}
          onCancel={output.cancel}
        />
      )}
    </>
  );
}
