// `npm run check:electron`: Doyensec's Electronegativity on Gloss's source (issue 17). It scans
// src/ as a whole, so its global checks see the Electron shell (src/main), the preload
// (src/preload) and the page with its CSP (src/renderer) together. Every finding at medium
// severity or above and firm confidence or above must be explained in
// security/electronegativity-allow.json; an entry that matches nothing any more is an error too.
// With --readme it writes its figure into README.md's "How Gloss is tested" table.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { today, writeFigure } from './readme-figures.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const allowListPath = join(root, 'security', 'electronegativity-allow.json');

/** The Electron Gloss ships: the checks' defaults depend on it. */
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

/**
 * Left out: it downloads Electron's release list to suggest upgrades (no network here, and
 * the version is pinned in package.json), which is not a property of Gloss's code.
 */
const excluded = ['AvailableSecurityFixesGlobalCheck'];

// Electronegativity's scales: severity INFORMATIONAL 0 … HIGH 3, confidence TENTATIVE 0 … CERTAIN 2.
const medium = 2;
const firm = 1;

/*
 * Electronegativity's own runner first downloads translations of its messages, which offline
 * ends in an unhandled rejection inside its HTTP client. So its parts are driven here as its
 * runner drives them (load, parse, atomic checks, global checks, inline eng-disable), with its
 * bundled English messages and no network.
 */
const require = createRequire(import.meta.url);
const dist = (part) => require(`@doyensec/electronegativity/dist/${part}`);

const runElectronegativity = async (input) => {
  require('i18n').configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: dirname(require.resolve('@doyensec/electronegativity/dist/locales/en-US.json')),
    updateFiles: false,
    objectNotation: true,
    register: globalThis,
  });
  const { LoaderDirectory } = dist('loader');
  const { Parser } = dist('parser');
  const { Finder, GlobalChecks } = dist('finder');
  const loader = new LoaderDirectory();
  await loader.load(input);
  const parser = new Parser(false, true);
  const global = new GlobalChecks(
    [],
    excluded.map((check) => check.toLowerCase()),
  );
  const finder = await new Finder([], []);
  let issues = [];
  const errors = [];
  for (const file of loader.list_files) {
    try {
      const [type, data, content] = parser.parse(file, loader.load_buffer(file));
      if (data === null) continue;
      issues.push(...(await finder.find(file, data, type, content, null, electronVersion)));
    } catch (error) {
      errors.push({ file, message: error.message });
    }
  }
  issues = (await global.getResults(issues)).filter(
    (issue) => !issue.visibility?.inlineDisabled && !issue.visibility?.globalCheckDisabled,
  );
  const checks = global._enabled_checks.length + finder._enabled_checks.length;
  return { issues, errors, checks };
};

/**
 * Runs the scan on `input` (Gloss's src/ by default): every finding, and those at
 * medium+/firm+ split into allowed and not.
 */
export const scanElectron = async (input = join(root, 'src')) => {
  const result = await runElectronegativity(input);
  const { allowed } = JSON.parse(readFileSync(allowListPath, 'utf8'));
  const serious = result.issues
    .filter((issue) => issue.severity.value >= medium && issue.confidence.value >= firm)
    .map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: relative(input, issue.file).replaceAll('\\', '/'),
      line: issue.location.line,
      sample: issue.sample ?? '',
    }));
  const matches = (entry, finding) =>
    entry.check === finding.check &&
    entry.file === finding.file &&
    finding.sample.includes(entry.sample);
  return {
    electronVersion,
    checks: result.checks,
    all: result.issues.length,
    parseErrors: result.errors,
    unexplained: serious.filter((finding) => !allowed.some((entry) => matches(entry, finding))),
    explained: serious.filter((finding) => allowed.some((entry) => matches(entry, finding))),
    stale: allowed.filter((entry) => !serious.some((finding) => matches(entry, finding))),
  };
};

const describe = (finding) =>
  `${finding.check} (${finding.severity}, ${finding.confidence}) src/${finding.file}:${finding.line}: ${finding.sample}`;

const main = async () => {
  const scan = await scanElectron();
  console.log(
    `Electronegativity: ${scan.checks} checks on src/ for Electron ${scan.electronVersion}; ${scan.all} findings in all, ${scan.explained.length + scan.unexplained.length} at medium+/firm+.`,
  );
  for (const finding of scan.explained) console.log(`  allowed: ${describe(finding)}`);
  for (const finding of scan.unexplained) console.log(`  NOT ALLOWED: ${describe(finding)}`);
  for (const entry of scan.stale)
    console.log(`  stale allow-list entry: ${entry.check} ${entry.file}`);
  for (const error of scan.parseErrors)
    console.log(`  could not parse ${error.file}: ${error.message}`);
  const failed = scan.unexplained.length + scan.stale.length + scan.parseErrors.length > 0;
  if (!failed && process.argv.includes('--readme')) {
    await writeFigure(join(root, 'README.md'), 'electronegativity', [
      `${scan.unexplained.length} unexplained; ${scan.explained.length} reviewed in \`security/electronegativity-allow.json\` (${scan.checks} checks, Electron ${scan.electronVersion})`,
      '`npm run check:electron` (also in `npm test`)',
      today(),
    ]);
    console.log('README.md: Electronegativity figure written.');
  }
  process.exitCode = failed ? 1 : 0;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
