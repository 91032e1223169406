import { localDate } from '../../../../shared/core/common/localDate';
import type { OfficialDocument } from '../../../../shared/core/documents/model';
import {
  buildArchiveIndex,
  type ArchiveFileEntry,
} from '../../../../shared/systems/supervision/documents/itemDocuments';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import type { SaveArchiveRequest } from '../../../../shared/core/bridge/archiveSchemas';
import type { SaveFileResult } from '../../../../shared/core/bridge/schemas';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { supervisionItemFlowRepo } from '../data/supervisionItemFlowRepo';
import { supervisionItemsRepo } from '../data/supervisionItemsRepo';
import { getHost } from '../../../core/host';
import { detectFontPlan } from '../../../core/documents/output/fontDetection';
import { printHtml } from '../../../core/documents/output/outputDocument';
import { recordedOutput } from '../../../core/documents/output/recordedOutput';
import { highestSecrecy, type SecrecyLevel } from '../../../../shared/core/common/secrecy';

/** A name a zip entry may carry: no path separators or characters file systems refuse. */
export function safeName(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
      .trim()
      .slice(0, 80) || '_'
  );
}

/**
 * 立卷归档 (S2-4.5): every document of a closed item (its 督办通知单, each 情况说明 呈阅件, each 延期 呈批单) as Word
 * and, where the host can, PDF; every evidence file; and an index listing all of it. The host
 * writes one zip; only when it is saved is the item marked archived.
 */
export async function archiveItem(item: SupervisionItem, now = new Date()): Promise<SaveFileResult> {
  const [office, feedback, explanations, [unit]] = await Promise.all([
    settingsRepo.office(),
    supervisionItemsRepo.feedbackOf(item.id),
    supervisionItemsRepo.explanationsOf(item.id),
    supervisionItemsRepo.unitsOf([item.unitId]),
  ]);
  const fonts = detectFontPlan();
  const { renderDocx } = await import('../../../../shared/core/documents/render/docx/renderDocx');
  const files: SaveArchiveRequest['files'] = [];
  const pdfs: SaveArchiveRequest['pdfs'] = [];
  const index: ArchiveFileEntry[] = [];
  const levels: SecrecyLevel[] = [item.secrecy];
  const addDocument = async (n: number, title: string, doc: OfficialDocument) => {
    levels.push(doc.secrecy);
    const base = `${String(n).padStart(2, '0')}-${safeName(title)}`;
    files.push({ path: `${base}.docx`, bytes: new Uint8Array(await renderDocx(doc, fonts)) });
    pdfs.push({ path: `${base}.pdf`, ...printHtml(doc, fonts) });
    index.push({ path: `${base}.docx`, title: `${title}（Word）` }, { path: `${base}.pdf`, title: `${title}（PDF）` });
  };
  let n = 1;
  const slip = item.slipDocumentId ? await documentsRepo.get(item.slipDocumentId) : undefined;
  if (slip) await addDocument(n++, `督办通知单 ${slip.number}`, slip.document);
  for (const e of explanations) {
    const doc = e.slipDocumentId ? await documentsRepo.get(e.slipDocumentId) : undefined;
    if (doc) await addDocument(n++, `情况说明呈阅件 ${doc.number}`, doc.document);
  }
  for (const e of item.extensions ?? []) {
    const doc = e.slipDocumentId ? await documentsRepo.get(e.slipDocumentId) : undefined;
    if (doc) await addDocument(n++, `延期呈批单 ${doc.number}`, doc.document);
  }
  const attachments = await supervisionItemsRepo.attachmentsOf(feedback.map((f) => f.id));
  for (const [i, a] of attachments.entries()) {
    const blob = await supervisionItemsRepo.attachmentBlob(a.id);
    if (!blob) continue;
    const path = `证明材料/${String(i + 1).padStart(2, '0')}-${safeName(a.name)}`;
    files.push({ path, bytes: new Uint8Array(await blob.arrayBuffer()) });
    index.push({ path, title: `证明材料：${a.name}` });
  }
  const indexDoc = buildArchiveIndex({
    item,
    unitName: unit?.name ?? item.unitId,
    feedback,
    explanations,
    files: index,
    office,
    date: localDate(now),
  });
  pdfs.unshift({ path: '00-立卷归档目录.pdf', ...printHtml(indexDoc, fonts) });
  const suggestedName = `${safeName(item.slipNumber ?? item.matter)} 立卷归档.zip`;
  // The zip holds the item's documents and evidence: registered at the highest 密级 among them.
  const record = { kind: 'archive', sourceEntity: 'supervisionItems', sourceId: item.id, title: suggestedName };
  const result = await recordedOutput(
    'export',
    { ...record, number: item.slipNumber ?? null, secrecy: highestSecrecy(levels), format: 'zip', copies: null },
    () => getHost().saveArchive({ suggestedName, files, pdfs }),
  );
  if (result.status === 'saved') await supervisionItemFlowRepo.markArchived(item.id, suggestedName, now);
  return result;
}
