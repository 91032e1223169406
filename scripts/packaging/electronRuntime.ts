/**
 * What `npm start` checks before it builds and launches: that Electron's runtime is there (`npm ci`
 * does not fetch it: .npmrc sets ignore-scripts, so an install never depends on Electron's
 * download host), and, on Linux, that Chromium's sandbox can start. Pure: the file system is
 * passed in. The runtime's location follows node_modules/electron/index.js (path.txt, dist/,
 * ELECTRON_OVERRIDE_DIST_PATH).
 */
import path from 'node:path';

export interface RuntimeFs {
  readFile(file: string): string | undefined;
  stat(file: string): { uid: number; mode: number } | undefined;
}

export type RuntimeCheck = { ok: true; executable: string } | { ok: false; message: string };

const DEFAULT_EXECUTABLE: Record<string, string> = { win32: 'electron.exe', linux: 'electron' };

export function runtimeExecutable(
  electronDir: string,
  platform: string,
  fs: RuntimeFs,
  env: Record<string, string | undefined>,
): string | undefined {
  const named = fs.readFile(path.join(electronDir, 'path.txt'));
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override
    ? path.join(override, named ?? DEFAULT_EXECUTABLE[platform] ?? 'electron')
    : named && path.join(electronDir, 'dist', named);
  return executable && fs.stat(executable) ? executable : undefined;
}

export function missingRuntimeMessage(version: string): string {
  return [
    `Electron's runtime (${version}) is not installed, so the desktop app cannot start.`,
    "`npm ci` does not download it (.npmrc: ignore-scripts), so installing works without Electron's download host.",
    '',
    'Get it where the host (or a mirror) can be reached:',
    '  npm run electron:runtime        # downloads it; ELECTRON_MIRROR=<url> uses a mirror',
    `Or, offline: unzip electron-v${version}-<platform>-<arch>.zip (from Electron's GitHub releases) into a`,
    'folder and set ELECTRON_OVERRIDE_DIST_PATH to that folder.',
    '',
    'Everything else works without it: npm run web (the app in a browser), npm test, npm run dist.',
  ].join('\n');
}

/**
 * Chromium on Linux sandboxes with user namespaces, or, where those are denied (AppArmor's
 * kernel.apparmor_restrict_unprivileged_userns on Ubuntu 23.10+, or user namespaces off), with
 * the setuid chrome-sandbox helper, which must then be owned by root with mode 4755. Otherwise it
 * stops with "The SUID sandbox helper binary was found, but is not configured correctly".
 */
export function linuxSandboxProblem(executable: string, fs: RuntimeFs): string | undefined {
  const restricted =
    fs.readFile('/proc/sys/kernel/apparmor_restrict_unprivileged_userns')?.trim() === '1' ||
    fs.readFile('/proc/sys/kernel/unprivileged_userns_clone')?.trim() === '0' ||
    fs.readFile('/proc/sys/user/max_user_namespaces')?.trim() === '0';
  if (!restricted) return undefined;
  const helper = path.join(path.dirname(executable), 'chrome-sandbox');
  const info = fs.stat(helper);
  if (info && info.uid === 0 && (info.mode & 0o4777) === 0o4755) return undefined;
  return [
    'This system does not let Chromium sandbox with user namespaces (AppArmor or a kernel setting),',
    'so Electron needs its setuid sandbox helper, and the one in node_modules is not set up. Once, as root:',
    `  sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'`,
    'Then run npm start again. The installed .deb sets this up itself; the app never runs with --no-sandbox.',
  ].join('\n');
}

export function checkRuntime(options: {
  electronDir: string;
  version: string;
  platform: string;
  fs: RuntimeFs;
  env: Record<string, string | undefined>;
}): RuntimeCheck {
  const executable = runtimeExecutable(options.electronDir, options.platform, options.fs, options.env);
  if (!executable) return { ok: false, message: missingRuntimeMessage(options.version) };
  const sandbox = options.platform === 'linux' ? linuxSandboxProblem(executable, options.fs) : undefined;
  return sandbox ? { ok: false, message: sandbox } : { ok: true, executable };
}
