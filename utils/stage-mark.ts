/**
 * Marks a stage of the panel's opening on the page's (or the worker's) performance timeline, in e2e builds only: the
 * panel bench (tests/bench/panel-stages.mjs) reads them to say where the time to the first answer goes. The production
 * build drops the body (import.meta.env.MODE is a constant there).
 */
export function stageMark(name: string): void {
  if (import.meta.env.MODE !== 'e2e') return;
  performance.mark(name);
}
