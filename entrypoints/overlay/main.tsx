import { browser } from 'wxt/browser';
import { overlayHelloReplySchema } from '@/utils/overlay-hello';
import { bootPanel } from '@/utils/panel/boot';

// Framed in a CRM tab by the content script: ask the background which tab that is, then show that tab's call compactly.
async function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const answer = overlayHelloReplySchema.safeParse(
    await browser.runtime.sendMessage({ type: 'overlay-hello' }).catch(() => null),
  );
  const tabId = answer.success ? answer.data.tabId : null;
  await bootPanel(root, { search: tabId === null ? '' : `?tabId=${tabId}`, compact: true });
}

void start();
