// Sums every package's vitest JSON report into the one line CI reads: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
const missing = [];
for (const dir of ["packages", "apps"].filter(existsSync)) {
  for (const name of readdirSync(dir)) {
    const pkg = `${dir}/${name}`;
    if (!existsSync(`${pkg}/package.json`)) continue;
    const { scripts = {} } = JSON.parse(readFileSync(`${pkg}/package.json`, "utf8"));
    if (!scripts.test) continue;
    // a package may run its tests more than once (@linkcard/react: on React 19, then 18): test-results*.json
    const reports = readdirSync(pkg).filter((file) => /^test-results.*\.json$/.test(file));
    if (!reports.length) {
      missing.push(pkg);
      continue;
    }
    for (const file of reports) {
      const report = JSON.parse(readFileSync(`${pkg}/${file}`, "utf8"));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      // the names, so a CI log that shows only its tail still says what failed
      for (const suite of report.testResults ?? [])
        for (const test of suite.assertionResults ?? [])
          if (test.status === "failed") console.error(`failed: ${pkg} ${test.fullName}`);
      // a test file that fails to load fails no single test, but the run did fail
      if (!report.success && report.numFailedTests === 0) failed += Math.max(1, report.numFailedTestSuites);
    }
  }
}
// a package whose tests never ran (a build failed first) counts as a failure, not as nothing
if (missing.length) console.error(`no test report from: ${missing.join(", ")}`);
failed += missing.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
