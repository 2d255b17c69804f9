export const CHROMIUM: string;
export const FIREFOX: string;
export const BROWSER_ARGS: string[];
export function findBrowsers(): { missing: { binary: string; apt: string }[] };
