/**
 * The name of the port of big data calls (utils/service/stream-port.ts). Apart, so that a page can name the port
 * without bundling the chunking code before its first big call (docs/architecture.md, "What the panel loads first").
 */
export const streamPortName = 'data-stream';
