package dev.suanpan.inventory;

import java.util.Arrays;

/**
 * The chunks of a ledger version, in position order, in pages of 64 shared between versions: a
 * version that keeps the first chunks of another and changes the rest (a back-dated insert, an
 * append starting a chunk) copies the page index and at most one page, not the whole list, so its
 * cost does not grow with the movements before the change.
 *
 * <p>Finds the chunk of a position at the last chunk, else by a binary search over the chunks'
 * start positions, which is direct while no insert has happened (chunk {@code k} then starts at
 * {@code 256 k}). Written only while a version is built ({@link #extending(ChunkList, int)}, {@link
 * #add(Chunk)}), by one thread, before it is published.
 */
final class ChunkList {
  private static final int PAGE_SHIFT = 6;
  private static final int PAGE = 1 << PAGE_SHIFT;
  private static final int PAGE_MASK = PAGE - 1;

  static final ChunkList EMPTY = new ChunkList(new Chunk[0][], 0);

  private Chunk[][] pages;
  private int count;

  private ChunkList(Chunk[][] pages, int count) {
    this.pages = pages;
    this.count = count;
  }

  /**
   * A list to build that starts with the first {@code keep} chunks of {@code base} (shared, not
   * written again); the caller adds the rest.
   */
  static ChunkList extending(ChunkList base, int keep) {
    int full = keep >>> PAGE_SHIFT;
    int rest = keep & PAGE_MASK;
    Chunk[][] root = new Chunk[Math.max(base.pages.length, full + 1)][];
    System.arraycopy(base.pages, 0, root, 0, full);
    if (rest > 0) {
      root[full] = Arrays.copyOf(base.pages[full], PAGE);
    }
    return new ChunkList(root, keep);
  }

  /** Adds {@code c} after the last chunk (while building). */
  void add(Chunk c) {
    int p = count >>> PAGE_SHIFT;
    if (p == pages.length) {
      pages = Arrays.copyOf(pages, p + (p >> 1) + 1);
    }
    if (pages[p] == null) {
      pages[p] = new Chunk[PAGE];
    }
    pages[p][count & PAGE_MASK] = c;
    count++;
  }

  int count() {
    return count;
  }

  Chunk get(int k) {
    return pages[k >>> PAGE_SHIFT][k & PAGE_MASK];
  }

  Chunk last() {
    return get(count - 1);
  }

  /** The index of the chunk holding {@code pos}. */
  int indexOf(int pos) {
    int hi = count - 1;
    if (get(hi).start() <= pos) {
      return hi; // the last chunk: appends, and a list being built and valued chunk by chunk
    }
    // A chunk holds at most Chunk.SIZE entries, so the one holding pos is at pos / SIZE or after.
    int lo = Math.min(pos >>> Chunk.SHIFT, hi);
    if (lo == hi || get(lo + 1).start() > pos) {
      return lo;
    }
    lo++;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (get(mid).start() > pos) {
        hi = mid - 1;
      } else {
        lo = mid;
      }
    }
    return lo;
  }

  /** The chunk holding {@code pos}. */
  Chunk at(int pos) {
    return get(indexOf(pos));
  }

  /** The first position after chunk {@code k}: the next chunk's start, or else {@code end}. */
  int limit(int k, int end) {
    return k + 1 < count ? Math.min(end, get(k + 1).start()) : end;
  }

  /** The date of position {@code pos}. */
  int dateAt(int pos) {
    Chunk c = at(pos);
    return c.date[pos - c.first];
  }

  /**
   * The first of the {@code size} positions (in date order) dated {@code day} or later; {@code
   * size} if none.
   */
  int lowerBound(int size, int day) {
    // The last chunk whose first entry is before the day holds the answer, or it is the next
    // chunk's first entry. Searched back from the last chunk in growing steps (back-dated
    // movements are mostly recent), then by halves.
    if (count == 0) {
      return 0;
    }
    int hi = count - 1; // the chunks after hi start on or after the day
    int k = hi;
    for (int step = 1; k >= 0 && firstDate(k) >= day; step <<= 1) {
      hi = k - 1;
      k -= step;
    }
    int lo = Math.max(k, 0);
    k = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (firstDate(mid) < day) {
        k = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (k < 0) {
      return 0;
    }
    Chunk c = get(k);
    int a = c.lo + 1;
    int b = limit(k, size) - c.first;
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (c.date[mid] < day) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return c.first + a;
  }

  private int firstDate(int k) {
    Chunk c = get(k);
    return c.date[c.lo];
  }

  /**
   * Walks the positions {@code [from, end)} in order, chunk by chunk: {@link #c} and {@link #i} are
   * the chunk and entry of position {@link #pos}.
   */
  static final class Walk {
    private final ChunkList chunks;
    private final int end;
    private int k;
    private int limit;
    int pos;
    Chunk c;
    int i;

    Walk(ChunkList chunks, int from, int end) {
      this.chunks = chunks;
      this.end = end;
      this.pos = from;
      if (from < end) {
        k = chunks.indexOf(from);
        c = chunks.get(k);
        i = from - c.first;
        limit = chunks.limit(k, end) - c.first;
      }
    }

    boolean more() {
      return pos < end;
    }

    void next() {
      pos++;
      if (++i == limit && pos < end) {
        c = chunks.get(++k);
        i = c.lo;
        limit = chunks.limit(k, end) - c.first;
      }
    }
  }
}
