import { z } from 'zod';
import { bootPanel } from '../sidepanel/boot';

// Framed in a CRM tab by the content script: ask the background which tab that is, then run the panel compactly.
const helloSchema = z.object({ tabId: z.number().int().nonnegative().nullable() });

async function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const answer = helloSchema.safeParse(await browser.runtime.sendMessage({ type: 'overlay-hello' }).catch(() => null));
  const tabId = answer.success ? answer.data.tabId : null;
  await bootPanel(root, { search: tabId === null ? '' : `?tabId=${tabId}`, compact: true });
}

void start();
