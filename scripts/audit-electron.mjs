// `npm run audit:electron`: Doyensec's electronegativity over electron/, failing on any
// HIGH or MEDIUM finding except the standing "review the preload" note. Electronegativity's
// exit code ignores findings, so its CSV report is parsed here. It runs in a scratch folder
// because some checks write release lists into the working directory.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');

/** Findings we accept, each with the reason a reviewer can check. */
const ACCEPTED = {
  PRELOAD_JS_CHECK:
    'Standing review note: electron/preload.ts exposes only the contract-built window.briefing (tests/shell/preload.test.ts).',
};
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    }
    else if (c !== '\r') field += c;
  }
  if (field.trim() || row.length) {
    row.push(field.trim());
    rows.push(row);
  }
  return rows;
}

// --input DIR audits another folder (the audit's own test feeds it a deliberately bad file).
const inputFlag = process.argv.indexOf('--input');
const input = inputFlag > 0 ? resolve(process.argv[inputFlag + 1]) : join(root, 'electron');

const scratch = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const report = join(scratch, 'report.csv');
try {
  // Electronegativity writes its CSV asynchronously and may exit before the rows are on disk;
  // on a busy machine that gave an empty report, read as "no findings". Every real run has
  // rows (its global checks always report), so an empty report is run again.
  let header = [];
  let rows = [];
  for (let attempt = 1; attempt <= 3 && rows.length === 0; attempt++) {
    try {
      execFileSync(bin, ['-i', input, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-r', '-o', report], {
        cwd: scratch,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      });
    } catch (error) {
      console.error(`audit:electron: electronegativity could not run (${error.message.split('\n')[0]}).`);
      process.exit(2);
    }
    [header = [], ...rows] = existsSync(report) ? parseCsv(readFileSync(report, 'utf8')).filter((r) => r.length > 1) : [];
  }
  if (rows.length === 0) {
    console.error('audit:electron: electronegativity wrote an empty report three times; run it again.');
    process.exit(2);
  }
  const col = (name) => header.indexOf(name);
  const findings = rows.map((r) => ({
    id: r[col('issue')],
    severity: r[col('severity')],
    confidence: r[col('confidence')],
    file: r[col('filename')],
    location: r[col('location')],
    description: r[col('description')],
  }));
  const failing = findings.filter((f) => FAILING_SEVERITIES.has(f.severity) && !ACCEPTED[f.id]);
  console.log(`electronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}on ${input}: ${findings.length} finding(s)`);
  for (const f of findings) {
    const verdict = failing.includes(f) ? 'FAIL' : ACCEPTED[f.id] && FAILING_SEVERITIES.has(f.severity) ? 'accepted' : 'info';
    console.log(`  [${verdict}] ${f.severity}/${f.confidence} ${f.id} ${f.file}:${f.location} ${f.description}`);
    if (verdict === 'accepted') console.log(`           ${ACCEPTED[f.id]}`);
  }
  if (failing.length > 0) {
    console.error(`audit:electron: ${failing.length} HIGH/MEDIUM finding(s) to fix.`);
    process.exit(1);
  }
  console.log('audit:electron: no HIGH or MEDIUM findings beyond the accepted preload review note.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
