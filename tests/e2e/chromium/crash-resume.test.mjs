// Killing the browser mid-call loses at most the last second: the draft is offered again after a relaunch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launchExtension, groundTruth, readStore } from '../harness.mjs';
import { startFixtureServer } from '../fixture-server.mjs';

const FILE = 'crm-pages/hxtd-customer.html';

/** SIGKILL every Chromium process of this profile: no unload handler, no orderly shutdown. */
function killBrowser(profile) {
  try {
    execFileSync('pkill', ['-KILL', '-f', `--user-data-dir=${profile}`]);
  } catch {
    // pkill exits 1 when nothing matched
  }
}

test('a call in progress survives the browser being killed and is resumed on reopening', async () => {
  const server = await startFixtureServer();
  const first = await launchExtension({ server });
  const note = `客户说下午三点后方便 ${Date.now()}`;
  let stepBeforeKill;
  try {
    const { tabId } = await first.openCrmPage(FILE);
    const panel = await first.openPanel(tabId);
    await panel
      .getByTestId('customer-name')
      .filter({ hasText: groundTruth(FILE).name })
      .waitFor();
    const firstStep = await panel.getByTestId('step').getAttribute('data-step-id');
    await panel.keyboard.press('y'); // answer the first (identity) question: the script moves on
    await panel.waitForFunction((id) => document.querySelector('[data-testid=step]')?.dataset.stepId !== id, firstStep);
    stepBeforeKill = await panel.getByTestId('step').getAttribute('data-step-id');
    await panel.getByTestId('notes').fill(note);
    // Kill only once the autosaved draft holds the note (about a second after the change; longer on a busy
    // machine): the test is about what survives a kill, not about how fast the save is.
    const end = Date.now() + 60_000;
    let saved = false;
    while (!saved && Date.now() < end) {
      saved = (await readStore(panel, 'drafts')).some((d) => JSON.stringify(d).includes(note));
      if (!saved) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(saved, 'the draft with the note was saved before the kill');
  } finally {
    killBrowser(first.profile);
    await first.close();
  }

  const second = await launchExtension({ server, userDataDir: first.profile });
  try {
    const { tabId } = await second.openCrmPage(FILE);
    const panel = await second.openPanel(tabId);
    await panel.getByTestId('resume-draft').click({ timeout: 10_000 });
    await panel.waitForFunction((text) => document.querySelector('[data-testid=notes]')?.value === text, note);
    assert.equal(
      await panel.getByTestId('step').getAttribute('data-step-id'),
      stepBeforeKill,
      'the script resumes where it was',
    );
  } finally {
    await second.close();
    await server.close();
  }
});
