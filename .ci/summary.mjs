/**
 * The closing line of CI, `N passed, N failed`, from vitest's and Playwright's JSON reports and
 * the steps' exit codes. Nothing that failed may add up to 0 failed: a test file that throws at
 * import, a spec that does not load, a runner that crashes before writing its report, and a type
 * check or lint that fails each count as one failure. Exits non-zero when anything failed.
 */
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
const steps = Object.fromEntries(
	(existsSync('reports/steps.txt') ? readFileSync('reports/steps.txt', 'utf8') : '')
		.split('\n')
		.filter(Boolean)
		.map((line) => line.split(' '))
		.map(([name, code]) => [name, Number(code)])
);

/** A suite's totals, with the failures its own report cannot show. */
function suite(name, report, count) {
	const exit = steps[name];
	const result = report ? count(report) : { passed: 0, failed: 0, notes: ['no report written'] };
	if (!report) result.failed += 1;
	else if (exit !== undefined && exit !== 0 && result.failed === 0) {
		result.failed += 1;
		result.notes.push(`the runner exited with ${exit}`);
	}
	return result;
}

const unit = suite('unit', read('reports/unit.json'), (report) => {
	const notes = [];
	// A file that throws while loading has no failed test, only a failed file.
	const unloaded = report.testResults.filter(
		(file) =>
			file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')
	);
	for (const file of unloaded) notes.push(`did not run: ${file.name}: ${file.message ?? ''}`);
	return {
		passed: report.numPassedTests,
		failed: report.numFailedTests + unloaded.length,
		notes
	};
});

const e2e = suite('e2e', read('reports/e2e.json'), (report) => {
	// Errors outside any test: a spec that fails to load, a web server that never started.
	const errors = report.errors ?? [];
	return {
		passed: report.stats.expected + report.stats.flaky,
		failed: report.stats.unexpected + errors.length,
		notes: [
			...errors.map((error) => `error outside a test: ${(error.message ?? '').split('\n')[0]}`),
			...(report.stats.skipped ? [`${report.stats.skipped} skipped`] : [])
		]
	};
});

const passed = unit.passed + e2e.passed;
let failed = unit.failed + e2e.failed;
for (const [name, result] of [
	['unit', unit],
	['e2e', e2e]
]) {
	console.log(`${name}: ${result.passed} passed, ${result.failed} failed`);
	for (const note of result.notes) console.log(`  ${note}`);
}
for (const name of ['check', 'lint']) {
	if (steps[name] === undefined || steps[name] !== 0) {
		failed += 1;
		console.log(`${name}: failed${steps[name] === undefined ? ' (did not run)' : ''}`);
	} else console.log(`${name}: passed`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
