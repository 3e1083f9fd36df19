/**
 * The record ids of a file, to refuse a record listed twice, without a Set of a million strings
 * (about 90 MB of heap): the ids' UTF-8 bytes sit end to end in one growing buffer and an
 * open-addressing table of typed arrays points into it (about 30 MB for a million ids). Exact:
 * ids with the same hash are compared byte for byte.
 */
export class RecordIdSet {
  private arena = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  /** per slot: 1 + index of the id, 0 = empty */
  private slots = new Uint32Array(1 << 12);
  private hashes = new Uint32Array(1 << 11);
  private starts = new Uint32Array(1 << 11);
  private ends = new Uint32Array(1 << 11);
  private count = 0;

  /** Adds `id`; false when it was already there. */
  add(id: string): boolean {
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash >>>= 0;
    if (this.used + id.length * 3 > this.arena.length) this.growArena(id.length * 3);
    // written where it would go; kept only if it is new
    const start = this.used;
    const end = start + this.arena.write(id, start, 'utf8');
    if (this.count * 2 >= this.slots.length) this.growTable();
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        this.remember(slot, hash, start, end);
        return true;
      }
      const e = entry - 1;
      if (this.hashes[e] === hash && this.arena.compare(this.arena, start, end, this.starts[e]!, this.ends[e]!) === 0) return false;
    }
  }

  private remember(slot: number, hash: number, start: number, end: number): void {
    if (this.count === this.hashes.length) {
      const grow = (a: Uint32Array) => {
        const b = new Uint32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.hashes = grow(this.hashes);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.hashes[this.count] = hash;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
    this.slots[slot] = this.count;
    this.used = end;
  }

  private growArena(atLeast: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + atLeast));
    this.arena.copy(next, 0, 0, this.used);
    this.arena = next;
  }

  private growTable(): void {
    this.slots = new Uint32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      let slot = this.hashes[e]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = e + 1;
    }
  }
}
