// (g) System 4 (bench/page/evaluation.ts): 10 000 returns of 40 answers stored through the
// repository, the year's unit × content × quarter matrix read from the kept results, the results
// page's view of them, and one keyed return saved. Logs the machine's load average meanwhile.
import os from 'node:os';

const RETURNS = Number(process.env.BENCH_EVALUATION_RETURNS ?? 10_000);

export async function evaluationBench(page, { settle, log }) {
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  await page.evaluate(() => window.runBench('reset'));
  await settle();
  log(`evaluation: storing ${RETURNS} returns (load ${load()})`);
  const stored = await page.evaluate((returns) => window.runBench('evaluationPrepare', { returns }), RETURNS);
  log('evaluation returns stored:', JSON.stringify(stored));
  await settle();
  const loadBefore = load();
  const m = await page.evaluate(() => window.runBench('evaluationMatrix', { reps: 50 }));
  log('evaluation matrix:', JSON.stringify(m), `load ${loadBefore} → ${load()}`);
  const e = await page.evaluate(() => window.runBench('evaluationEnter', { reps: 50 }));
  log('evaluation enter:', JSON.stringify(e), `load ${load()}`);
  const row = (name, value, unit, goal = null) => ({ name, value: Math.round(value * 100) / 100, unit, goal });
  return [
    row('evaluation.returns', stored.returns, 'returns'),
    row('evaluation.gradeAnswersPerReturn', stored.gradeAnswersPerReturn, 'answers'),
    row('evaluation.store.ms', stored.writeMs, 'ms'),
    { ...row('evaluation.keptEqualsRecount', stored.keptEqualsRecount, 'bool', 1), atLeast: true },
    row('evaluation.matrix.year.median', m.matrixMedian, 'ms'),
    row('evaluation.matrix.year.p95', m.matrixP95, 'ms', 100),
    row('evaluation.resultsView.median', m.viewMedian, 'ms'),
    row('evaluation.resultsView.p95', m.viewP95, 'ms', 100),
    row('evaluation.recount.median', m.recountMedian, 'ms'),
    row('evaluation.enterReturn.median', e.enterMedian, 'ms'),
    row('evaluation.enterReturn.p95', e.enterP95, 'ms', 50),
    row('evaluation.loadavg1', os.loadavg()[0], 'load'),
  ];
}
