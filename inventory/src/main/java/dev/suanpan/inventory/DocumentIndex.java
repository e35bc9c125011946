package dev.suanpan.inventory;

import java.util.Arrays;

/**
 * The document numbers of one ledger version, as 64-bit hashes of (kind, document) and (issue,
 * document), so that a posting learns in logarithmic time whether its document may already be in
 * the ledger. A hint only: a hit is confirmed against the movements themselves, which also gives
 * the earlier movement's date; a hash collision can only add a false hit, never hide a document.
 *
 * <p>Persistent and immutable: {@link #with} returns a new index sharing all but the path to the
 * new keys with this one (a hash trie of 16-way branches over leaves of up to 64 keys), so every
 * version of a ledger keeps an index of its own movements, and posting from any version, an older
 * one or the same one twice, adds one or two keys in O(log n). About 9 to 17 bytes a key; a
 * movement has one key, an issue two.
 */
final class DocumentIndex {
  /** The tag of the key every issue (of any issue kind) adds: (issue, document). */
  static final byte ISSUE = 126;

  /** The tag of the key added when an issue's (issue, document) key is already held. */
  static final byte ISSUED_TWICE = 127;

  /** The index of no movements. */
  static final DocumentIndex EMPTY = new DocumentIndex(null);

  private static final int BITS = 4;
  private static final int SLOTS = 1 << BITS;
  private static final int LEAF_MAX = 64;

  // null (no keys), a leaf (long[] of distinct keys agreeing on the bits the path took), or a
  // branch (Object[SLOTS] of nodes, indexed by the next BITS bits of the key, low bits first).
  private final Object root;

  private DocumentIndex(Object root) {
    this.root = root;
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
    return h;
  }

  /** True if {@code key} may be held (certainly, unless two documents share a hash). */
  boolean mayHold(long key) {
    return holds(root, key);
  }

  /**
   * This index with the keys of a movement of {@code kind} with document bytes {@code [from, to)}
   * of {@code text} added; this one is unchanged.
   */
  DocumentIndex with(byte kind, byte[] text, int from, int to) {
    Object r = with(root, key(kind, text, from, to), 0);
    if (MovementKind.values()[kind].isIssue()) {
      long issue = key(ISSUE, text, from, to);
      r = holds(r, issue) ? with(r, key(ISSUED_TWICE, text, from, to), 0) : with(r, issue, 0);
    }
    return r == root ? this : new DocumentIndex(r);
  }

  private static boolean holds(Object node, long key) {
    int shift = 0;
    while (node instanceof Object[]) {
      node = ((Object[]) node)[slot(key, shift)];
      shift += BITS;
    }
    if (node == null) {
      return false;
    }
    for (long k : (long[]) node) {
      if (k == key) {
        return true;
      }
    }
    return false;
  }

  /** {@code node} (at depth {@code shift / BITS}) with {@code key}: itself if it holds it. */
  private static Object with(Object node, long key, int shift) {
    if (node == null) {
      return new long[] {key};
    }
    if (node instanceof Object[]) {
      Object[] branch = (Object[]) node;
      int s = slot(key, shift);
      Object child = branch[s];
      Object added = with(child, key, shift + BITS);
      if (added == child) {
        return node;
      }
      Object[] copy = branch.clone();
      copy[s] = added;
      return copy;
    }
    long[] leaf = (long[]) node;
    for (long k : leaf) {
      if (k == key) {
        return node;
      }
    }
    long[] copy = Arrays.copyOf(leaf, leaf.length + 1);
    copy[leaf.length] = key;
    return split(copy, shift);
  }

  /**
   * {@code keys}, distinct and agreeing on the bits below {@code shift}, as a node at that depth: a
   * leaf when they are few enough (or no bits are left), else a branch over smaller nodes.
   */
  private static Object split(long[] keys, int shift) {
    if (keys.length <= LEAF_MAX || shift >= Long.SIZE) {
      return keys;
    }
    int[] counts = new int[SLOTS];
    for (long k : keys) {
      counts[slot(k, shift)]++;
    }
    long[][] parts = new long[SLOTS][];
    for (int s = 0; s < SLOTS; s++) {
      parts[s] = new long[counts[s]];
      counts[s] = 0;
    }
    for (long k : keys) {
      int s = slot(k, shift);
      parts[s][counts[s]++] = k;
    }
    Object[] branch = new Object[SLOTS];
    for (int s = 0; s < SLOTS; s++) {
      if (parts[s].length > 0) {
        branch[s] = split(parts[s], shift + BITS);
      }
    }
    return branch;
  }

  private static int slot(long key, int shift) {
    return (int) (key >>> shift) & (SLOTS - 1);
  }
}
