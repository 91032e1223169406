import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The Electron glue's order and wiring are tested by behaviour (mainProcess.test.ts with a stub
 * 'electron', tests/smoke on the built bundle). This reads the sources for what no behaviour test
 * can rule out: a protection switched off, or the network or file:// reached, anywhere.
 */

const electronDir = path.resolve(__dirname, '..');
const read = (relative: string) => readFileSync(path.join(electronDir, relative), 'utf8');
const windowSource = read('main/window.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('main process wiring', () => {
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
