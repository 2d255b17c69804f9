import type { CallWindowConfig } from '@/utils/core/rules/call-windows';

// Apart from the parsers of windows-text.ts (they need the schemas): the setup screen shows the windows in the panel's
// first frame, which loads no zod (docs/architecture.md, "What the panel loads first").

/** Call windows as "10:00-11:00" per line (windows-text.ts reads them back). */
export function formatWindowsText(config: CallWindowConfig): string {
  return config.windows.map((w) => `${w.start}-${w.end}`).join('\n');
}
