import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * index.ts and the Electron glue cannot run here (no Electron binary), so this reads their
 * source: the security functions must actually be called, in the right order, and no file may
 * switch a protection off or point at the network or file://.
 */

const electronDir = path.resolve(__dirname, '..');
const read = (relative: string) => readFileSync(path.join(electronDir, relative), 'utf8');
const index = read('main/index.ts');
const windowSource = read('main/window.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('main process wiring', () => {
  it('takes the single-instance lock before doing anything else', () => {
    expect(index).toMatch(/if \(app\.requestSingleInstanceLock\(\)\) start\(\);\s*else app\.quit\(\);/);
  });

  it('registers the privileged scheme and the sandbox before the app is ready', () => {
    const ready = index.indexOf('app.whenReady()');
    expect(index.indexOf('registerAppScheme(protocol)')).toBeGreaterThan(-1);
    expect(index.indexOf('registerAppScheme(protocol)')).toBeLessThan(ready);
    expect(index.indexOf('app.enableSandbox()')).toBeLessThan(ready);
  });

  it('hardens the session, serves app:// and registers IPC with a sender check once ready', () => {
    const ready = index.indexOf('app.whenReady()');
    for (const call of [
      'serveApp(protocol',
      'applySessionSecurity(session.defaultSession',
      'registerAll(',
      'isTrustedSender',
      'createMainWindow(BrowserWindow',
    ]) {
      expect(index.indexOf(call), call).toBeGreaterThan(ready);
    }
  });

  it('holds closing the main window and quitting for an automatic backup, asked of the renderer with a time limit', () => {
    const ready = index.indexOf('app.whenReady()');
    const install = index.search(
      /installQuitBackup\(\{\s*app,\s*getWindow: \(\) => mainWindow,\s*requestSnapshot: \(reason\) => snapshots\.request\(reason\),\s*backups,\s*timeoutMs: QUIT_BACKUP_TIMEOUT_MS/,
    );
    expect(install).toBeGreaterThan(ready);
    expect(index.indexOf('quitBackup.watchWindow(mainWindow)')).toBeGreaterThan(
      index.indexOf('mainWindow = createMainWindow('),
    );
    // The renderer's answer comes back through the same checked IPC as every bridge call.
    expect(index).toMatch(/registerAll\([\s\S]*backups,\s*snapshots,[\s\S]*isTrustedSender/);
    expect(index).toContain('mainWindow.webContents.send(channel, payload)');
  });

  it('applies window security to every webContents ever created', () => {
    expect(index).toMatch(
      /app\.on\('web-contents-created', \(_event, webContents\) => applyWindowSecurity\(webContents\)\)/,
    );
  });

  it('builds windows from the hardened preferences and loads the app page', () => {
    expect(windowSource).toContain('webPreferences: secureWebPreferences(preloadPath, { isPackaged })');
    expect(windowSource).toContain('...secureWebPreferences(undefined, { isPackaged }), javascript: false');
    expect(windowSource.match(/applyWindowSecurity\(win\.webContents\)/g)).toHaveLength(2);
    expect(windowSource).toContain('win.loadURL(MAIN_PAGE_URL)');
  });

  it('never loosens a protection or reaches for the network or file:// anywhere in electron/', () => {
    const forbidden = [
      /nodeIntegration\w*:\s*true/,
      /contextIsolation:\s*false/,
      /sandbox:\s*false/,
      /webSecurity:\s*false/,
      /allowRunningInsecureContent:\s*true/,
      /webviewTag:\s*true/,
      /bypassCSP:\s*true/,
      /\bloadFile\(/,
      /['"`]file:\/\//,
      /['"`]https?:\/\//,
      /exposeInMainWorld\([^)]*,\s*ipcRenderer\s*\)/,
      /\bshell\.openExternal\(/,
    ];
    for (const file of sourceFiles(electronDir)) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of forbidden)
        expect(text, `${path.relative(electronDir, file)} matches ${pattern}`).not.toMatch(pattern);
    }
  });
});

describe('main process wiring of a crashed renderer', () => {
  it('reloads the main window when its renderer is gone, once the window exists', () => {
    const created = index.indexOf('mainWindow = createMainWindow(BrowserWindow');
    const watched = index.indexOf('reloadWhenRendererGone(mainWindow');
    expect(created).toBeGreaterThan(-1);
    expect(watched).toBeGreaterThan(created);
  });
});
