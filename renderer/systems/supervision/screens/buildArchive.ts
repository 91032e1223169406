import { localDate } from '../../../../shared/core/common/localDate';
import type { OfficialDocument } from '../../../../shared/core/documents/model';
import { buildArchiveIndex } from '../../../../shared/systems/supervision/documents/itemDocuments';
import {
  type ArchivePiece,
  buildArchiveCatalogue,
  buildCloseRecord,
  buildFeedbackRecord,
  evidencePages,
  formPages,
} from '../../../../shared/systems/supervision/documents/archiveBundle';
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
import { highestSecrecy } from '../../../../shared/core/common/secrecy';

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

/** One 件 before it is numbered: a document of the item, or the item's record of a step, and its evidence. */
interface Draft extends Omit<ArchivePiece, 'files' | 'pages'> {
  /** Short name for its files */
  name: string;
  doc: OfficialDocument;
  evidence?: { name: string; bytes: Uint8Array<ArrayBuffer> }[];
}

const issuedOn = (at: string) => localDate(new Date(at));
const pad = (n: number) => String(n).padStart(2, '0');

/** Every 件 of the item, in the order it happened: the slip, each feedback, 情况说明, 延期, 销号, the summary. */
async function drafts(item: SupervisionItem, unitName: string, filedOn: string): Promise<Draft[]> {
  const [office, feedback, explanations] = await Promise.all([
    settingsRepo.office(),
    supervisionItemsRepo.feedbackOf(item.id),
    supervisionItemsRepo.explanationsOf(item.id),
  ]);
  const ctx = { item, unitName, office };
  const own = { responsible: office.officeName, secrecy: item.secrecy, note: '' };
  const list: Draft[] = [];
  const issued = async (id: string | undefined, name: string, title: string) => {
    const doc = id ? await documentsRepo.get(id) : undefined;
    if (!doc) return;
    const fields = { number: doc.number, date: issuedOn(doc.issuedAt), secrecy: doc.document.secrecy };
    list.push({ ...own, ...fields, name, title, doc: doc.document });
  };
  await issued(item.slipDocumentId, '督办通知单', `关于“${item.matter}”的督办通知单`);
  const attachments = await supervisionItemsRepo.attachmentsOf(feedback.map((f) => f.id));
  for (const [i, f] of feedback.entries()) {
    const evidence: Draft['evidence'] = [];
    for (const a of attachments.filter((x) => x.ownerId === f.id)) {
      const blob = await supervisionItemsRepo.attachmentBlob(a.id);
      if (blob) evidence.push({ name: a.name, bytes: new Uint8Array(await blob.arrayBuffer()) });
    }
    const names = evidence.map((e) => e.name);
    list.push({
      ...{ responsible: unitName, secrecy: item.secrecy, number: '', date: f.receivedOn, name: '办理情况反馈' },
      title: `${unitName}关于督办事项办理情况的第${i + 1}次反馈`,
      note: evidence.length ? `附证明材料${evidence.length}份` : '',
      doc: buildFeedbackRecord(ctx, f, names, i + 1),
      evidence,
    });
  }
  for (const e of explanations) await issued(e.slipDocumentId, '情况说明呈阅件', `关于${unitName}逾期未办结的情况说明`);
  for (const e of item.extensions ?? [])
    await issued(e.slipDocumentId, '延期呈批单', `关于${unitName}申请延期的呈批单`);
  if (item.closedOn) {
    const doc = buildCloseRecord(ctx);
    list.push({
      ...own,
      name: '核实办结销号登记',
      title: '督办事项核实办结及销号登记',
      number: '',
      date: item.closedOn,
      doc,
    });
  }
  const summary = buildArchiveIndex({ item, unitName, feedback, explanations, files: [], office, date: filedOn });
  list.push({
    ...own,
    name: '办理情况登记表',
    title: '督办事项办理情况登记表',
    number: '',
    date: filedOn,
    doc: summary,
  });
  // Filed in the order things happened; a stable sort keeps a day's steps in the order above.
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.date.localeCompare(b.d.date) || a.i - b.i)
    .map((x) => x.d);
}

/**
 * 立卷归档 (S2-4.5): every 件 of a closed item — its 督办通知单, each feedback with its evidence,
 * each 情况说明 呈阅件 and 延期 呈批单, the verification and 销号, the summary — as Word and, where
 * the host can, PDF (a browser keeps print pages in HTML and the catalogue says so), and the
 * 卷内文件目录 (DA/T 22-2015) listing exactly the files in the zip. The host writes one zip; the
 * first time it is saved the item is marked archived, and an archived item's bundle can be saved again.
 */
export async function archiveItem(item: SupervisionItem, now = new Date()): Promise<SaveFileResult> {
  const [office, [unit], info] = await Promise.all([
    settingsRepo.office(),
    supervisionItemsRepo.unitsOf([item.unitId]),
    getHost().appInfo(),
  ]);
  const printForm = info.host === 'electron' ? 'pdf' : 'html';
  const unitName = unit?.name ?? item.unitId;
  const filedOn = item.archivedAt ? issuedOn(item.archivedAt) : localDate(now);
  const fonts = detectFontPlan();
  const { renderDocx } = await import('../../../../shared/core/documents/render/docx/renderDocx');
  const files: SaveArchiveRequest['files'] = [];
  const pdfs: SaveArchiveRequest['pdfs'] = [];
  const addDocument = async (base: string, doc: OfficialDocument): Promise<string[]> => {
    files.push({ path: `${base}.docx`, bytes: new Uint8Array(await renderDocx(doc, fonts)) });
    pdfs.push({ path: `${base}.pdf`, ...printHtml(doc, fonts) });
    return [`${base}.docx`, `${base}.${printForm}`];
  };
  const pieces: ArchivePiece[] = [];
  for (const [i, d] of (await drafts(item, unitName, filedOn)).entries()) {
    const { doc, evidence = [], name, ...fields } = d;
    const paths = await addDocument(`${pad(i + 1)}-${safeName(name)}`, doc);
    let pages = formPages(doc);
    for (const [j, e] of evidence.entries()) {
      const path = `证明材料/${pad(i + 1)}-${pad(j + 1)}-${safeName(e.name)}`;
      files.push({ path, bytes: e.bytes });
      paths.push(path);
      const more = evidencePages(e.name, e.bytes);
      pages = pages === null || more === null ? null : pages + more;
    }
    pieces.push({ ...fields, pages, files: paths });
  }
  const catalogue = buildArchiveCatalogue({ item, unitName, pieces, office, date: filedOn, printForm });
  await addDocument('00-卷内文件目录', catalogue);
  const suggestedName = `${safeName(item.slipNumber ?? item.matter)} 立卷归档.zip`;
  // The zip holds the item's documents and evidence: registered at the highest 密级 among them.
  const secrecy = highestSecrecy([item.secrecy, ...pieces.map((p) => p.secrecy)]);
  const record = { kind: 'archive', sourceEntity: 'supervisionItems', sourceId: item.id, title: suggestedName };
  const result = await recordedOutput(
    'export',
    { ...record, number: item.slipNumber ?? null, secrecy, format: 'zip', copies: null },
    () => getHost().saveArchive({ suggestedName, files, pdfs }),
  );
  if (result.status === 'saved' && item.status !== 'archived')
    await supervisionItemFlowRepo.markArchived(item.id, suggestedName, now);
  return result;
}
