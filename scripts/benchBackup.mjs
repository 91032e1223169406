// (e) of `npm run bench`: backup and restore of 100 000 records with 200 MB of attachments in
// real Chromium (on-disk IndexedDB), driven through the bench page's runBench.
const RECORDS = Number(process.env.BENCH_BACKUP_RECORDS ?? 100_000);
const ATTACHMENT_MB = Number(process.env.BENCH_BACKUP_MB ?? 200);
const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 3);
// BENCH_BACKUP_BARE=0 skips dexie-export-import's export (the slowest part): backup and restore figures only.
const BARE = process.env.BENCH_BACKUP_BARE !== '0';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Alternating runs of the encrypted backup and dexie-export-import's bare export of the same
 * database, then the restores of the last backup file; medians in seconds and MB/s of the file.
 */
export async function backupBench(page, log) {
  const stored = await page.evaluate(
    ([records, attachmentMB]) => window.runBench('prepareBackup', { records, attachmentMB }),
    [RECORDS, ATTACHMENT_MB],
  );
  log('stored for backup:', JSON.stringify(stored));
  const backup = [];
  const bare = [];
  const restore = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    for (const kind of (i % 2 ? ['bare', 'backup'] : ['backup', 'bare']).filter((k) => BARE || k !== 'bare')) {
      if (kind === 'backup') {
        last = await page.evaluate(() => window.runBench('backupEncrypted'));
        backup.push(last);
        log(
          `backup run ${i + 1}: ${(last.ms / 1000).toFixed(2)} s (snapshot ${(last.snapshotMs / 1000).toFixed(2)} s, encrypt ${(last.encryptMs / 1000).toFixed(2)} s), ${(last.bytes / 2 ** 20).toFixed(1)} MB`,
        );
      } else {
        const r = await page.evaluate(() => window.runBench('exportBare'));
        bare.push(r);
        log(`dexie-export-import run ${i + 1}: ${(r.ms / 1000).toFixed(2)} s, ${(r.bytes / 2 ** 20).toFixed(1)} MB`);
      }
    }
  }
  // Restores of the last file alternating with its floor (decrypt, parse, one write into an empty database).
  const floor = [];
  for (let i = 0; i < RUNS; i++) {
    for (const kind of i % 2 ? ['floor', 'restore'] : ['restore', 'floor']) {
      if (kind === 'restore') {
        const r = await page.evaluate(() => window.runBench('restoreEncrypted'));
        restore.push(r);
        log(`restore run ${i + 1}: ${(r.ms / 1000).toFixed(2)} s (decrypt ${(r.decryptMs / 1000).toFixed(2)} s)`);
      } else {
        const r = await page.evaluate(() => window.runBench('restoreFloor'));
        floor.push(r);
        log(`restore floor run ${i + 1}: ${(r.ms / 1000).toFixed(2)} s`);
      }
    }
  }
  const mb = last.bytes / 2 ** 20;
  const backupS = median(backup.map((r) => r.ms)) / 1000;
  const bareS = bare.length ? median(bare.map((r) => r.ms)) / 1000 : NaN;
  const restoreS = median(restore.map((r) => r.ms)) / 1000;
  const floorS = median(floor.map((r) => r.ms)) / 1000;
  return {
    records: RECORDS,
    attachmentMB: ATTACHMENT_MB,
    fileMB: mb,
    backupS,
    bareS,
    restoreS,
    floorS,
    snapshotS: median(backup.map((r) => r.snapshotMs)) / 1000,
    encryptS: median(backup.map((r) => r.encryptMs)) / 1000,
  };
}

export function backupRows(b, row) {
  return [
    row('backup.encrypted.median', b.backupS, 's'),
    row('backup.encrypted.MBps', b.fileMB / b.backupS, 'MB/s'),
    row('backup.snapshot.median', b.snapshotS, 's'),
    row('backup.encrypt.median', b.encryptS, 's'),
    ...(Number.isNaN(b.bareS)
      ? []
      : [row('backup.dexieExportBare.median', b.bareS, 's'), row('backup.ratio', b.backupS / b.bareS, 'x', 1.5)]),
    row('restore.encrypted.median', b.restoreS, 's'),
    row('restore.encrypted.MBps', b.fileMB / b.restoreS, 'MB/s'),
    row('restore.floor.median', b.floorS, 's'),
    row('restore.ratio', b.restoreS / b.floorS, 'x', 1.5),
    row('backup.file.MB', b.fileMB, 'MB'),
  ];
}
