import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';
import { addSummaries } from './support/library-data';

test.describe.configure({ timeout: 120_000 });

const FILLER = 'Delegations exchanged views on the regional situation and agreed to keep in close contact. ';
/** A long text whose only mention of Indonesia is near the end: its evidence starts out of sight. */
const BODY = [
  'Foreign ministers of the East Asia Summit met in Jakarta on maritime security.',
  ...Array.from({ length: 24 }, (_, i) => `${i + 1}. ${FILLER.repeat(3)}`),
  'Indonesia closed the meeting with a call for restraint.',
].join('\n');
const TITLE = 'East Asia Summit ministers in Jakarta';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await addSummaries(page, [
    {
      title: TITLE,
      meetingDate: '2023-07-14',
      body: BODY,
      forums: ['East Asia Summit'],
      actors: [{ name: 'Indonesia', type: 'country' }],
    },
  ]);
  await page.getByRole('listbox', { name: 'Results' }).getByRole('option').filter({ hasText: TITLE }).click();
});

async function markInView(page: Page, mark: Locator): Promise<boolean> {
  const box = await mark.boundingBox();
  const text = await page.getByRole('region', { name: 'Text' }).boundingBox();
  if (!box || !text) return false;
  const size = page.viewportSize()!;
  return box.y >= Math.max(0, text.y) && box.y + box.height <= Math.min(size.height, text.y + text.height);
}

test('the evidence stays highlighted while the pointer rests on a chip, and the chip does not move', async ({ page }) => {
  const detail = page.getByRole('complementary', { name: TITLE });
  const chip = detail.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Accept Indonesia' }) });
  const before = await chip.boundingBox();
  await chip.getByText('Indonesia', { exact: true }).hover();
  const mark = detail.locator('mark.evidence');
  await expect(mark).toHaveText('Indonesia');
  // Still there after any scrolling has had time to finish, with the pointer not moved.
  await page.waitForTimeout(1200);
  await expect(mark).toHaveText('Indonesia');
  expect(await chip.boundingBox()).toEqual(before);
  await expect.poll(() => markInView(page, mark)).toBe(true);
  await screenshot(page, 'tag-evidence-hover-1024x700');
  expect(await seriousViolations(page)).toEqual([]);

  await page.mouse.move(5, 5);
  await expect(mark).toHaveCount(0);
});

test('keyboard focus on a chip shows its evidence too', async ({ page }) => {
  const detail = page.getByRole('complementary', { name: TITLE });
  const accept = detail.getByRole('button', { name: 'Accept Indonesia' });
  await accept.focus();
  const mark = detail.locator('mark.evidence');
  await expect(mark).toHaveText('Indonesia');
  await page.waitForTimeout(800);
  await expect.poll(() => markInView(page, mark)).toBe(true);
  await expect(accept).toBeInViewport();
  await page.keyboard.press('Tab'); // to the chip's Reject button: same chip, still shown
  await expect(detail.getByRole('button', { name: 'Reject Indonesia' })).toBeFocused();
  await expect(mark).toHaveText('Indonesia');
});
