// Test files share their worker's modules (vitest.config.ts), and so the one document happy-dom made for the worker.
// Each file starts as if it had the document to itself: the body it was made with, emptied (a test may have put
// another body in its place, and testing-library's `screen` still queries the first one), no head elements or root
// attributes left by the file before, real timers, and components rendered by testing-library unmounted after each
// test (its own automatic cleanup registers only in the first file that imports it).
import { cleanup } from '@testing-library/preact';

const first = globalThis as { firstBody?: HTMLElement };
first.firstBody ??= document.body;
const body = first.firstBody;
if (document.body !== body) document.documentElement.replaceChild(body, document.body);
body.replaceChildren();
for (const name of body.getAttributeNames()) body.removeAttribute(name);
document.head.replaceChildren();
for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
vi.useRealTimers();
afterEach(() => cleanup());
