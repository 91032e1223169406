import { describe, expect, it, vi } from 'vitest';
import { STANDARD_FONT_PLAN } from '../../../../shared/core/documents/fonts';
import type { SaveArchiveRequest } from '../../../../shared/core/bridge/archiveSchemas';
import { freshDb } from '../../../../tests/support/testDb';
import { memoryHost } from '../../../../tests/support/memoryHost';
import { supervisionRegistry } from '../../../../tests/support/supervisionFixtures';
import { setHost } from '../../../core/host';
import { supervisionItemFlowRepo } from '../data/supervisionItemFlowRepo';
import { supervisionItemsCreateRepo } from '../data/supervisionItemsCreateRepo';
import { supervisionItemsRepo } from '../data/supervisionItemsRepo';
import { archiveItem } from './buildArchive';

// No page to measure fonts on in Node: the documents are set in the standard fonts.
vi.mock('../../../core/documents/output/fontDetection', () => ({ detectFontPlan: () => STANDARD_FONT_PLAN }));

const instruction = (unitIds: string[]) => ({
  by: '张书记',
  on: '2026-05-02',
  ref: '市委领导在《人才工作专报》第5期上的批示',
  category: 'leaderInstructions' as const,
  matter: '落实高校毕业生留海就业补贴',
  requirement: '5月底前兑现到位',
  unitIds,
  dueOn: '2026-05-31',
  replyBy: '2026-05-31',
  secrecy: 'internal' as const,
});

/** A closed item with a slip, one feedback with a photo, verified; and a host that keeps what it was handed. */
async function closedItem(host: 'browser' | 'electron') {
  freshDb();
  const saved: SaveArchiveRequest[] = [];
  setHost({
    ...memoryHost(),
    appInfo: async () => ({ name: 'test', version: '0', host, platform: 'node' }),
    async saveArchive(req) {
      saved.push(req);
      return { status: 'saved', path: req.suggestedName };
    },
  });
  const { town } = await supervisionRegistry();
  const [item] = await supervisionItemsCreateRepo.createInstruction(instruction([town.id]));
  await supervisionItemFlowRepo.issueSlip(item.id, new Date('2026-05-03T09:00:00'));
  const photo = { name: '现场照片.jpg', type: 'image/jpeg', bytes: new Uint8Array([255, 216, 255]) };
  await supervisionItemFlowRepo.addFeedback(
    item.id,
    { receivedOn: '2026-05-28', progress: '已兑现', reportedBy: '李明' },
    [photo],
  );
  await supervisionItemFlowRepo.verify(item.id, {
    outcome: 'done',
    verifiedOn: '2026-05-30',
    verifiedBy: '王芳',
    note: '电话核实，已全部兑现',
  });
  return { id: item.id, saved };
}

/** The names the zip holds, as the host writes them (a browser keeps each PDF's print page as .html). */
function zipNames(req: SaveArchiveRequest, host: 'browser' | 'electron'): string[] {
  const pdfs = req.pdfs.map((p) => (host === 'browser' ? p.path.replace(/\.pdf$/, '.html') : p.path));
  return [...req.files.map((f) => f.path), ...pdfs].sort();
}

const catalogueHtml = (req: SaveArchiveRequest) => req.pdfs.find((p) => p.path === '00-卷内文件目录.pdf')!.html;

describe('立卷归档 bundle', () => {
  it('files each step as a document, and its 卷内文件目录 lists exactly the files the zip holds (browser: no PDF)', async () => {
    const { id, saved } = await closedItem('browser');
    await archiveItem((await supervisionItemsRepo.get(id))!, new Date('2026-06-01T10:00:00'));
    const [req] = saved;
    expect(zipNames(req, 'browser')).toEqual([
      '00-卷内文件目录.docx',
      '00-卷内文件目录.html',
      '01-督办通知单.docx',
      '01-督办通知单.html',
      '02-办理情况反馈.docx',
      '02-办理情况反馈.html',
      '03-核实办结销号登记.docx',
      '03-核实办结销号登记.html',
      '04-办理情况登记表.docx',
      '04-办理情况登记表.html',
      '证明材料/02-01-现场照片.jpg',
    ]);
    const html = catalogueHtml(req);
    for (const name of zipNames(req, 'browser').filter((n) => !n.startsWith('00-'))) expect(html).toContain(name);
    expect(html).not.toMatch(/\.pdf/);
    expect(html).toContain('不含 PDF');
    for (const column of ['件号', '责任者', '文号', '题名', '日期', '页数', '密级', '备注'])
      expect(html).toContain(`<th>${column}</th>`);
    // 件 02: the unit's feedback, dated as received, two pages (its record and the photo), its evidence noted.
    expect(html).toMatch(/<td>02<\/td><td class="left">牛庄镇<\/td><td class="left"><\/td>/);
    expect(html).toMatch(/<td>20260528<\/td><td>2<\/td><td>内部<\/td><td class="left">附证明材料1份<\/td>/);
    expect(html).toContain('海人才督〔2026〕1号');
    expect(html).toContain('<td>20260530</td>');
    // The feedback and 销号 are documents of their own, not only lines of a summary.
    const close = req.pdfs.find((p) => p.path === '03-核实办结销号登记.pdf')!.html;
    expect(close).toContain('电话核实，已全部兑现');
    expect(close).toContain('2026年5月30日销号');
  });

  it('lists the PDFs where the host prints them (Electron), and an archived item can be saved again', async () => {
    const { id, saved } = await closedItem('electron');
    await archiveItem((await supervisionItemsRepo.get(id))!, new Date('2026-06-01T10:00:00'));
    const archived = (await supervisionItemsRepo.get(id))!;
    expect(archived).toMatchObject({ status: 'archived' });
    expect(catalogueHtml(saved[0])).toContain('01-督办通知单.pdf');
    expect(catalogueHtml(saved[0])).not.toContain('.html');
    await archiveItem(archived, new Date('2026-07-01T10:00:00'));
    expect(saved).toHaveLength(2);
    expect(zipNames(saved[1], 'electron')).toEqual(zipNames(saved[0], 'electron'));
    // Saved again, it is the same file: filed on the day it was archived, the item unchanged.
    expect(catalogueHtml(saved[1])).toContain('立卷日期：2026年6月1日');
    expect(await supervisionItemsRepo.get(id)).toEqual(archived);
  });
});
