import path from 'node:path';

export interface WebHostPaths {
  /** Where automatic backups go: outside any browser profile, so clearing site data spares them. */
  backupDir: string;
  /** Folders whose free space is reported (the backup folder; the browser profile when given). */
  storageDirs: string[];
}

/**
 * WORKBENCH_BACKUP_DIR moves the backup folder (the end-to-end tests use a temp folder);
 * WORKBENCH_PROFILE_DIR names the browser profile whose disk should also be watched.
 */
export function webHostPaths(env: Record<string, string | undefined>, homeDir: string): WebHostPaths {
  const backupDir = path.resolve(
    env.WORKBENCH_BACKUP_DIR || path.join(homeDir, '.talent-office-workbench', 'web-backups'),
  );
  const profileDir = env.WORKBENCH_PROFILE_DIR ? path.resolve(env.WORKBENCH_PROFILE_DIR) : undefined;
  return { backupDir, storageDirs: profileDir ? [backupDir, profileDir] : [backupDir] };
}
