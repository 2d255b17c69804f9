// A page with no recognisable customer: the panel says so and takes the customer by hand, from the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtension } from '../harness.mjs';

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

test('no customer detected: manual entry by keyboard, never a blank or wrong card', async () => {
  const { page, tabId } = await h.openCrmPage('crm-pages/no-customer-here.html', { waitForContext: false });
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('no-customer').waitFor();
  assert.equal(await panel.getByTestId('customer-name').count(), 0);
  await panel.getByTestId('manual-name').focus();
  await panel.keyboard.type('<img src=x onerror=alert(1)> 李四');
  await panel.keyboard.press('Tab');
  await panel.keyboard.type('13700001234');
  await panel.keyboard.press('Enter');
  await panel.getByTestId('customer-name').filter({ hasText: '<img src=x onerror=alert(1)> 李四' }).waitFor();
  assert.equal(await panel.locator('[data-testid=customer-name] img').count(), 0);
  assert.equal((await panel.getByTestId('customer-phone').textContent()).trim(), '137****1234');
  await panel.keyboard.press('r');
  await panel.getByTestId('customer-phone').filter({ hasText: '13700001234' }).waitFor();
  await panel.close();
  await page.close();
});

test('a 5 MB paste is capped with a warning, and the call is still there when the panel reopens', async () => {
  const { page, tabId } = await h.openCrmPage('crm-pages/odoo17-partner.html');
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('customer-name').waitFor();
  await panel.getByTestId('notes').fill('备'.repeat(5 * 1024 * 1024));
  await panel.getByTestId('notes-warning').waitFor();
  assert.equal((await panel.getByTestId('notes').inputValue()).length, 20_000);
  await panel.getByText(/已自动保存/).waitFor();
  await panel.close();
  // The call lives in the background, one per tab: reopening the panel shows it as it was, with nothing to resume.
  const again = await h.openPanel(tabId);
  await again.waitForFunction(() => document.querySelector('[data-testid=notes]')?.value.length === 20_000);
  assert.equal(await again.getByTestId('resume-draft').count(), 0);
  assert.equal((await again.getByTestId('notes').inputValue()).length, 20_000);
  await again.close();
  await page.close();
});
