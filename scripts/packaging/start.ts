/*
 * `npm start`: the desktop app from this checkout. Says plainly what is missing (Electron's
 * runtime, or on Linux a usable sandbox) before building anything; otherwise builds and launches.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkRuntime, type RuntimeFs } from './electronRuntime';

const root = process.cwd();
const electronDir = path.join(root, 'node_modules', 'electron');
const fs: RuntimeFs = {
  readFile: (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  stat: (file) => {
    try {
      const info = statSync(file);
      return { uid: info.uid, mode: info.mode };
    } catch {
      return undefined;
    }
  },
};
const version = (JSON.parse(fs.readFile(path.join(electronDir, 'package.json')) ?? '{}') as { version?: string })
  .version;
const check = checkRuntime({ electronDir, version: version ?? '?', platform: process.platform, fs, env: process.env });
if (!check.ok) {
  console.error(check.message);
  process.exit(1);
}
const npm = process.env.npm_execpath;
const build = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit', cwd: root })
  : spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);
const app = spawnSync(check.executable, [root, ...process.argv.slice(3)], { stdio: 'inherit', cwd: root });
process.exit(app.status ?? 1);
