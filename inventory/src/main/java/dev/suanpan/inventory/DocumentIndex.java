package dev.suanpan.inventory;

/**
 * The document numbers of a ledger version, as 64-bit hashes of (kind, document) and (issue,
 * document), so that a posting learns in constant time whether its document may already be in the
 * ledger. A hint only: a hit is confirmed against the movements themselves, which also gives the
 * earlier movement's date. Shared between the versions of one ledger along a line of postings: the
 * index belongs to one version at a time (its stamp); posting from that version adds the new keys
 * in place and hands the index on, while posting from any other version (an older one, a second
 * posting from the same one) builds an index of its own. Keys of a later version only add false
 * hits, never hide a document. Synchronized: versions may post from several threads.
 */
final class DocumentIndex {
  /** The tag of the key every issue (of any issue kind) adds: (issue, document). */
  static final byte ISSUE = 126;

  /** The tag of the key added when an issue's (issue, document) key is already held. */
  static final byte ISSUED_TWICE = 127;

  private long[] table = new long[64];
  private int count;
  private Object stamp;

  DocumentIndex(Object stamp) {
    this.stamp = stamp;
  }

  /** The key of {@code document}'s bytes {@code [from, to)} in {@code text} under {@code tag}. */
  static long key(byte tag, byte[] text, int from, int to) {
    long h = 0xcbf29ce484222325L ^ (tag & 0xff);
    h *= 0x100000001b3L;
    for (int i = from; i < to; i++) {
      h ^= text[i] & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 31;
    h *= 0x7fb5d329728ea185L;
    h ^= h >>> 27;
    return h == 0 ? 1 : h;
  }

  /** True if this index is (still) the one of the version stamped {@code s}. */
  synchronized boolean isAt(Object s) {
    return stamp == s;
  }

  /** True if {@code key} may be held (certainly, unless a later version added it). */
  synchronized boolean mayHold(long key) {
    return find(key) >= 0;
  }

  /**
   * Adds the keys of a movement of {@code kind} with document bytes {@code [from, to)} of {@code
   * text} and moves the index to {@code next}, if it is still at {@code s}; false (nothing done)
   * otherwise.
   */
  synchronized boolean advance(Object s, Object next, byte kind, byte[] text, int from, int to) {
    if (stamp != s) {
      return false;
    }
    add(kind, text, from, to);
    stamp = next;
    return true;
  }

  /** Moves the index from version {@code s} to {@code next} (same movements), if still at it. */
  synchronized boolean moveTo(Object s, Object next) {
    if (stamp != s) {
      return false;
    }
    stamp = next;
    return true;
  }

  /** Adds the keys of one movement (building an index). */
  synchronized void add(byte kind, byte[] text, int from, int to) {
    put(key(kind, text, from, to));
    if (MovementKind.values()[kind].isIssue()) {
      long issue = key(ISSUE, text, from, to);
      if (find(issue) >= 0) {
        put(key(ISSUED_TWICE, text, from, to));
      } else {
        put(issue);
      }
    }
  }

  private int find(long key) {
    int mask = table.length - 1;
    for (int i = (int) key & mask; ; i = (i + 1) & mask) {
      long k = table[i];
      if (k == key) {
        return i;
      }
      if (k == 0) {
        return -1;
      }
    }
  }

  private void put(long key) {
    if (find(key) >= 0) {
      return;
    }
    if (2 * (count + 1) > table.length) {
      long[] old = table;
      table = new long[old.length * 2];
      for (long k : old) {
        if (k != 0) {
          insert(k);
        }
      }
    }
    insert(key);
    count++;
  }

  private void insert(long key) {
    int mask = table.length - 1;
    int i = (int) key & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = key;
  }
}
