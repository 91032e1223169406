// (f) The header search over 100 000 records (bench/page/search.ts): the index built as after
// sign-in (time, memory, the main thread meanwhile), typed queries against a plain scan.
import { taskSummary, traceMainThread } from './benchTrace.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// BENCH_SEARCH_IN_PLACE=1: the index built on the main thread in slices (as before the build worker).
const IN_PLACE = Boolean(process.env.BENCH_SEARCH_IN_PLACE);

export async function searchBench(page, { settle, log, count }) {
  await page.evaluate(() => window.runBench('reset'));
  await settle();
  const stored = await page.evaluate((n) => window.runBench('searchPrepare', { count: n }), count);
  log('search records stored:', JSON.stringify(stored));
  await settle();
  const builds = [];
  for (let i = 0; i < 3; i++) {
    const traced = await traceMainThread(page, () =>
      page.evaluate((inPlace) => window.runBench('searchBuild', { inPlace }), IN_PLACE),
    );
    // The build's own tasks: between the marks searchBuild sets around it (its heap readings force collections).
    const from = traced.marks['search build start'] ?? -Infinity;
    const to = traced.marks['search build end'] ?? Infinity;
    builds.push({ ...traced.result, ...taskSummary(traced.tasks.filter((t) => t.ts >= from && t.ts <= to)) });
    log(`search index built: ${JSON.stringify(builds[i])}`);
  }
  const query = await page.evaluate(() => window.runBench('searchQuery', { reps: 20 }));
  log('search queries:', JSON.stringify(query));
  await page.evaluate(() => window.runBench('searchStop'));
  const b = (key) => median(builds.map((x) => x[key]));
  const most = (key) => Math.max(...builds.map((x) => x[key]));
  const row = (name, value, unit, goal = null) => ({ name, value: Math.round(value * 100) / 100, unit, goal });
  return [
    row('search.records', stored.records, 'records'),
    row('search.build.median', b('ms'), 'ms'),
    row('search.build.heapMB', b('heapMB'), 'MB'),
    row('search.build.postingMB', b('postingMB'), 'MB'),
    row('search.build.inWorker', b('inWorker'), 'yes=1'),
    row('search.build.workerMs', b('workerMs'), 'ms'),
    // null where the worker cannot read its heap (performance.memory is the window's only): no row then.
    ...(builds.some((x) => x.workerHeapMB === null) ? [] : [row('search.build.workerHeapMB', b('workerHeapMB'), 'MB')]),
    row('search.build.longestTaskCpu', most('longestCpuMs'), 'ms', 50),
    row('search.build.tasksOver50Cpu', most('over50CpuMs'), 'tasks'),
    row('search.build.longestTaskWall', most('longestWallMs'), 'ms'),
    row('search.postings', b('postings'), 'postings'),
    row('search.query.median', query.median, 'ms'),
    row('search.query.p95', query.p95, 'ms', 50),
    row('search.query.max', query.max, 'ms'),
    row('search.query.bestP95', query.bestP95, 'ms', 50),
    row('search.query.bestMax', query.bestMax, 'ms'),
    row('search.scan.median', query.scanMedian, 'ms'),
    row('search.scan.p95', query.scanP95, 'ms'),
    row('machine.sum1e7.ms', query.calibrationMs, 'ms'),
  ];
}
