import type { Source } from './discover.js';

/**
 * The files still to lint, handed out in order and forgotten once handed out: a run over tens
 * of thousands of files then holds only the names not yet linted, not every name to the end.
 */
export class SourceQueue {
  private readonly items: (Source | undefined)[];
  private next = 0;

  /** Takes over the array: the caller must not use it afterwards. */
  constructor(items: Source[]) {
    this.items = items;
  }

  get remaining(): number {
    return this.items.length - this.next;
  }

  /** The next `count` sources (fewer at the end), released from the queue. */
  take(count: number): Source[] {
    const end = Math.min(this.next + count, this.items.length);
    const taken = this.items.slice(this.next, end) as Source[];
    this.items.fill(undefined, this.next, end);
    this.next = end;
    return taken;
  }
}
