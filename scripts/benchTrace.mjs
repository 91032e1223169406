// Main-thread tasks by CPU time, from a Chromium trace: on a machine shared by many jobs a task's
// wall time includes the time the OS gave the core to someone else, its CPU time does not.

/** Runs `work` while tracing the page's renderer; returns its result and the main thread's tasks. */
export async function traceMainThread(page, work) {
  const cdp = await page.context().newCDPSession(page);
  const chunks = [];
  cdp.on('Tracing.dataCollected', ({ value }) => chunks.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  // MajorGC / MinorGC, the collections DevTools shows, are traced under devtools.timeline and v8.
  // BENCH_TRACE_CATEGORIES adds categories (e.g. blink,disabled-by-default-v8.gc) to find what a long task held.
  const extra = process.env.BENCH_TRACE_CATEGORIES ? `,${process.env.BENCH_TRACE_CATEGORIES}` : '';
  const categories = `toplevel,devtools.timeline,v8${extra}`;
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  let result;
  try {
    result = await work();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
  }
  if (process.env.BENCH_TRACE_LONG) logLongTasks(chunks);
  // console.timeStamp(name) in the page marks a moment: tasks can be told apart by when they began.
  const marks = Object.fromEntries(
    chunks.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message).map((e) => [e.args.data.message, e.ts]),
  );
  return { result, tasks: mainThreadTasks(chunks), marks };
}

/** Each task the renderer's main thread ran: wall and CPU milliseconds, and the GC inside it. */
function mainThreadTasks(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const gcs = onMain.filter((e) => e.name === 'MajorGC' || e.name === 'MinorGC');
  return tasks.map((t) => ({
    ts: t.ts,
    wallMs: t.dur / 1000,
    cpuMs: (t.tdur ?? t.dur) / 1000,
    gcMs: gcs.filter((g) => g.ts >= t.ts && g.ts <= t.ts + t.dur).reduce((sum, g) => sum + (g.tdur ?? g.dur) / 1000, 0),
  }));
}

/** The longest task by CPU time, how many took over 50 ms of CPU, and the GC in the longest. */
export function taskSummary(tasks) {
  const byCpu = [...tasks].sort((a, b) => b.cpuMs - a.cpuMs);
  return {
    longestCpuMs: byCpu[0]?.cpuMs ?? 0,
    longestCpuGcMs: byCpu[0]?.gcMs ?? 0,
    over50CpuMs: tasks.filter((t) => t.cpuMs > 50).length,
    longestWallMs: Math.max(0, ...tasks.map((t) => t.wallMs)),
    tasks: tasks.length,
  };
}

/** BENCH_TRACE_LONG=1: prints what ran inside each main-thread task over 50 ms of CPU, CPU ms by event name. */
function logLongTasks(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const long = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.tdur ?? e.dur) > 50_000);
  for (const task of long) {
    const byName = new Map();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts > task.ts + task.dur) continue;
      const d = e.args?.data;
      const name =
        d?.functionName || d?.url
          ? `${e.name}(${d.functionName ?? ''}@${d.lineNumber ?? ''}:${d.columnNumber ?? ''})`
          : e.name;
      byName.set(name, (byName.get(name) ?? 0) + (e.tdur ?? e.dur) / 1000);
    }
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12);
    const cpu = ((task.tdur ?? task.dur) / 1000).toFixed(1);
    console.log(
      `long task ${(task.dur / 1000).toFixed(1)} ms wall, ${cpu} cpu:`,
      top.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(' | '),
    );
  }
}
