import '../../renderer/app/install';
// The benchmark page: scripts/bench.mjs drives it through window.runBench(name, options).
import { insertRaw, insertRepo, reset } from './insert';
import { listQuery, prepare } from './list';
import { backupEncrypted, exportBare, prepareBackup, restoreEncrypted, restoreFloor } from './backup';
import { supervisionDashboard, supervisionPrepare } from './supervision';
import { searchBuild, searchPrepare, searchQuery, searchStop } from './search';
import { scanRead } from './scan';
import { evaluationEnter, evaluationMatrix, evaluationPrepare } from './evaluation';

const benches = {
  insertRepo,
  insertRaw,
  reset,
  prepare,
  listQuery,
  prepareBackup,
  backupEncrypted,
  exportBare,
  restoreEncrypted,
  restoreFloor,
  supervisionPrepare,
  supervisionDashboard,
  searchPrepare,
  searchBuild,
  searchQuery,
  searchStop,
  scanRead,
  evaluationPrepare,
  evaluationMatrix,
  evaluationEnter,
} as const;

type BenchName = keyof typeof benches;

declare global {
  interface Window {
    runBench: (name: BenchName, options?: object) => Promise<Record<string, number>>;
  }
}

window.runBench = async (name, options = {}) => {
  const bench = benches[name] as (o: object) => Promise<Record<string, number>>;
  if (!bench) throw new Error(`unknown bench ${name}`);
  document.getElementById('status')!.textContent = `running ${name}`;
  let result: Record<string, number>;
  try {
    result = await bench(options);
  } catch (error) {
    // The app's errors carry a code and params; Playwright passes on only the message.
    const { code, params } = error as { code?: string; params?: unknown };
    throw new Error(`${name}: ${String(error)}${code ? ` [${code}] ${JSON.stringify(params)}` : ''}`, { cause: error });
  }
  document.getElementById('status')!.textContent = `done ${name}`;
  return result;
};
document.getElementById('status')!.textContent = 'ready';
