// Where the panel's opening time goes: the stage marks an e2e build leaves (utils/stage-mark.ts) on the panel page's
// and the background's timelines, per opening, as medians. Used by panel.bench.mjs; standalone:
//   node tests/bench/panel-stages.mjs [extensionDir] [runs] [cold]
import path from 'node:path';
import { launchExtension } from '../e2e/harness.mjs';
import { startFixtureServer } from '../e2e/fixture-server.mjs';

export const FILE = 'crm-pages/hxtd-customer.html';

/**
 * Stamps the moment the customer's name and the first answer button are both in the page AND shown (not inside the
 * hidden main panel behind a setup screen), then the next frame after it.
 */
export function installReadyStamp() {
  const shown = (el) => !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
  const check = () => {
    if (window.__huifangInDom === undefined && document.querySelector('[data-testid=step] button.answer'))
      window.__huifangInDom = performance.now();
    if (
      shown(document.querySelector('[data-testid=customer-name]')) &&
      shown(document.querySelector('[data-testid=step] button.answer'))
    ) {
      window.__huifangReady = performance.now();
      requestAnimationFrame(() => {
        window.__huifangFrame = performance.now();
      });
      return true;
    }
    return false;
  };
  new MutationObserver((_, obs) => check() && obs.disconnect()).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style'],
  });
}

/** One opening's stages, in ms from the panel's navigation start. */
export async function readStages(panel, serviceWorker, tabId) {
  const page = await panel.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const marks = {};
    for (const m of performance.getEntriesByType('mark')) marks[m.name] ??= m.startTime;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    return {
      origin: performance.timeOrigin,
      responseEnd: nav?.responseEnd ?? null,
      domInteractive: nav?.domInteractive ?? null,
      marks,
      fcp,
      ready: window.__huifangReady,
      inDom: window.__huifangInDom ?? null,
      frame: window.__huifangFrame ?? null,
    };
  });
  const bg = await serviceWorker.evaluate(
    ([id, after]) => {
      const out = {};
      for (const m of performance.getEntriesByType('mark')) {
        const at = performance.timeOrigin + m.startTime;
        const [name, tab] = [m.name.replace(/:\d+$/, ''), m.name.match(/:(\d+)$/)?.[1]];
        if (tab === String(id) && at >= after && out[name] === undefined) out[name] = at;
      }
      return out;
    },
    [tabId, page.origin],
  );
  const rel = (at) => (at === undefined ? null : at - page.origin);
  return {
    'html loaded (responseEnd)': page.responseEnd,
    'dom interactive': page.domInteractive,
    'scripts run: boot starts': page.marks['hf:boot'] ?? null,
    'port connect asked': page.marks['hf:connect'] ?? null,
    'bg: port arrives': rel(bg['hf:bg-connect']),
    'bg: settings ready': rel(bg['hf:bg-settings']),
    'bg: call ready': rel(bg['hf:bg-ready']),
    'bg: snapshot posted': rel(bg['hf:bg-sent']),
    'settings read': page.marks['hf:settings'] ?? null,
    'tab looked up': page.marks['hf:tab'] ?? null,
    'site checked': page.marks['hf:enabled'] ?? null,
    'texts loaded': page.marks['hf:catalog'] ?? null,
    'render starts': page.marks['hf:render'] ?? null,
    'render returns': page.marks['hf:rendered'] ?? null,
    'first snapshot arrives': page.marks['hf:message'] ?? null,
    'first snapshot applied': page.marks['hf:received'] ?? null,
    'answer button in the DOM': page.inDom,
    'name + answer shown': page.ready,
    'next frame': page.frame,
    'first contentful paint': page.fcp,
  };
}

export function medianStages(all) {
  const keys = Object.keys(all[0]);
  const out = {};
  for (const k of keys) {
    const xs = all
      .map((s) => s[k])
      .filter((x) => typeof x === 'number')
      .sort((a, b) => a - b);
    out[k] = xs.length ? xs[Math.floor(xs.length / 2)] : null;
  }
  return out;
}

/** `cold`: each opening on a CRM tab no view has opened before (the background's call for it starts then). */
export async function profileOpenings(extensionDir, server, runs, { cold = false } = {}) {
  const h = await launchExtension({ extensionDir, server });
  try {
    let crm = cold ? null : await h.openCrmPage(FILE);
    const stages = [];
    for (let i = 0; i < runs + 2; i++) {
      if (cold) crm = await h.openCrmPage(FILE);
      const panel = await h.context.newPage();
      await panel.setViewportSize({ width: 400, height: 900 });
      await panel.addInitScript(installReadyStamp);
      await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${crm.tabId}`);
      await panel.waitForFunction(() => typeof window.__huifangFrame === 'number', null, { timeout: 20_000 });
      if (i >= 2) stages.push(await readStages(panel, h.serviceWorker, crm.tabId));
      await panel.close();
      if (cold) await crm.page.close();
    }
    return stages;
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.argv[2] ?? '.output/chrome-mv3-e2e');
  const runs = Number(process.argv[3] ?? 15);
  const cold = process.argv[4] === 'cold';
  const server = await startFixtureServer();
  const stages = await profileOpenings(dir, server, runs, { cold });
  await server.close();
  const med = medianStages(stages);
  for (const [k, v] of Object.entries(med)) console.log(`${k.padEnd(32)} ${v === null ? '—' : v.toFixed(1)}`);
  if (process.env.STAGES_RAW) console.log(JSON.stringify(stages));
}
