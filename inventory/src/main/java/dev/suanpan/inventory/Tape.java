package dev.suanpan.inventory;

import java.util.Arrays;

/**
 * The chunks of a ledger version being built: shares the chunks it was given and copies a chunk
 * before writing into a slot it could not claim. Used by one thread while a posting is computed,
 * then frozen into a {@link StockLedger}.
 */
final class Tape {
  private static final int FIRST_CAPACITY = 8;

  Chunk[] chunks;
  int chunkCount;
  int size;
  private boolean ownsArray;
  private boolean ownsLast;

  Tape(Chunk[] chunks, int size) {
    this.chunks = chunks;
    this.size = size;
    this.chunkCount = chunks.length;
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

  Chunk chunk(int pos) {
    return Chunk.at(chunks, pos);
  }

  Chunk[] frozenChunks() {
    return chunkCount == chunks.length ? chunks : Arrays.copyOf(chunks, chunkCount);
  }

  private void setChunk(int index, Chunk c) {
    if (!ownsArray || index >= chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(index + 1, chunkCount + (chunkCount >> 1) + 1));
      ownsArray = true;
    }
    chunks[index] = c;
    if (index >= chunkCount) {
      chunkCount = index + 1;
    }
  }

  /**
   * Appends a raw movement (not yet valued); the text is {@code src[from, docTo)} for the document
   * and {@code src[docTo, refTo)} for the reference. Returns the chunk written to.
   */
  Chunk append(
      int date, byte kind, long qty, long input, byte[] src, int from, int docTo, int refTo) {
    Chunk c = chunkCount == 0 ? null : chunks[chunkCount - 1];
    int slot = c == null ? 0 : size - c.first;
    int textLen = refTo - from;
    if (c == null || slot == Chunk.SIZE) {
      int cap = size == 0 ? FIRST_CAPACITY : Chunk.SIZE;
      c = new Chunk(size, cap, textCapacityFor(cap, textLen));
      c.used.set(1);
      setChunk(chunkCount, c);
      slot = 0;
      ownsLast = true;
    } else {
      int textAt = c.refEnd[slot - 1];
      boolean fits = slot < c.capacity() && textAt + textLen <= c.text.length;
      if (fits && ownsLast) {
        c.used.lazySet(slot + 1);
      } else if (!fits || !c.used.compareAndSet(slot, slot + 1)) {
        int cap = slot < c.capacity() ? c.capacity() : Math.min(Chunk.SIZE, c.capacity() * 2);
        int need = textAt + textLen;
        int textCap = need > c.text.length ? Math.max(need, c.text.length * 2) : c.text.length;
        c = c.copy(slot, cap, textCap);
        c.used.set(slot + 1);
        setChunk(chunkCount - 1, c);
        ownsLast = true;
      }
    }
    int at = c.textStart(slot);
    System.arraycopy(src, from, c.text, at, textLen);
    c.date[slot] = date;
    c.kind[slot] = kind;
    c.qty[slot] = qty;
    c.input[slot] = input;
    c.docEnd[slot] = at + (docTo - from);
    c.refEnd[slot] = at + textLen;
    size++;
    return c;
  }
}
