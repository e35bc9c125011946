package dev.suanpan.core.receivables;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A customer's open instalments by due date, as a persistent binary trie over the epoch day, rooted
 * at the lowest node holding every open date (the levels above it, which all open dates share, are
 * not stored): an update copies one path, as long as the open dates' span needs (about 9 nodes for
 * a year, at most {@value #DEPTH}), and one leaf (the instalments due that day, in posting order),
 * and shares the rest, so it costs the same whatever the number of open items; {@link
 * #forEachOldestFirst} visits them by due date, then posting order. Package-private: the storage
 * behind {@link ReceivablesLedger}.
 */
final class OpenItems {
  static final int DEPTH = 21;
  private static final long OFFSET = 1L << (DEPTH - 1);
  private static final long SIZE = 1L << DEPTH;

  static final OpenItems EMPTY = new OpenItems(null, -1, 0);

  /**
   * The lowest node holding every open due date: a leaf when one date is open, else the node where
   * the dates first part. The levels above it, which every open date shares, are not stored.
   */
  private final Node root;

  /** The level whose bit {@link #root} branches on; -1 when it is a leaf. */
  private final int rootLevel;

  /** One key under {@link #root}: its bits above {@link #rootLevel} are every key's. */
  private final long rootKey;

  private OpenItems(Node root, int rootLevel, long rootKey) {
    this.root = root;
    this.rootLevel = rootLevel;
    this.rootKey = rootKey;
  }

  private static final class Node {
    final Node left;
    final Node right;
    final ItemKey[] items;

    Node(Node left, Node right, ItemKey[] items) {
      this.left = left;
      this.right = right;
      this.items = items;
    }
  }

  static void checkDate(LocalDate date, String name) {
    long key = date.toEpochDay() + OFFSET;
    if (key < 0 || key >= SIZE) {
      throw new IllegalArgumentException(
          name
              + " must be between "
              + LocalDate.ofEpochDay(-OFFSET)
              + " and "
              + LocalDate.ofEpochDay(SIZE - 1 - OFFSET)
              + ", was "
              + date);
    }
  }

  /** True if {@code key} lies under {@link #root}. */
  private boolean holds(long key) {
    return key >>> (rootLevel + 1) == rootKey >>> (rootLevel + 1);
  }

  OpenItems plus(LocalDate due, ItemKey item) {
    long key = due.toEpochDay() + OFFSET;
    if (root == null) {
      return new OpenItems(add(null, key, item, -1), -1, key);
    }
    if (holds(key)) {
      return new OpenItems(add(root, key, item, rootLevel), rootLevel, rootKey);
    }
    int top = 63 - Long.numberOfLeadingZeros(key ^ rootKey);
    Node old = root;
    for (int level = rootLevel + 1; level < top; level++) {
      old = ((rootKey >>> level) & 1) == 0 ? new Node(old, null, null) : new Node(null, old, null);
    }
    Node fresh = add(null, key, item, top - 1);
    Node r = ((key >>> top) & 1) == 0 ? new Node(fresh, old, null) : new Node(old, fresh, null);
    return new OpenItems(r, top, key);
  }

  OpenItems minus(LocalDate due, ItemKey item) {
    long key = due.toEpochDay() + OFFSET;
    if (root == null || !holds(key)) {
      throw new IllegalStateException("no open item " + item);
    }
    Node n = remove(root, key, item, rootLevel);
    if (n == null) {
      return EMPTY;
    }
    int level = rootLevel;
    long k = rootKey;
    while (level >= 0 && (n.left == null || n.right == null)) {
      if (n.left != null) {
        n = n.left;
        k &= ~(1L << level);
      } else {
        n = n.right;
        k |= 1L << level;
      }
      level--;
    }
    return new OpenItems(n, level, k);
  }

  private static Node add(Node n, long key, ItemKey item, int level) {
    if (level < 0) {
      ItemKey[] items =
          n == null ? new ItemKey[] {item} : Arrays.copyOf(n.items, n.items.length + 1);
      items[items.length - 1] = item;
      return new Node(null, null, items);
    }
    Node left = n == null ? null : n.left;
    Node right = n == null ? null : n.right;
    if (((key >>> level) & 1) == 0) {
      left = add(left, key, item, level - 1);
    } else {
      right = add(right, key, item, level - 1);
    }
    return new Node(left, right, null);
  }

  private static Node remove(Node n, long key, ItemKey item, int level) {
    if (n == null) {
      throw new IllegalStateException("no open item " + item);
    }
    if (level < 0) {
      int at = Arrays.asList(n.items).indexOf(item);
      if (at < 0) {
        throw new IllegalStateException("no open item " + item);
      }
      if (n.items.length == 1) {
        return null;
      }
      ItemKey[] items = new ItemKey[n.items.length - 1];
      System.arraycopy(n.items, 0, items, 0, at);
      System.arraycopy(n.items, at + 1, items, at, items.length - at);
      return new Node(null, null, items);
    }
    Node left = n.left;
    Node right = n.right;
    if (((key >>> level) & 1) == 0) {
      left = remove(left, key, item, level - 1);
    } else {
      right = remove(right, key, item, level - 1);
    }
    return left == null && right == null ? null : new Node(left, right, null);
  }

  /**
   * Visits the open items by due date, oldest first, then in posting order, while {@code action}
   * returns true.
   */
  void forEachOldestFirst(Predicate<ItemKey> action) {
    visit(root, action);
  }

  private static boolean visit(Node n, Predicate<ItemKey> action) {
    if (n == null) {
      return true;
    }
    if (n.items != null) {
      for (ItemKey k : n.items) {
        if (!action.test(k)) {
          return false;
        }
      }
      return true;
    }
    return visit(n.left, action) && visit(n.right, action);
  }
}
