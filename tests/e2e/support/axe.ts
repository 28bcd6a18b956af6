import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Where view screenshots go, for people to look at (not compared by any test). */
export const SHOTS_DIR = '/tmp/shots';

/** Serious and critical axe violations on the page as it is now, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png` });
}

const VIEWPORTS = [
  { width: 1400, height: 900 },
  { width: 1024, height: 700 },
];

/** A changed screen at both sizes, light and dark: a screenshot to look at, and axe. */
export async function everyWay(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(300); // the preview redraws at the new size
      await screenshot(page, `${name}-${viewport.width}x${viewport.height}-${scheme}`);
      expect(await seriousViolations(page), `${name} ${viewport.width}x${viewport.height} ${scheme}`).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
