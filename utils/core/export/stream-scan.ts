/**
 * Reads a JSON export piece by piece: the envelope's small values whole, and each element of its big lists
 * (records, customers, escalations) as soon as it is complete, so a file of a million records is never one string
 * nor one parsed tree (docs/export-format.md, "Large files"). Pure: the caller feeds text chunks.
 */
export const streamedLists = ['records', 'customers', 'escalations', 'reviews'] as const;
export type StreamedList = (typeof streamedLists)[number];

export interface ScanHandlers {
  /** A top-level key whose value is not a streamed list, parsed. */
  onValue(key: string, value: unknown): void;
  /** Called when a streamed list opens; return false to stop streaming (the caller then reads the file whole). */
  onListStart?(list: StreamedList): boolean;
  onItem(list: StreamedList, index: number, item: unknown): void;
}

export class ScanError extends Error {
  constructor(
    readonly position: number,
    readonly line: number,
    readonly column: number,
    what: string,
  ) {
    super(`Not valid JSON at line ${line}, column ${column} (character ${position}): ${what}`);
  }
}

export class StopScan extends Error {}

type Mode =
  | 'start'
  | 'key-or-end'
  | 'key-start'
  | 'key'
  | 'colon'
  | 'value-start'
  | 'value'
  | 'item-or-end'
  | 'item-start'
  | 'item'
  | 'after-value'
  | 'done';

const isWs = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

export class ExportScanner {
  private buf = '';
  private i = 0;
  /** Global position of buf[0]. */
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  /** Start of the line that buf[0] is on. */
  private bufLineStart = 0;
  private mode: Mode = 'start';
  private key = '';
  private list: StreamedList | null = null;
  private index = 0;
  private start = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly handlers: ScanHandlers) {}

  push(chunk: string): void {
    this.drop(this.capturing() ? this.start : this.i);
    this.buf += chunk;
    this.run();
    // Keep only the unconsumed tail: the element being read, if any.
    this.drop(this.capturing() ? this.start : this.i);
  }

  /** Forgets the first n characters of the buffer (already read). */
  private drop(n: number): void {
    if (n <= 0) return;
    const nl = this.buf.lastIndexOf('\n', n - 1);
    if (nl >= 0) this.bufLineStart = this.offset + nl + 1;
    this.buf = this.buf.slice(n);
    this.offset += n;
    this.i -= n;
    this.start -= n;
  }

  end(): void {
    if (this.mode !== 'done') this.fail(this.offset + this.buf.length, 'the file ends too early (truncated?)');
  }

  private capturing(): boolean {
    return this.mode === 'value' || this.mode === 'item' || this.mode === 'key';
  }

  private fail(position: number, what: string): never {
    throw new ScanError(position, this.line, position - this.lineStart + 1, what);
  }

  private run(): void {
    const buf = this.buf;
    const n = buf.length;
    while (this.i < n) {
      const c = buf.charCodeAt(this.i);
      if (c === 10) {
        this.line += 1;
        this.lineStart = this.offset + this.i + 1;
      }
      switch (this.mode) {
        case 'value':
        case 'item':
        case 'key':
          if (this.scanInside(c)) continue;
          break;
        default:
          if (isWs(c)) {
            this.i += 1;
            continue;
          }
          this.structural(c);
          continue;
      }
      this.i += 1;
    }
  }

  /** Inside a captured value; returns true when it consumed the terminator itself (i already moved). */
  private scanInside(c: number): boolean {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === 92) this.escaped = true;
      else if (c === 34) {
        this.inString = false;
        if (this.mode === 'key') {
          this.key = this.parse(this.buf.slice(this.start, this.i + 1), this.start) as string;
          this.mode = 'colon';
        }
      }
      return false;
    }
    if (c === 34) this.inString = true;
    else if (c === 123 || c === 91) this.depth += 1;
    else if ((c === 125 || c === 93) && this.depth > 0) this.depth -= 1;
    else if (this.depth === 0 && (c === 44 || c === 125 || c === 93)) {
      this.finishCapture(c);
      return true;
    }
    return false;
  }

  private finishCapture(c: number): void {
    const text = this.buf.slice(this.start, this.i);
    const value = this.parse(text, this.start);
    if (this.mode === 'value') {
      this.handlers.onValue(this.key, value);
      this.mode = 'after-value';
      return; // the terminator is read again in after-value
    }
    const list = this.list as StreamedList;
    this.handlers.onItem(list, this.index, value);
    this.index += 1;
    this.i += 1;
    if (c === 44) this.mode = 'item-start';
    else if (c === 93) this.mode = 'after-value';
    else this.fail(this.offset + this.i - 1, `expected "," or "]" after ${list}[${this.index - 1}]`);
  }

  private parse(text: string, at: number): unknown {
    try {
      return JSON.parse(text);
    } catch (err) {
      const raw = err instanceof Error ? err.message : String(err);
      const pos = /position (\d+)/.exec(raw);
      const rel = at + (pos ? Number(pos[1]) : text.length - text.trimStart().length);
      const what = text.trim() === '' ? 'a value is missing' : raw.replace(/\s*(in JSON )?at position \d+.*$/s, '');
      const line = this.line - countNewlines(this.buf.slice(rel, this.i));
      const nl = this.buf.lastIndexOf('\n', rel - 1);
      const column = nl >= 0 ? rel - nl : this.offset + rel - this.bufLineStart + 1;
      throw new ScanError(this.offset + rel, line, column, what);
    }
  }

  private beginCapture(mode: 'value' | 'item' | 'key'): void {
    this.mode = mode;
    this.start = this.i;
    this.depth = 0;
    this.inString = mode === 'key';
    this.escaped = false;
  }

  private structural(c: number): void {
    const at = this.offset + this.i;
    switch (this.mode) {
      case 'start':
        if (c !== 123) this.fail(at, 'an export file is a JSON object ("{" expected)');
        this.mode = 'key-or-end';
        this.i += 1;
        return;
      case 'key-or-end':
      case 'key-start':
        if (c === 125 && this.mode === 'key-or-end') {
          this.mode = 'done';
          this.i += 1;
          return;
        }
        if (c !== 34) this.fail(at, 'a key in double quotes expected');
        this.beginCapture('key');
        this.i += 1;
        return;
      case 'colon':
        if (c !== 58) this.fail(at, `":" expected after the key "${this.key}"`);
        this.mode = 'value-start';
        this.i += 1;
        return;
      case 'value-start': {
        const list = streamedLists.find((l) => l === this.key);
        if (list && c === 91) {
          if (this.handlers.onListStart && !this.handlers.onListStart(list)) throw new StopScan();
          this.list = list;
          this.index = 0;
          this.mode = 'item-or-end';
          this.i += 1;
          return;
        }
        this.beginCapture('value');
        return;
      }
      case 'item-or-end':
        if (c === 93) {
          this.mode = 'after-value';
          this.i += 1;
          return;
        }
        this.beginCapture('item');
        return;
      case 'item-start':
        this.beginCapture('item');
        return;
      case 'after-value':
        if (c === 44) this.mode = 'key-start';
        else if (c === 125) this.mode = 'done';
        else this.fail(at, 'expected "," or "}" after a value');
        this.i += 1;
        return;
      case 'done':
        this.fail(at, 'unexpected text after the end of the export');
    }
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n += 1;
  return n;
}
