package dev.suanpan.inventory;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Up to {@link #SIZE} consecutive movements of one ledger, stored column by column in primitive
 * arrays: the compact storage behind {@link StockLedger}. Entries below a ledger's size are never
 * written again, so versions of a ledger share chunks; a new version appends into a shared chunk
 * only after claiming the next slot ({@link #used}), otherwise it copies the chunk.
 *
 * <p>Per movement: date (epoch day), kind, quantity (0.0001), input (a receipt's unit cost in
 * 0.000001, the value of an opening or transfer in, the position of the issue a customer return
 * reverses), amount (value in, or cost out, in minor units), running balance quantity and value,
 * and the document and reference as UTF-8 bytes in one shared byte array.
 */
final class Chunk {
  static final int SHIFT = 8;
  static final int SIZE = 1 << SHIFT;
  static final int MASK = SIZE - 1;

  /** FIFO and moving average keep a checkpoint of the valuation state every 16 entries. */
  static final int CHECKPOINT_SHIFT = 4;

  static final int CHECKPOINT_MASK = (1 << CHECKPOINT_SHIFT) - 1;
  private static final byte CUSTOMER_RETURN = (byte) MovementKind.CUSTOMER_RETURN.ordinal();

  final int[] date;
  final byte[] kind;
  final long[] qty;
  final long[] input;
  final long[] amount;
  final long[] balQty;
  final long[] balValue;
  final int[] docEnd;
  final int[] refEnd;
  final byte[] text;
  final AtomicInteger used = new AtomicInteger();
  // The FIFO head, its units used and the latest inbound position just before entries 0, 16, 32..
  // (FIFO and moving average; the balance is that of the entry before).
  final int[] checkHead;
  final long[] checkHeadUsed;
  final int[] checkLastIn;

  // The valuation state just before this chunk's first entry; written once, while it is built.
  long startQty;
  long startValue;
  int startHead;
  long startHeadUsed;
  int startLastIn = -1;
  int startMonthPos;
  long startMonthQty;
  long startMonthValue;
  long startPrevUnitCost;
  long startMonthUnitCost; // month-end average: the unit cost of the month this chunk starts in

  Chunk(int capacity, int textCapacity) {
    date = new int[capacity];
    kind = new byte[capacity];
    qty = new long[capacity];
    input = new long[capacity];
    amount = new long[capacity];
    balQty = new long[capacity];
    balValue = new long[capacity];
    docEnd = new int[capacity];
    refEnd = new int[capacity];
    text = new byte[textCapacity];
    int checkpoints = (capacity + CHECKPOINT_MASK) >>> CHECKPOINT_SHIFT;
    checkHead = new int[checkpoints];
    checkHeadUsed = new long[checkpoints];
    checkLastIn = new int[checkpoints];
  }

  int capacity() {
    return date.length;
  }

  int textStart(int i) {
    return i == 0 ? 0 : refEnd[i - 1];
  }

  /** The bytes of text of entries {@code [from, from + n)}. */
  int textLength(int from, int n) {
    return n == 0 ? 0 : refEnd[from + n - 1] - textStart(from);
  }

  /**
   * A private copy of the first {@code count} entries as posted (date, kind, quantity, input and
   * text, not the valuation columns, which the caller writes), with room for the given sizes.
   */
  Chunk copyRaw(int count, int capacity, int textCapacity) {
    Chunk c = new Chunk(capacity, textCapacity);
    c.putRaw(0, this, 0, count);
    c.used.set(count);
    return c;
  }

  /**
   * Writes entries {@code [from, from + n)} of {@code src} as posted (not valued) at entries {@code
   * [at, at + n)}, their text after the text of entry {@code at - 1}.
   */
  void putRaw(int at, Chunk src, int from, int n) {
    if (n == 0) {
      return;
    }
    System.arraycopy(src.date, from, date, at, n);
    System.arraycopy(src.kind, from, kind, at, n);
    System.arraycopy(src.qty, from, qty, at, n);
    System.arraycopy(src.input, from, input, at, n);
    int srcText = src.textStart(from);
    int dstText = textStart(at);
    System.arraycopy(src.text, srcText, text, dstText, src.refEnd[from + n - 1] - srcText);
    int delta = dstText - srcText;
    if (delta == 0) {
      System.arraycopy(src.docEnd, from, docEnd, at, n);
      System.arraycopy(src.refEnd, from, refEnd, at, n);
    } else {
      for (int i = 0; i < n; i++) {
        docEnd[at + i] = src.docEnd[from + i] + delta;
        refEnd[at + i] = src.refEnd[from + i] + delta;
      }
    }
  }

  /** Copies the values and running balances of entries {@code [from, from + n)} of {@code src}. */
  void putValues(int at, Chunk src, int from, int n) {
    System.arraycopy(src.amount, from, amount, at, n);
    System.arraycopy(src.balQty, from, balQty, at, n);
    System.arraycopy(src.balValue, from, balValue, at, n);
  }

  /** Copies the values (not the running balances) of entries {@code [from, from + n)} of src. */
  void putAmounts(int at, Chunk src, int from, int n) {
    if (n > 0) {
      System.arraycopy(src.amount, from, amount, at, n);
    }
  }

  /** Copies the checkpoints of {@code src} at its first {@code n} entries. */
  void copyCheckpoints(Chunk src, int n) {
    int k = Math.min((n + CHECKPOINT_MASK) >>> CHECKPOINT_SHIFT, checkHead.length);
    System.arraycopy(src.checkHead, 0, checkHead, 0, k);
    System.arraycopy(src.checkHeadUsed, 0, checkHeadUsed, 0, k);
    System.arraycopy(src.checkLastIn, 0, checkLastIn, 0, k);
  }

  /** Takes the valuation state before {@code src}'s first entry as this chunk's. */
  void copyStart(Chunk src) {
    startQty = src.startQty;
    startValue = src.startValue;
    startHead = src.startHead;
    startHeadUsed = src.startHeadUsed;
    startLastIn = src.startLastIn;
    startMonthPos = src.startMonthPos;
    startMonthQty = src.startMonthQty;
    startMonthValue = src.startMonthValue;
    startPrevUnitCost = src.startPrevUnitCost;
    startMonthUnitCost = src.startMonthUnitCost;
  }

  /**
   * Writes one movement as posted at entry {@code at}: its text is {@code src[0, docLength)} for
   * the document and {@code src[docLength, src.length)} for the reference.
   */
  void put(int at, int day, byte k, long q, long in, byte[] src, int docLength) {
    int t = textStart(at);
    System.arraycopy(src, 0, text, t, src.length);
    date[at] = day;
    kind[at] = k;
    qty[at] = q;
    input[at] = in;
    docEnd[at] = t + docLength;
    refEnd[at] = t + src.length;
  }

  /**
   * Moves the links of the customer returns among entries {@code [from, to)} that point at or after
   * position {@code inserted} one place on, a movement having been inserted there.
   */
  void shiftLinks(int from, int to, int inserted) {
    for (int i = from; i < to; i++) {
      if (kind[i] == CUSTOMER_RETURN && input[i] >= inserted) {
        input[i]++;
      }
    }
  }

  /** A private copy of the first {@code count} entries with room for the given sizes. */
  Chunk copy(int count, int capacity, int textCapacity) {
    Chunk c = new Chunk(capacity, textCapacity);
    System.arraycopy(date, 0, c.date, 0, count);
    System.arraycopy(kind, 0, c.kind, 0, count);
    System.arraycopy(qty, 0, c.qty, 0, count);
    System.arraycopy(input, 0, c.input, 0, count);
    System.arraycopy(amount, 0, c.amount, 0, count);
    System.arraycopy(balQty, 0, c.balQty, 0, count);
    System.arraycopy(balValue, 0, c.balValue, 0, count);
    System.arraycopy(docEnd, 0, c.docEnd, 0, count);
    System.arraycopy(refEnd, 0, c.refEnd, 0, count);
    System.arraycopy(text, 0, c.text, 0, count == 0 ? 0 : refEnd[count - 1]);
    c.copyStart(this);
    c.copyCheckpoints(this, count);
    c.used.set(count);
    return c;
  }
}
