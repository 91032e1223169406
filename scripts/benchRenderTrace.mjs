// The first render's CPU, from a Chromium trace of one page load (scripts/benchRenderAB.mjs with
// RENDER_AB_TRACE=1): the renderer main thread's tasks until the frame the bench counts as visible, by
// kind of work (trace events' self time) and by script and function (V8's sampling profiler in the trace).
// CPU, not wall time: on a machine shared by many jobs the wall time holds other people's work.

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'loading',
  'disabled-by-default-devtools.timeline',
  // RENDER_AB_SAMPLE=1: V8's sampling profiler too (by script and function; it adds its own CPU).
  ...(process.env.RENDER_AB_SAMPLE ? ['disabled-by-default-v8.cpu_profiler'] : []),
].join(',');

/** Runs `load` (which returns the bench's visible moment) while tracing; returns it and the load's CPU. */
export async function loadTrace(page, load) {
  // The moment markFirstVisible.js records is stamped into the trace as well.
  await page.addInitScript(() => {
    let at;
    Object.defineProperty(window, '__benchVisibleAt', {
      configurable: true,
      get: () => at,
      set: (value) => {
        at = value;
        console.timeStamp('benchVisible');
      },
    });
  });
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  let visibleAt;
  try {
    visibleAt = await load();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach().catch(() => undefined);
  }
  return { visibleAt, trace: analyse(events) };
}

function analyse(events) {
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'benchVisible');
  if (!stamp) return null;
  const { pid, tid } = stamp;
  const onMain = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts <= stamp.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  const byKind = selfTimes(onMain, cpu);
  if (process.env.RENDER_AB_DUMP) dumpTasks(onMain, tasks, cpu);
  if (process.env.RENDER_AB_COMPILE) dumpCompiles(events, pid, stamp.ts);
  return {
    cpuMs: tasks.reduce((sum, t) => sum + cpu(t), 0),
    tasks: tasks.length,
    byKind,
    ...sampled(events, pid, tid, stamp.ts),
  };
}

/** RENDER_AB_DUMP=1: each task over 1 ms of CPU, with the events inside it over 0.5 ms. */
function dumpTasks(onMain, tasks, cpu) {
  const t0 = tasks[0]?.ts ?? 0;
  for (const task of tasks) {
    if (cpu(task) < 1) continue;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur && cpu(e) >= 0.5);
    const line = inside.map((e) => `${kindName(e)}${detail(e)} ${cpu(e).toFixed(1)}`).join(' | ');
    console.log(
      `  +${((task.ts - t0) / 1000).toFixed(0)} ms: ${cpu(task).toFixed(1)} cpu`,
      `${(task.dur / 1000).toFixed(1)} wall: ${line}`,
    );
  }
}

/** RENDER_AB_COMPILE=1: every compile, parse and cache event of the page's process, by thread. */
function dumpCompiles(events, pid, until) {
  const threads = new Map(
    events.filter((e) => e.name === 'thread_name' && e.pid === pid).map((e) => [e.tid, e.args.name]),
  );
  const re = /compile|Compile|Stream|stream|Cache|cache|Deserialize/;
  for (const e of events) {
    if (e.pid !== pid || e.ts > until || !re.test(e.name) || e.ph !== 'X') continue;
    const cpu = (e.tdur ?? e.dur) / 1000;
    if (cpu < 0.3) continue;
    const a = JSON.stringify(e.args?.data ?? e.args ?? {}).slice(0, 160);
    console.log(`    ${threads.get(e.tid) ?? e.tid} ${e.name} ${cpu.toFixed(1)} ms ${a}`);
  }
}

function detail(e) {
  const d = e.args?.data;
  if (!d) return '';
  const where = d.url ? d.url.split('/').pop() : d.functionName;
  return where ? `(${where})` : '';
}

/** Self CPU per event name (an event's time minus its children's), nested by start and duration. */
function selfTimes(sorted, cpu) {
  const self = new Map();
  const stack = [];
  for (const e of sorted) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const name = kindName(e);
    self.set(name, (self.get(name) ?? 0) + cpu(e));
    const parent = stack.at(-1);
    if (parent) self.set(kindName(parent), self.get(kindName(parent)) - cpu(e));
    stack.push(e);
  }
  return self;
}

function kindName(e) {
  const url = e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName;
  const file =
    typeof url === 'string'
      ? url
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, '.js')
      : '';
  return ['v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'EvaluateScript'].includes(e.name) && file
    ? `${e.name} ${file}`
    : e.name;
}

/** Self time per script and per function from the sampling profiler's chunks of the main thread's isolate. */
function sampled(events, pid, tid, until) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return { byScript: new Map(), byFunction: new Map() };
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id);
  const nodes = new Map();
  let at = profile.args.data.startTime;
  const byScript = new Map();
  const byFunction = new Map();
  let last = null;
  for (const chunk of chunks) {
    const data = chunk.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      const next = at + data.timeDeltas[i];
      if (last && next <= until) add(last, (next - at) / 1000);
      at = next;
      last = nodes.get(samples[i]);
    }
  }
  function add(node, ms) {
    const frame = node.callFrame;
    const file = frame.url
      ? frame.url
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, '.js')
      : frame.functionName;
    byScript.set(file, (byScript.get(file) ?? 0) + ms);
    const fn = `${frame.functionName || '(anonymous)'}@${file}:${frame.lineNumber}:${frame.columnNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  return { byScript, byFunction };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Medians over the loads: the main thread's CPU, then the largest kinds, scripts and functions. */
export function summarizeLoad(traces) {
  const ok = traces.filter(Boolean);
  const top = (key, n) => {
    const names = new Set(ok.flatMap((t) => [...t[key].keys()]));
    const rows = [...names].map((name) => [name, median(ok.map((t) => t[key].get(name) ?? 0))]);
    return rows
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `    ${ms.toFixed(1).padStart(7)} ms  ${name}`)
      .join('\n');
  };
  const sampledRows = ok.some((t) => t.byScript.size)
    ? ['  by script (sampled):', top('byScript', 12), '  by function (sampled):', top('byFunction', 25)]
    : [];
  return [
    `  main-thread CPU until visible: median ${median(ok.map((t) => t.cpuMs)).toFixed(1)} ms` +
      ` (${ok.map((t) => t.cpuMs.toFixed(0)).join(' ')}), tasks ${median(ok.map((t) => t.tasks))}`,
    '  by kind (self time):',
    top('byKind', 22),
    ...sampledRows,
  ].join('\n');
}
