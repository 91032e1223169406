// Sums the unit and smoke (Vitest) and end-to-end (Playwright) JSON reports into "N passed, N failed".
// A stage that stopped before its tests ran (typecheck or lint failed) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

for (const [name, file] of [
  ['unit', 'test-results/unit.json'],
  ['smoke', 'test-results/smoke.json'],
]) {
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed +=
      report.numFailedTests +
      (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
  } else {
    failed += 1;
    console.log(`${name} tests did not run (an earlier stage failed first)`);
  }
}

const e2e = 'test-results/e2e.json';
if (existsSync(e2e)) {
  const { stats } = JSON.parse(readFileSync(e2e, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  if (stats.skipped) console.log(`end-to-end: ${stats.skipped} skipped`);
} else {
  failed += 1;
  console.log('end-to-end tests did not run');
}

console.log(`${passed} passed, ${failed} failed`);
