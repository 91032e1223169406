// (a) insert: the repositories' bulk path against raw IndexedDB puts, into freshly deleted databases.
import { taskSummary, traceMainThread } from './benchTrace.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** (a) Alternating runs, each into a freshly deleted database after the disk settled; medians. */
export async function insertBench(page, { settle, log }, count, runs, kinds) {
  const times = Object.fromEntries(kinds.map((k) => [k, []]));
  const search = { catchUp: [], longestCpu: [], insertLongestCpu: [] };
  const options = {
    raw: ['insertRaw', { indexes: false }],
    rawIndexed: ['insertRaw', { indexes: true }],
    repo: ['insertRepo', {}],
  };
  for (let i = 0; i < runs; i++) {
    for (const key of kinds) {
      await page.evaluate(() => window.runBench('reset'));
      await settle();
      const [name, o] = options[key];
      // The repository's insert keeps the search index (insert.ts): its main thread is traced, catch-up included.
      const traced = await traceMainThread(page, () =>
        page.evaluate(([n, x]) => window.runBench(n, x), [name, { count, ...o }]),
      );
      const r = traced.result;
      times[key].push(r.ms);
      log(`insert ${count} ${key} run ${i + 1}/${runs}: ${r.ms.toFixed(0)} ms`);
      if (key === 'repo') {
        const tasks = taskSummary(traced.tasks);
        // The tasks after the commit (insert.ts marks it): the index catching up, apart from the insert's own.
        const from = traced.marks['search catch-up'] ?? Infinity;
        const catchUp = taskSummary(traced.tasks.filter((t) => t.ts >= from));
        search.catchUp.push(r.searchCatchUpMs);
        search.longestCpu.push(catchUp.longestCpuMs);
        search.insertLongestCpu.push(taskSummary(traced.tasks.filter((t) => t.ts < from)).longestCpuMs);
        log(`  search index caught up ${r.searchCatchUpMs.toFixed(0)} ms later; main thread: ${JSON.stringify(tasks)}`);
        log(`  main thread while catching up: ${JSON.stringify(catchUp)}`);
      }
    }
  }
  return {
    ...Object.fromEntries(kinds.map((k) => [k, median(times[k])])),
    searchCatchUp: median(search.catchUp),
    searchLongestCpu: Math.max(...search.longestCpu),
    insertLongestCpu: Math.max(...search.insertLongestCpu),
  };
}
