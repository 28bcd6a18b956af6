import { missedTargets, TARGETS, type ArticleScore, type EvalSummary, type Prf } from './score-extraction';

/** The evaluation as a readable table, then the worst misses per field to guide tuning. */
export function formatReport(summary: EvalSummary, scores: ArticleScore[], worst = 8, title = 'Extraction evaluation'): string {
  const pct = (n: number) => n.toFixed(3);
  const row = (label: string, p: Prf, target: number) =>
    `${label.padEnd(14)} ${pct(p.precision).padStart(9)} ${pct(p.recall).padStart(9)} ${pct(p.f1).padStart(9)}   >= ${target.toFixed(2)}  ${mark(p.f1, target)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
  const rate = (label: string, value: number, target: number, detail: string) =>
    `${label.padEnd(14)} ${''.padStart(9)} ${''.padStart(9)} ${pct(value).padStart(9)}   >= ${target.toFixed(2)}  ${mark(value, target)}   ${detail}`;
  const count = (pick: (s: ArticleScore) => boolean) => scores.filter(pick).length;
  const noiseTotal = scores.reduce((n, s) => n + s.noise.total, 0);
  const contentTotal = scores.reduce((n, s) => n + s.content.total, 0);
  const lines = [
    `${title} over ${summary.articles} articles`,
    '',
    `${'field'.padEnd(14)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'F1/rate'.padStart(9)}   target`,
    row('forums', summary.forums, TARGETS.forumF1),
    row('actors', summary.actors, TARGETS.actorF1),
    row('themes', summary.themes, TARGETS.themeF1),
    rate('date exact', summary.dateExact, TARGETS.dateExact, `(${count((s) => s.date.ok)}/${scores.length})`),
    `${'date ±3 days'.padEnd(14)} ${''.padStart(9)} ${''.padStart(9)} ${pct(summary.dateWithin3).padStart(9)}               (${count((s) => s.date.near)}/${scores.length})`,
    rate('city', summary.cityAccuracy, TARGETS.cityAccuracy, `(${count((s) => s.city.ok)}/${scores.length}; country ${pct(summary.countryAccuracy)})`),
    rate('noise removed', summary.noiseRemoved, TARGETS.noiseRemoved, `(${noiseTotal - scores.reduce((n, s) => n + s.noise.kept.length, 0)}/${noiseTotal} lines)`),
    rate('content kept', summary.contentKept, TARGETS.contentKept, `(${contentTotal - scores.reduce((n, s) => n + s.content.lost.length, 0)}/${contentTotal} sentences)`),
    `actor type agreement on matched actors: ${pct(summary.actors.typeAccuracy)}`,
    '',
  ];
  const missed = missedTargets(summary);
  lines.push(missed.length ? `TARGETS MISSED: ${missed.join('; ')}` : 'All targets met.', '');
  // A held-out set is reported by its aggregates only: its misses must not guide tuning.
  if (worst <= 0) return lines.join('\n');

  const setSection = (title: string, pick: (s: ArticleScore) => { missed: string[]; spurious: string[] }) => {
    const bad = scores
      .map((s) => ({ file: s.file, ...pick(s) }))
      .filter((s) => s.missed.length + s.spurious.length > 0)
      .sort((a, b) => b.missed.length + b.spurious.length - (a.missed.length + a.spurious.length))
      .slice(0, worst);
    if (!bad.length) return;
    lines.push(`Worst ${title}:`);
    for (const b of bad) {
      const parts = [b.missed.length ? `missed [${b.missed.join(', ')}]` : '', b.spurious.length ? `spurious [${b.spurious.join(', ')}]` : ''].filter(Boolean);
      lines.push(`  ${b.file}: ${parts.join('; ')}`);
    }
    lines.push('');
  };
  setSection('forums', (s) => s.forums);
  setSection('actors', (s) => s.actors);
  setSection('themes', (s) => s.themes);

  const listSection = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push(`${title}:`, ...items.slice(0, worst * 2).map((i) => `  ${i}`), '');
  };
  listSection('Wrong dates', scores.filter((s) => !s.date.ok).map((s) => `${s.file}: expected ${s.date.expected}, got ${s.date.actual}`));
  listSection('Wrong cities', scores.filter((s) => !s.city.ok).map((s) => `${s.file}: expected ${s.city.expected}, got ${s.city.actual}`));
  listSection('Noise lines left in the body', scores.flatMap((s) => s.noise.kept.map((l) => `${s.file}: ${JSON.stringify(l)}`)));
  listSection('Content sentences lost', scores.flatMap((s) => s.content.lost.map((l) => `${s.file}: ${JSON.stringify(l)}`)));
  listSection('Actor type mismatches', scores.flatMap((s) => s.actors.typeMismatches.map((m) => `${s.file}: ${m}`)));
  return lines.join('\n');
}

function mark(value: number, target: number): string {
  return value >= target ? 'ok  ' : 'MISS';
}
