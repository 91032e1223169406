import { layoutPaperForm } from '../../shared/systems/evaluation/paperForm/layoutForm';
import { readScans } from '../../renderer/systems/evaluation/scan/scanClient';
import { SAMPLE_FORM } from '../../tests/support/scan/sampleForm';

/**
 * Issue 19: the generated stack read by the app's own scan client and worker (pdf.js for the PDF,
 * zxing-wasm for the codes), timed from the first file handed over to the last page read. The
 * longest main-thread task while reading shows whether the screen would have frozen.
 */
export async function scanRead(o: { base: string; files: string[] }) {
  const files = await Promise.all(
    o.files.map(async (name) => ({ name, blob: await (await fetch(`${o.base}${name}`)).blob() })),
  );
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const t0 = performance.now();
  const batch = await readScans(files, [layoutPaperForm(SAMPLE_FORM)], () => {}).result;
  const ms = performance.now() - t0;
  observer.disconnect();
  const pages = batch.pages.map((p) => ({
    file: p.source.fileName,
    index: p.source.index,
    status: p.reading.status,
    code: p.reading.code ? `${p.reading.code.copyNumber}/${p.reading.code.pageNo}` : null,
    boxes: p.reading.boxes.map((b) => [b.id, b.state]),
  }));
  return { ms, longestTask, failures: batch.failures.length, pages };
}
