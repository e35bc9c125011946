package dev.suanpan.core.receivables;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * An immutable hash map that shares storage with its versions: a hash array mapped trie of 32-way
 * nodes, so a {@link #put} copies one path of at most seven nodes and a {@link #get} reads one.
 * Keys with equal hashes share a collision node. Package-private: the storage behind {@link
 * ReceivablesLedger}.
 */
final class PersistentMap<K, V> {
  private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(null, 0);

  private final Node root;
  private final int size;

  private PersistentMap(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <K, V> PersistentMap<K, V> empty() {
    return (PersistentMap<K, V>) EMPTY;
  }

  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  V get(K key) {
    return root == null ? null : (V) root.get(key, key.hashCode(), 0);
  }

  PersistentMap<K, V> put(K key, V value) {
    int hash = key.hashCode();
    if (root == null) {
      return new PersistentMap<>(new Leaf(hash, new Object[] {key, value}), 1);
    }
    boolean[] added = new boolean[1];
    Node r = root.put(key, value, hash, 0, added);
    return new PersistentMap<>(r, added[0] ? size + 1 : size);
  }

  @SuppressWarnings("unchecked")
  void forEach(BiConsumer<? super K, ? super V> action) {
    if (root != null) {
      root.forEach((BiConsumer<Object, Object>) action);
    }
  }

  private abstract static class Node {
    abstract Object get(Object key, int hash, int shift);

    abstract Node put(Object key, Object value, int hash, int shift, boolean[] added);

    abstract void forEach(BiConsumer<Object, Object> action);
  }

  /** One hash's keys and values, alternating: usually one pair, more on a full hash collision. */
  private static final class Leaf extends Node {
    final int hash;
    final Object[] pairs;

    Leaf(int hash, Object[] pairs) {
      this.hash = hash;
      this.pairs = pairs;
    }

    @Override
    Object get(Object key, int h, int shift) {
      if (h != hash) {
        return null;
      }
      for (int i = 0; i < pairs.length; i += 2) {
        if (pairs[i].equals(key)) {
          return pairs[i + 1];
        }
      }
      return null;
    }

    @Override
    Node put(Object key, Object value, int h, int shift, boolean[] added) {
      if (h == hash) {
        for (int i = 0; i < pairs.length; i += 2) {
          if (pairs[i].equals(key)) {
            Object[] copy = pairs.clone();
            copy[i + 1] = value;
            return new Leaf(hash, copy);
          }
        }
        Object[] copy = Arrays.copyOf(pairs, pairs.length + 2);
        copy[pairs.length] = key;
        copy[pairs.length + 1] = value;
        added[0] = true;
        return new Leaf(hash, copy);
      }
      added[0] = true;
      return Branch.of(this, hash, new Leaf(h, new Object[] {key, value}), h, shift);
    }

    @Override
    void forEach(BiConsumer<Object, Object> action) {
      for (int i = 0; i < pairs.length; i += 2) {
        action.accept(pairs[i], pairs[i + 1]);
      }
    }
  }

  /** Up to 32 children, present ones flagged in a bitmap and stored densely. */
  private static final class Branch extends Node {
    final int bitmap;
    final Node[] children;

    Branch(int bitmap, Node[] children) {
      this.bitmap = bitmap;
      this.children = children;
    }

    static Node of(Node a, int hashA, Node b, int hashB, int shift) {
      int ia = (hashA >>> shift) & 31;
      int ib = (hashB >>> shift) & 31;
      if (ia == ib) {
        return new Branch(1 << ia, new Node[] {of(a, hashA, b, hashB, shift + 5)});
      }
      return ia < ib
          ? new Branch((1 << ia) | (1 << ib), new Node[] {a, b})
          : new Branch((1 << ia) | (1 << ib), new Node[] {b, a});
    }

    @Override
    Object get(Object key, int hash, int shift) {
      int bit = 1 << ((hash >>> shift) & 31);
      if ((bitmap & bit) == 0) {
        return null;
      }
      return children[Integer.bitCount(bitmap & (bit - 1))].get(key, hash, shift + 5);
    }

    @Override
    Node put(Object key, Object value, int hash, int shift, boolean[] added) {
      int bit = 1 << ((hash >>> shift) & 31);
      int index = Integer.bitCount(bitmap & (bit - 1));
      if ((bitmap & bit) == 0) {
        Node[] copy = new Node[children.length + 1];
        System.arraycopy(children, 0, copy, 0, index);
        copy[index] = new Leaf(hash, new Object[] {key, value});
        System.arraycopy(children, index, copy, index + 1, children.length - index);
        added[0] = true;
        return new Branch(bitmap | bit, copy);
      }
      Node[] copy = children.clone();
      copy[index] = children[index].put(key, value, hash, shift + 5, added);
      return new Branch(bitmap, copy);
    }

    @Override
    void forEach(BiConsumer<Object, Object> action) {
      for (Node c : children) {
        c.forEach(action);
      }
    }
  }
}
