package dev.suanpan.inventory;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Up to {@link #SIZE} consecutive movements of one ledger, stored column by column in primitive
 * arrays: the compact storage behind {@link StockLedger}. A ledger version is a {@link ChunkList}
 * in position order; a chunk holds its entries from {@link #lo} on, the positions from its {@link
 * #start()} up to the next chunk's start (the last one up to the ledger's size), so chunks may be
 * partly filled. Entry {@code i} is at position {@link #first} {@code + i}; {@code lo} is a
 * multiple of 16, so that checkpoints fall on the same entries wherever the chunk is.
 *
 * <p>The columns are of two kinds. The movements as posted (date, kind, quantity, input, document
 * and reference) are raw columns: entries below a version's size are never written again, so
 * versions share them, and a back-dated insert or a re-valuation gives the later chunks new value
 * columns over the same raw ones. The valuation (amount, running balance, checkpoints and the state
 * before the first entry) belongs to one chunk object. A new version appends into a shared chunk
 * only after claiming the next slot ({@link #used}, shared with the raw columns), otherwise it
 * copies the chunk.
 *
 * <p>Per movement: date (epoch day), kind, quantity (0.0001), input (a receipt's unit cost in
 * 0.000001, the value of an opening or transfer in, the distance back to the issue a customer
 * return reverses), amount (value in, or cost out, in minor units), running balance quantity and
 * value, and the document and reference as UTF-8 bytes in one shared byte array.
 */
final class Chunk {
  static final int SHIFT = 8;
  static final int SIZE = 1 << SHIFT;

  /**
   * A full chunk taking a movement among its first 64 ({@code SPLIT / 2}) splits in two halves
   * here; one taking it later keeps the movements before it in place (see {@code
   * StockLedger.landing}).
   */
  static final int SPLIT = SIZE / 2;

  /** FIFO and moving average keep a checkpoint of the valuation state every 16 entries. */
  static final int CHECKPOINT_SHIFT = 4;

  static final int CHECKPOINT_MASK = (1 << CHECKPOINT_SHIFT) - 1;

  /** The position of entry 0 in the versions holding this chunk object. */
  final int first;

  /** The first entry this chunk holds (a multiple of 16): entries before it belong to others. */
  final int lo;

  // Raw columns, shared by the chunk objects made with sharing(..).
  final int[] date;
  final byte[] kind;
  final long[] qty;
  final long[] input;
  final int[] docEnd;
  final int[] refEnd;
  final byte[] text;
  final AtomicInteger used;

  // False while no customer return was written in the raw columns (set before the version holding
  // it is published; a chunk over the same raw columns copies it): a back-dated insert need not
  // look for returns reversing an issue before it.
  boolean mayHoldReturns;

  // Value columns, this object's own.
  final long[] amount;
  final long[] balQty;
  final long[] balValue;
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

  Chunk(int first, int capacity, int textCapacity) {
    this(first, 0, capacity, textCapacity);
  }

  private Chunk(int first, int lo, int capacity, int textCapacity) {
    this.first = first;
    this.lo = lo;
    date = new int[capacity];
    kind = new byte[capacity];
    qty = new long[capacity];
    input = new long[capacity];
    docEnd = new int[capacity];
    refEnd = new int[capacity];
    text = new byte[textCapacity];
    used = new AtomicInteger();
    amount = new long[capacity];
    balQty = new long[capacity];
    balValue = new long[capacity];
    int checkpoints = (capacity + CHECKPOINT_MASK) >>> CHECKPOINT_SHIFT;
    checkHead = new int[checkpoints];
    checkHeadUsed = new long[checkpoints];
    checkLastIn = new int[checkpoints];
  }

  private Chunk(int first, int lo, Chunk raw) {
    this.first = first;
    this.lo = lo;
    this.mayHoldReturns = raw.mayHoldReturns;
    date = raw.date;
    kind = raw.kind;
    qty = raw.qty;
    input = raw.input;
    docEnd = raw.docEnd;
    refEnd = raw.refEnd;
    text = raw.text;
    used = raw.used;
    int capacity = raw.date.length;
    amount = new long[capacity];
    balQty = new long[capacity];
    balValue = new long[capacity];
    int checkpoints = raw.checkHead.length;
    checkHead = new int[checkpoints];
    checkHeadUsed = new long[checkpoints];
    checkLastIn = new int[checkpoints];
  }

  /**
   * A chunk over this one's raw columns (shared, not copied) with value columns of its own, not yet
   * written: entry 0 at position {@code first}, holding the entries from {@code lo} on.
   */
  Chunk sharing(int first, int lo) {
    return new Chunk(first, lo, this);
  }

  /** The position of the first entry this chunk holds. */
  int start() {
    return first + lo;
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
   * A private copy, with entry 0 at position {@code first}, of the entries before {@code count} as
   * posted (date, kind, quantity, input and text, not the valuation columns, which the caller
   * writes), holding the same entries.
   */
  Chunk copyRaw(int first, int count) {
    Chunk c = new Chunk(first, lo, capacity(), text.length);
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
    mayHoldReturns |= src.mayHoldReturns;
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

  /**
   * Copies the checkpoints of {@code src} at its entries {@code [from, from + n)} to this chunk's
   * entries {@code [at, at + n)} ({@code at} and {@code from} multiples of 16).
   */
  void copyCheckpoints(int at, Chunk src, int from, int n) {
    int s = from >>> CHECKPOINT_SHIFT;
    int d = at >>> CHECKPOINT_SHIFT;
    int k = (n + CHECKPOINT_MASK) >>> CHECKPOINT_SHIFT;
    k = Math.min(k, Math.min(checkHead.length - d, src.checkHead.length - s));
    System.arraycopy(src.checkHead, s, checkHead, d, k);
    System.arraycopy(src.checkHeadUsed, s, checkHeadUsed, d, k);
    System.arraycopy(src.checkLastIn, s, checkLastIn, d, k);
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
    mayHoldReturns |= k == Valuer.CUSTOMER_RETURN;
    int t = textStart(at);
    System.arraycopy(src, 0, text, t, src.length);
    date[at] = day;
    kind[at] = k;
    qty[at] = q;
    input[at] = in;
    docEnd[at] = t + docLength;
    refEnd[at] = t + src.length;
  }

  /** The position of the issue the customer return at entry {@code i} reverses. */
  int linkAt(int i) {
    return first + i - (int) input[i];
  }

  /**
   * True if among its entries {@code [from, to)} a customer return reverses an issue before
   * position {@code inserted}: after an insert there, its distance back grows by one.
   */
  boolean linksBefore(int from, int to, int inserted) {
    if (!mayHoldReturns) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (kind[i] == Valuer.CUSTOMER_RETURN && linkAt(i) < inserted) {
        return true;
      }
    }
    return false;
  }

  /**
   * A movement having been inserted at position {@code inserted}, lengthens by one the distance
   * back of the customer returns among entries {@code [from, to)} (moved one place on) whose issue
   * is before it (and did not move).
   */
  void shiftLinks(int from, int to, int inserted) {
    for (int i = from; i < to; i++) {
      if (kind[i] == Valuer.CUSTOMER_RETURN && linkAt(i) - 1 < inserted) {
        input[i]++;
      }
    }
  }

  /**
   * A private copy of the entries before {@code count} (those before {@link #lo} too, unused) with
   * room for the given sizes.
   */
  Chunk copy(int count, int capacity, int textCapacity) {
    Chunk c = new Chunk(first, lo, capacity, textCapacity);
    c.mayHoldReturns = mayHoldReturns;
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
    c.copyCheckpoints(0, this, 0, count);
    c.used.set(count);
    return c;
  }
}
