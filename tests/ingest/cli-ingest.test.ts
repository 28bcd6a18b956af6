import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/command';
import { runCli } from '../../electron/cli/run-cli';
import { runBriefing } from '../helpers/run-briefing';
import { tempDir } from '../helpers/temp-library';
import { makePdf } from './helpers/make-pdf';

const SEED = readFileSync('/work/shared/seeds/000_f3559fb801e34102.txt', 'utf8');

function io(isTty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: async () => Buffer.from(SEED), isTty };
  return { cli, out, err };
}

describe('briefing extract / import', () => {
  const { dir, cleanup } = tempDir('bbb-cli-ingest-');
  const lib = join(dir, 'library.sqlite');
  beforeAll(async () => {
    writeFileSync(join(dir, 'seed.txt'), SEED);
    writeFileSync(join(dir, 'broken.pdf'), 'plain text pretending');
    writeFileSync(join(dir, 'readout.pdf'), await makePdf(SEED.split('\n').filter(Boolean)));
  });
  afterAll(cleanup);

  it('extract --json prints the contract and needs no library', async () => {
    const t = io();
    expect(await runCli(['extract', join(dir, 'seed.txt'), '--json'], t.cli, { BRIEFING_LIBRARY: join(dir, 'nowhere', 'x.sqlite') })).toBe(0);
    const json = JSON.parse(t.out.join('\n'));
    expect(json.forums.map((f: { name: string }) => f.name).sort()).toEqual(['ASEAN Regional Forum', 'East Asia Summit']);
    expect(json.date).toBe('2024-07-27');
    expect(json.removed).toEqual(['Read More; G20 Ministers Propose 2% Wealth Tax on Billionaires']);
  });

  it('extract without --json prints a readable summary; a refused file exits 1 with one line', async () => {
    const ok = io();
    expect(await runCli(['extract', '-'], ok.cli)).toBe(0);
    expect(ok.out.join('\n')).toMatch(/Forums: .*East Asia Summit \(\d+%\)/);
    expect(ok.out.join('\n')).toMatch(/Forums: .*ASEAN Regional Forum \(\d+%\)/);
    expect(ok.out.join('\n')).toContain('27 July 2024 · Vientiane, Laos');
    const bad = io();
    expect(await runCli(['extract', join(dir, 'broken.pdf')], bad.cli)).toBe(1);
    expect(bad.err).toEqual([expect.stringMatching(/^briefing: broken\.pdf is not a PDF/)]);
  });

  it('import reports per file, imports the good ones, exits 1 when some were refused, and shows progress only on a terminal', async () => {
    const dry = io(true);
    expect(await runCli(['--library', lib, 'import', dir, '--dry-run'], dry.cli)).toBe(1);
    // readout.pdf holds the seed's text: one summary, the second copy reported as a duplicate.
    expect(dry.out.join('\n')).toMatch(/Dry run: 1 would be added, 1 already in the library, 1 refused/);
    expect(dry.err.some((l) => /Importing 1\/3/.test(l))).toBe(true);

    const run = io(false);
    expect(await runCli(['--library', lib, 'import', dir, '--json'], run.cli)).toBe(1);
    const report = JSON.parse(run.out.join('\n'));
    expect(report.results.map((r: { status: string }) => r.status)).toEqual(['refused', 'added', 'duplicate']);
    expect(report.results[2].reason).toMatch(/Same text as readout\.pdf in this import/);
    expect(run.err).toEqual([expect.stringMatching(/1 of 3 files were refused/)]);

    const again = io(false);
    expect(await runCli(['--library', lib, 'import', join(dir, 'seed.txt')], again.cli)).toBe(0);
    expect(again.out.join('\n')).toMatch(/0 added, 1 already in the library, 0 refused/);
  });

  it('the built CLI reads a PDF (pdfjs loaded from the bundle) and imports it', () => {
    const run = runBriefing(['--library', join(dir, 'built.sqlite'), 'import', join(dir, 'readout.pdf'), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.added).toBe(1);
    const show = runBriefing(['--library', join(dir, 'built.sqlite'), 'show', report.results[0].summaryId, '--json']);
    expect(JSON.parse(show.stdout)).toMatchObject({ meetingDate: '2024-07-27', city: 'Vientiane' });
  }, 120_000);
});
