// Prints vitest's JSON report as the one line CI counts: "vitest: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.log('vitest: 0 passed, 1 failed, 0 skipped');
  console.error(`no readable vitest report at ${file}: ${err.message}`);
  process.exit(1);
}
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
// A test file that fails to load counts as a failure even though it ran no test.
const brokenSuites = (report.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests + brokenSuites} failed, ${skipped} skipped`);
