import type { QuitBackupOutcome } from './services/backups/quitBackup';
import type { PageLanguage } from './services/backups/snapshotRequests';

/**
 * What the main process itself says, in native dialogs shown when the page cannot speak (it did
 * not load, the app is quitting). In the language the page last showed.
 */
export interface MainTexts {
  appName: string;
  loadFailedTitle: string;
  loadFailed(detail: string): string;
  backingUp: string;
  quitBackupTitle: string;
  quitBackup(outcome: QuitBackupOutcome): string;
  quitAnyway: string;
  stay: string;
}

/** What went wrong, for a backup that was not written: the error code, or the status itself. */
const failure = (outcome: QuitBackupOutcome) => (outcome.status === 'failed' ? outcome.reason : outcome.status);

const zhCN: MainTexts = {
  appName: '人才工作台',
  loadFailedTitle: '人才工作台无法打开',
  loadFailed: (detail) => `界面文件未能载入（${detail}）。程序安装可能不完整或已损坏，请重新安装。本机的数据没有改动。`,
  backingUp: '人才工作台 — 正在自动备份，请稍候…',
  quitBackupTitle: '退出前没有完成自动备份',
  quitBackup: (outcome) => {
    const why =
      outcome.status === 'timeout'
        ? '自动备份在 30 秒内没有完成，已放弃。'
        : outcome.status === 'not-ready'
          ? '界面尚未启动完成（或已停止工作），无法取得数据。'
          : `自动备份没有写成（${failure(outcome)}）。`;
    return `${why}本机的数据没有改动，以前的备份仍在备份文件夹中。如需现在备份，请选择“暂不退出”，在“设置 → 备份”中手动备份。`;
  },
  quitAnyway: '仍然退出',
  stay: '暂不退出',
};

const en: MainTexts = {
  appName: 'Talent Office Workbench',
  loadFailedTitle: 'Talent Office Workbench cannot open',
  loadFailed: (detail) =>
    `Its pages failed to load (${detail}). The installation may be incomplete or damaged: please reinstall. ` +
    'The data on this computer has not been changed.',
  backingUp: 'Talent Office Workbench — making an automatic backup, please wait…',
  quitBackupTitle: 'No automatic backup was made before quitting',
  quitBackup: (outcome) => {
    const why =
      outcome.status === 'timeout'
        ? 'The automatic backup did not finish within 30 seconds and was given up.'
        : outcome.status === 'not-ready'
          ? 'The app had not finished starting (or its window had stopped), so there was nothing to back up from.'
          : `The automatic backup could not be written (${failure(outcome)}).`;
    return (
      `${why} The data on this computer has not been changed and earlier backups are still in the backup ` +
      'folder. To back up now, choose "Keep the app open" and use Settings → Backup.'
    );
  },
  quitAnyway: 'Quit anyway',
  stay: 'Keep the app open',
};

export function mainTexts(language: PageLanguage): MainTexts {
  return language === 'en' ? en : zhCN;
}
