// Every library the app's bundles hold, with its licence, for the About screen: collected at build
// time from the modules the bundlers actually put in (Vite's chunks, esbuild's metafile), written to
// dist/renderer/licenses.json, which the renderer fetches only when the About screen opens.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const LICENSES_FILE = 'licenses.json';

/** The package folder a bundled module file comes from, or null for the app's own sources. */
export function packageDirOf(moduleId) {
  const file = moduleId.replace(/^\0/, '').split('?')[0].split(path.sep).join('/');
  const at = file.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = file.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return `${file.slice(0, at)}/node_modules/${name}`;
}

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;

/** name, version, licence id and licence text of the package in `dir` (text null if it ships none). */
export function describePackage(dir) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? pkg.licenses?.[0]?.type);
  const file = readdirSync(dir).find((name) => LICENCE_FILE.test(name));
  return {
    name: pkg.name,
    version: pkg.version,
    license: licence ?? 'UNKNOWN',
    text: file ? readFileSync(path.join(dir, file), 'utf8').trim() : null,
  };
}

/**
 * Adds the packages of `moduleIds` to `file` under `bundle` ('renderer', 'main', 'preload',
 * 'runtime'), keeping what other bundles put there. Packages are keyed by name@version.
 */
export function recordLicenses(file, bundle, sources) {
  const existing = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { packages: [] };
  const byKey = new Map(existing.packages.map((p) => [`${p.name}@${p.version}`, p]));
  for (const item of sources) {
    const { dir, inside } = typeof item === 'string' ? { dir: item } : item;
    const described = describePackage(dir);
    // A nested package.json without a name (e.g. a "type": "module" marker) is its parent's.
    if (!described.name) continue;
    const key = `${described.name}@${described.version}`;
    const entry = byKey.get(key) ?? { ...described, bundles: [] };
    if (!entry.bundles.includes(bundle)) entry.bundles.push(bundle);
    // Reached directly by any bundle, it is no longer only inside another package's file.
    if (!inside) delete entry.inside;
    else if (!byKey.has(key)) entry.inside = inside;
    byKey.set(key, entry);
  }
  const packages = [...byKey.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
  writeFileSync(file, `${JSON.stringify({ packages }, null, 1)}\n`);
  return packages;
}

/** The package folders of a bundle's input files. */
export function packageDirsOf(moduleIds) {
  return moduleIds.map(packageDirOf).filter((dir) => dir !== null);
}

/** Where `name` resolves from `fromDir` the way Node looks it up: nearest node_modules upwards. */
export function findPackageDir(fromDir, name) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * A package shipped pre-bundled (exceljs's dist/exceljs.min.js, docx's dist/index.mjs) imports
 * none of its dependencies: they are inside its file, so they are bundled too. Their packages
 * (and theirs, transitively) are added; type-only packages are not code.
 */
export function inlinedDependencyDirs(prebuiltDirs) {
  const found = new Map();
  const visit = (dir, inside) => {
    const { dependencies = {} } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    for (const name of Object.keys(dependencies)) {
      if (name.startsWith('@types/')) continue;
      const depDir = findPackageDir(dir, name);
      if (!depDir || found.has(depDir)) continue;
      found.set(depDir, inside);
      visit(depDir, inside);
    }
  };
  for (const dir of prebuiltDirs) visit(dir, describePackage(dir).name);
  return [...found].map(([dir, inside]) => ({ dir, inside }));
}

/** The package folders of a Rollup bundle, plus those inlined in its pre-bundled packages. */
function bundledPackageSources(context, bundle) {
  const ids = Object.values(bundle).flatMap((chunk) => (chunk.type === 'chunk' ? Object.keys(chunk.modules) : []));
  const dirs = new Set(packageDirsOf(ids));
  // Packages whose bundled modules import no other package: pre-bundled, their dependencies inside.
  const prebuilt = [...dirs].filter((dir) =>
    ids
      .filter((id) => packageDirOf(id) === dir)
      .every((id) =>
        (context.getModuleInfo(id)?.importedIds ?? []).every((dep) => [null, dir].includes(packageDirOf(dep))),
      ),
  );
  return [...dirs, ...inlinedDependencyDirs(prebuilt)];
}

/**
 * Vite (Rollup) plugins recording the renderer's packages into <outDir>/licenses.json: `app` for
 * the page's bundle (vite.config plugins), `worker` for each web worker's own bundle (worker.plugins;
 * Vite bundles workers first and never writes them through the app's plugins).
 */
export function licensesPlugins() {
  let outDir = '';
  const fromWorkers = [];
  return {
    app: {
      name: 'workbench-licenses',
      apply: 'build',
      configResolved(config) {
        outDir = path.resolve(config.root, config.build.outDir);
      },
      writeBundle(_options, bundle) {
        const sources = [...bundledPackageSources(this, bundle), ...fromWorkers];
        recordLicenses(path.join(outDir, LICENSES_FILE), 'renderer', sources);
      },
    },
    worker: {
      name: 'workbench-licenses-worker',
      apply: 'build',
      generateBundle(_options, bundle) {
        fromWorkers.push(...bundledPackageSources(this, bundle));
      },
    },
  };
}
