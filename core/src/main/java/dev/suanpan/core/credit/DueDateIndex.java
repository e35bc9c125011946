package dev.suanpan.core.credit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Open receivable amounts (in minor units) by due date, as a persistent binary trie over the epoch
 * day, rooted at the lowest node holding every open date (the levels above it, which all open dates
 * share, are not stored): every update copies one path, as long as the open dates' span needs
 * (about 9 nodes for a year, at most {@value #DEPTH}), and shares the rest, so an update and the
 * queries (earliest open due date, amount due before a date) take time bounded by the span,
 * whatever the number of open items. Package-private: the storage behind {@link Exposure}.
 */
final class DueDateIndex {
  static final int DEPTH = 21;
  private static final long OFFSET = 1L << (DEPTH - 1);
  private static final long SIZE = 1L << DEPTH;

  static final DueDateIndex EMPTY = new DueDateIndex(null, -1, 0);

  /**
   * The lowest node holding every open date: a leaf when one date is open, else the node where the
   * open dates first part. The levels above it, which every open date shares, are not stored.
   */
  private final Node root;

  /** The level whose bit {@link #root} branches on; -1 when it is a leaf. */
  private final int rootLevel;

  /** One key under {@link #root}: its bits above {@link #rootLevel} are every key's. */
  private final long rootKey;

  private DueDateIndex(Node root, int rootLevel, long rootKey) {
    this.root = root;
    this.rootLevel = rootLevel;
    this.rootKey = rootKey;
  }

  private static final class Node {
    final Node left;
    final Node right;
    final long sum;

    Node(Node left, Node right, long sum) {
      this.left = left;
      this.right = right;
      this.sum = sum;
    }
  }

  static long keyOf(LocalDate date, String name) {
    long key = date.toEpochDay() + OFFSET;
    if (key < 0 || key >= SIZE) {
      throw new IllegalArgumentException(
          name + " must be between " + dateOf(0) + " and " + dateOf(SIZE - 1) + ", was " + date);
    }
    return key;
  }

  private static LocalDate dateOf(long key) {
    return LocalDate.ofEpochDay(key - OFFSET);
  }

  /** The total of all open amounts. */
  long total() {
    return root == null ? 0 : root.sum;
  }

  /** -1, 0 or 1 as {@code key} lies before, under or after {@link #root}. */
  private int place(long key) {
    return Long.compare(key >>> (rootLevel + 1), rootKey >>> (rootLevel + 1));
  }

  /** The open amount due on {@code date}. */
  long at(LocalDate date) {
    long key = keyOf(date, "due date");
    if (root == null || place(key) != 0) {
      return 0;
    }
    Node n = root;
    for (int level = rootLevel; level >= 0 && n != null; level--) {
      n = ((key >>> level) & 1) == 0 ? n.left : n.right;
    }
    return n == null ? 0 : n.sum;
  }

  /**
   * A new index with {@code delta} added at {@code date}; the caller keeps amounts non-negative.
   */
  DueDateIndex plus(LocalDate date, long delta) {
    long key = keyOf(date, "due date");
    if (root == null) {
      return delta == 0 ? this : new DueDateIndex(new Node(null, null, delta), -1, key);
    }
    if (place(key) != 0) {
      return grown(key, delta);
    }
    Node r = add(root, key, delta, rootLevel);
    return r == null ? EMPTY : lowest(r, rootLevel, rootKey);
  }

  /** The index with {@code delta} at {@code key}, outside the root: a new root above both. */
  private DueDateIndex grown(long key, long delta) {
    if (delta == 0) {
      return this;
    }
    int top = 63 - Long.numberOfLeadingZeros(key ^ rootKey);
    Node old = root;
    for (int level = rootLevel + 1; level < top; level++) {
      old =
          ((rootKey >>> level) & 1) == 0
              ? new Node(old, null, old.sum)
              : new Node(null, old, old.sum);
    }
    Node fresh = add(null, key, delta, top - 1);
    long sum = Math.addExact(root.sum, delta);
    Node r = ((key >>> top) & 1) == 0 ? new Node(fresh, old, sum) : new Node(old, fresh, sum);
    return new DueDateIndex(r, top, key);
  }

  /** The index rooted at the lowest node of {@code n} (at {@code level}) holding every date. */
  private static DueDateIndex lowest(Node n, int level, long key) {
    while (level >= 0 && (n.left == null || n.right == null)) {
      if (n.left != null) {
        n = n.left;
        key &= ~(1L << level);
      } else {
        n = n.right;
        key |= 1L << level;
      }
      level--;
    }
    return new DueDateIndex(n, level, key);
  }

  private static Node add(Node n, long key, long delta, int level) {
    long sum = Math.addExact(n == null ? 0 : n.sum, delta);
    if (level < 0) {
      return sum == 0 ? null : new Node(null, null, sum);
    }
    Node left = n == null ? null : n.left;
    Node right = n == null ? null : n.right;
    if (((key >>> level) & 1) == 0) {
      left = add(left, key, delta, level - 1);
    } else {
      right = add(right, key, delta, level - 1);
    }
    return left == null && right == null ? null : new Node(left, right, sum);
  }

  /** The key of the first date under {@link #root}, bits at and below its level cleared. */
  private long base() {
    return rootKey & -(1L << (rootLevel + 1));
  }

  /** Each due date with an open amount, earliest first, with that amount. */
  void forEach(java.util.function.ObjLongConsumer<LocalDate> action) {
    walk(root, base(), rootLevel, action);
  }

  private static void walk(
      Node n, long key, int level, java.util.function.ObjLongConsumer<LocalDate> action) {
    if (n == null) {
      return;
    }
    if (level < 0) {
      action.accept(dateOf(key), n.sum);
      return;
    }
    walk(n.left, key, level - 1, action);
    walk(n.right, key | (1L << level), level - 1, action);
  }

  /** The earliest due date with an open amount. */
  Optional<LocalDate> earliest() {
    if (root == null) {
      return Optional.empty();
    }
    Node n = root;
    long key = base();
    for (int level = rootLevel; level >= 0; level--) {
      if (n.left != null) {
        n = n.left;
      } else {
        n = n.right;
        key |= 1L << level;
      }
    }
    return Optional.of(dateOf(key));
  }

  /** The open amount due strictly before {@code date}. */
  long before(LocalDate date) {
    long key = keyOf(date, "date");
    if (root == null) {
      return 0;
    }
    int place = place(key);
    if (place != 0) {
      return place > 0 ? root.sum : 0;
    }
    long sum = 0;
    Node n = root;
    for (int level = rootLevel; level >= 0 && n != null; level--) {
      if (((key >>> level) & 1) == 0) {
        n = n.left;
      } else {
        if (n.left != null) {
          sum += n.left.sum;
        }
        n = n.right;
      }
    }
    return sum;
  }

  /** True if both hold the same amounts on the same due dates (the trie shape is canonical). */
  boolean sameAs(DueDateIndex other) {
    if (root == null || other.root == null) {
      return root == other.root;
    }
    return rootLevel == other.rootLevel && other.place(rootKey) == 0 && same(root, other.root);
  }

  private static boolean same(Node a, Node b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null || a.sum != b.sum) {
      return false;
    }
    return same(a.left, b.left) && same(a.right, b.right);
  }
}
