package dev.suanpan.examples.stockcard;

/**
 * The document numbers seen so far, for refusing a repeated one in a file of any length: a 64-bit
 * hash of each document and the line it was on, in open addressing (16 to 24 bytes a document, no
 * object per document). A hash already seen is only a candidate: the caller confirms it by reading
 * the earlier line's document again, and {@link #collided} keeps the rare different document with
 * the same hash exactly.
 */
final class DocumentIndex {
  private long[] hashes = new long[1 << 10]; // 0 is an empty slot
  private int[] lines = new int[1 << 10];
  private int size;

  /** Documents whose hash met another document's: their own line, by document. */
  final java.util.Map<String, Integer> collided = new java.util.HashMap<>();

  /**
   * Records {@code document} on {@code line}; returns 0 if its hash is new, else the line of the
   * earlier document with the same hash (then nothing is recorded).
   */
  int add(String document, int line) {
    long h = hash(document);
    int mask = hashes.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (hashes[i] != 0) {
      if (hashes[i] == h) {
        return lines[i];
      }
      i = (i + 1) & mask;
    }
    hashes[i] = h;
    lines[i] = line;
    if (++size * 4 >= hashes.length * 3) {
      grow();
    }
    return 0;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldLines = lines;
    hashes = new long[oldHashes.length * 2];
    lines = new int[oldLines.length * 2];
    int mask = hashes.length - 1;
    for (int k = 0; k < oldHashes.length; k++) {
      long h = oldHashes[k];
      if (h != 0) {
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0) {
          i = (i + 1) & mask;
        }
        hashes[i] = h;
        lines[i] = oldLines[k];
      }
    }
  }

  /** A 64-bit hash of {@code s} (FNV-1a over its chars, then mixed), never 0. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
