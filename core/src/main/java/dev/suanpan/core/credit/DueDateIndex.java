package dev.suanpan.core.credit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Open receivable amounts (in minor units) by due date, as a persistent binary trie over the epoch
 * day: every update copies one path of fixed depth ({@value #DEPTH} nodes) and shares the rest, so
 * an update and the queries (earliest open due date, amount due before a date) take constant time
 * whatever the number of open items. Package-private: the storage behind {@link Exposure}.
 */
final class DueDateIndex {
  static final int DEPTH = 21;
  private static final long OFFSET = 1L << (DEPTH - 1);
  private static final long SIZE = 1L << DEPTH;

  static final DueDateIndex EMPTY = new DueDateIndex(null);

  private final Node root;

  private DueDateIndex(Node root) {
    this.root = root;
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

  /** The open amount due on {@code date}. */
  long at(LocalDate date) {
    long key = keyOf(date, "due date");
    Node n = root;
    for (int level = DEPTH - 1; level >= 0 && n != null; level--) {
      n = ((key >>> level) & 1) == 0 ? n.left : n.right;
    }
    return n == null ? 0 : n.sum;
  }

  /**
   * A new index with {@code delta} added at {@code date}; the caller keeps amounts non-negative.
   */
  DueDateIndex plus(LocalDate date, long delta) {
    long key = keyOf(date, "due date");
    return new DueDateIndex(add(root, key, delta, DEPTH - 1));
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

  /** Each due date with an open amount, earliest first, with that amount. */
  void forEach(java.util.function.ObjLongConsumer<LocalDate> action) {
    walk(root, 0, DEPTH - 1, action);
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
    long key = 0;
    for (int level = DEPTH - 1; level >= 0; level--) {
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
    long sum = 0;
    Node n = root;
    for (int level = DEPTH - 1; level >= 0 && n != null; level--) {
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
    return same(root, other.root);
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
