// `node scripts/benchRenderAB.mjs <dir> [<dir>…]`: the first render of several builds of the app side by
// side, with the bench's own method (scripts/bench.mjs renderBench: page.goto → the first frame showing
// 登录, bench/page/markFirstVisible.js) and its blank React page, alternating within the same minutes so
// a shared machine's load falls on every build alike. Each dir is a built app (`npx vite build --outDir
// …`), e.g. main's and this branch's. The profile gets its administrator through the first build's own
// first-run screen. Prints medians and each build / blank.
// RENDER_AB_TRACE=1 traces every load instead (wall times then mean little): the main thread's CPU until
// the visible frame, by kind of work and by script (sampled), medians over the runs.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { loadTrace, summarizeLoad } from './benchRenderTrace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RENDER_AB_RUNS ?? 10);
const TRACE = process.env.RENDER_AB_TRACE === '1';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

function serve(mounts) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const prefix = Object.keys(mounts).find((p) => url.pathname.startsWith(p));
    try {
      if (!prefix) throw new Error('no mount');
      let rel = decodeURIComponent(url.pathname.slice(prefix.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = path.resolve(mounts[prefix], rel);
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}

async function buildBlank(outDir) {
  await build({
    configFile: false,
    root: path.join(root, 'bench/page'),
    base: './',
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: { blank: path.join(root, 'bench/page/blank.html') } },
    },
  });
}

async function createAdmin(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  const create = page.getByRole('button', { name: '创建并登录' });
  const signIn = page.getByRole('button', { name: '登录' });
  await create.or(signIn).first().waitFor({ timeout: 60_000 });
  if (await create.isVisible()) {
    await page.getByLabel('用户名').fill('bench');
    await page.getByLabel('姓名').fill('基准测试');
    await page.getByLabel(/^密码/).fill('Haicheng#2026');
    await page.getByLabel('确认密码').fill('Haicheng#2026');
    await create.click();
    await page.getByRole('navigation').waitFor({ timeout: 60_000 });
  }
  await page.close();
}

async function oneLoad(context, target) {
  const page = await context.newPage();
  const t0 = Date.now();
  const load = async () => {
    await page.goto(target.url, { waitUntil: 'commit' });
    await target.ready(page).waitFor({ state: 'visible', timeout: 60_000 });
    return page.waitForFunction(() => window.__benchVisibleAt).then((h) => h.jsonValue());
  };
  const result = TRACE ? await loadTrace(page, load) : { visibleAt: await load() };
  await page.close();
  return { ms: result.visibleAt - t0, trace: result.trace };
}

async function main() {
  const dirs = process.argv.slice(2).map((d) => path.resolve(d));
  if (dirs.length === 0) throw new Error('usage: node scripts/benchRenderAB.mjs <built app dir>…');
  const blankDir = path.join(root, 'dist/bench-blank');
  await buildBlank(blankDir);
  const mounts = { '/bench/': blankDir };
  dirs.forEach((dir, i) => (mounts[`/app${i}/`] = dir));
  const server = await serve(mounts);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'tow-render-ab-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 860 },
  });
  try {
    await createAdmin(context, `${server.origin}/app0/`);
    await context.addInitScript({ path: path.join(root, 'bench/page/markFirstVisible.js') });
    const targets = dirs.map((dir, i) => ({
      name: path.relative(root, dir) || dir,
      url: `${server.origin}/app${i}/`,
      ready: (p) => p.getByRole('button', { name: '登录' }),
    }));
    targets.push({
      name: 'blank',
      url: `${server.origin}/bench/blank.html`,
      ready: (p) => p.getByRole('heading', { level: 1 }),
    });
    const results = targets.map(() => []);
    for (let run = -1; run < RUNS; run++) {
      // Each round starts with another target, so none always runs first or last.
      for (let k = 0; k < targets.length; k++) {
        const i = (k + Math.max(run, 0)) % targets.length;
        const r = await oneLoad(context, targets[i]);
        if (run >= 0) results[i].push(r);
      }
    }
    const blank = median(results.at(-1).map((r) => r.ms));
    for (const [i, target] of targets.entries()) {
      const ms = results[i].map((r) => r.ms);
      const m = median(ms);
      console.log(
        `${target.name}: median ${m.toFixed(0)} ms, / blank ${(m / blank).toFixed(2)}`,
        `(${ms.map((t) => t.toFixed(0)).join(' ')})`,
      );
      if (TRACE) console.log(summarizeLoad(results[i].map((r) => r.trace)));
    }
  } finally {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
