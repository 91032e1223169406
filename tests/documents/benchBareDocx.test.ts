import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bareDocx, bareSpecOf } from '../../bench/bareDocx';
import { bulletinOf200 } from '../../bench/documents';
import { renderDocx } from '../../shared/core/documents/render/docx/renderDocx';

/** The bench's docx ratio compares like with like only if its bare side writes the very same Word parts. */
const parts = (docx: Uint8Array) =>
  Object.fromEntries(
    Object.entries(unzipSync(docx))
      .filter(([name]) => name.startsWith('word/'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );

/** '' when equal; else both texts around where they first differ (the parts are too long to print whole). */
function firstDifference(x: string, y: string): string {
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return i === x.length && i === y.length ? '' : `${x.slice(i - 80, i + 80)}\n≠\n${y.slice(i - 80, i + 80)}`;
}

describe('the docx bench figure (bench/bareDocx.ts)', () => {
  it('packs the 200-item bulletin with the same paragraphs, runs, section, footers, styles and font table as renderDocx', async () => {
    const doc = bulletinOf200();
    const ours = await renderDocx(doc);
    const bare = await bareDocx(bareSpecOf(ours, { title: doc.title, creator: doc.signature?.organ ?? '' }));
    const [a, b] = [parts(ours), parts(bare)];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) expect(firstDifference(b[name], a[name]), name).toBe('');
    expect(a['word/document.xml'].match(/<w:p>/g)?.length).toBeGreaterThan(200);
  });
});
