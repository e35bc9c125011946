package dev.suanpan.inventory;

/**
 * The chunks of a ledger version being built by appends: shares the chunks it was given and copies
 * the last chunk before writing into a slot it could not claim. Used by one thread while a posting
 * is computed, then frozen into a {@link StockLedger}.
 */
final class Tape {
  private static final int FIRST_CAPACITY = 8;

  private ChunkList chunks;
  private int size;

  Tape(ChunkList chunks, int size) {
    this.chunks = chunks;
    this.size = size;
  }

  /** The capacity of a last chunk holding {@code n} entries: a power of two from 8 to 256. */
  static int capacityFor(int n) {
    int cap = FIRST_CAPACITY;
    while (cap < n) {
      cap <<= 1;
    }
    return Math.min(cap, Chunk.SIZE);
  }

  /** The text capacity of a last chunk of {@code capacity} entries holding {@code textLength}. */
  static int textCapacityFor(int capacity, int textLength) {
    return Math.max(capacity * 16, textLength);
  }

  ChunkList frozenChunks() {
    return chunks;
  }

  /** Puts {@code c} in place of the chunks from index {@code k} on, in a list of its own. */
  private void putChunk(int k, Chunk c) {
    chunks = ChunkList.extending(chunks, k);
    chunks.add(c);
  }

  /**
   * Appends a raw movement (not yet valued); the text is {@code src[from, docTo)} for the document
   * and {@code src[docTo, refTo)} for the reference. Returns the chunk written to.
   */
  Chunk append(
      int date, byte kind, long qty, long input, byte[] src, int from, int docTo, int refTo) {
    Chunk c = chunks.count() == 0 ? null : chunks.last();
    int slot = c == null ? 0 : size - c.first;
    int textLen = refTo - from;
    if (c == null || slot == Chunk.SIZE) {
      int cap = size == 0 ? FIRST_CAPACITY : Chunk.SIZE;
      c = new Chunk(size, cap, textCapacityFor(cap, textLen));
      c.used.set(1);
      putChunk(chunks.count(), c);
      slot = 0;
    } else {
      int textAt = c.refEnd[slot - 1];
      boolean fits = slot < c.capacity() && textAt + textLen <= c.text.length;
      if (!fits || !c.used.compareAndSet(slot, slot + 1)) {
        int cap = slot < c.capacity() ? c.capacity() : Math.min(Chunk.SIZE, c.capacity() * 2);
        int need = textAt + textLen;
        int textCap = need > c.text.length ? Math.max(need, c.text.length * 2) : c.text.length;
        c = c.copy(slot, cap, textCap);
        c.used.set(slot + 1);
        putChunk(chunks.count() - 1, c);
      }
    }
    int at = c.textStart(slot);
    System.arraycopy(src, from, c.text, at, textLen);
    c.date[slot] = date;
    c.kind[slot] = kind;
    c.qty[slot] = qty;
    c.input[slot] = input;
    c.mayHoldReturns |= kind == Valuer.CUSTOMER_RETURN;
    c.docEnd[slot] = at + (docTo - from);
    c.refEnd[slot] = at + textLen;
    size++;
    return c;
  }
}
