import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { QuitBackupOutcome, QuitChoice } from './services/backups/quitBackup';
import type { SnapshotRequests } from './services/backups/snapshotRequests';
import type { MainTexts } from './texts';

/** dialog.showMessageBox with a parent window, as used here. */
export interface MessageBoxDialog<W> {
  showMessageBox(window: W, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
}

export interface WindowWithRenderer {
  isDestroyed(): boolean;
  webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: { reason: string; exitCode: number }) => void,
    ): unknown;
    on(
      event: 'did-start-navigation',
      listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void,
    ): unknown;
  };
}

/**
 * Says why the quit backup made no backup, and asks whether to quit anyway. Without a window to
 * ask from (Windows ending the session: no one may be there) it only answers 'quit'; the quit
 * backup has logged the outcome already.
 */
export async function tellQuitBackup<W extends { isDestroyed(): boolean }>(
  dialog: MessageBoxDialog<W>,
  texts: MainTexts,
  outcome: QuitBackupOutcome,
  parent: W | undefined,
): Promise<QuitChoice> {
  if (!parent || parent.isDestroyed()) return 'quit';
  const { response } = await dialog.showMessageBox(parent, {
    type: 'warning',
    title: texts.appName,
    message: texts.quitBackupTitle,
    detail: texts.quitBackup(outcome),
    buttons: [texts.quitAnyway, texts.stay],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0 ? 'quit' : 'stay';
}

export interface WatchRendererDeps {
  snapshots: Pick<SnapshotRequests, 'setListening'>;
}

/**
 * The main window's page can go away while the window stays: its renderer crashes or is killed
 * ('render-process-gone'; rendererGone.ts reloads it), or it navigates. Either way it answers no
 * snapshot request until the new page says it listens again, so the quit backup does not wait for it.
 */
export function watchRenderer(win: WindowWithRenderer, deps: WatchRendererDeps): void {
  win.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) deps.snapshots.setListening({ listening: false });
  });
  win.webContents.on('render-process-gone', () => deps.snapshots.setListening({ listening: false }));
}
