export const CHROMIUM: string;
export const FIREFOX: string;
export const BROWSER_ARGS: string[];
export function findBrowsers(): { missing: { binary: string; apt: string }[] };
export function waitForContentScript(worker: { evaluate<R>(fn: () => R | Promise<R>): Promise<R> }): Promise<void>;
