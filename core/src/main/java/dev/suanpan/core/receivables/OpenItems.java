package dev.suanpan.core.receivables;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A customer's open instalments by due date, as a persistent binary trie over the epoch day: an
 * update copies one path of {@value #DEPTH} nodes and one leaf (the instalments due that day, in
 * posting order) and shares the rest, so it costs the same whatever the number of open items;
 * {@link #forEachOldestFirst} visits them by due date, then posting order. Package-private: the
 * storage behind {@link ReceivablesLedger}.
 */
final class OpenItems {
  static final int DEPTH = 21;
  private static final long OFFSET = 1L << (DEPTH - 1);
  private static final long SIZE = 1L << DEPTH;

  static final OpenItems EMPTY = new OpenItems(null);

  private final Node root;

  private OpenItems(Node root) {
    this.root = root;
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

  OpenItems plus(LocalDate due, ItemKey item) {
    return new OpenItems(add(root, due.toEpochDay() + OFFSET, item, DEPTH - 1));
  }

  OpenItems minus(LocalDate due, ItemKey item) {
    return new OpenItems(remove(root, due.toEpochDay() + OFFSET, item, DEPTH - 1));
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
