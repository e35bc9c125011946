package dev.suanpan.inventory;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndDifference;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The costing fold over a ledger's chunks: values the movements from a position to the end, writing
 * each one's amount and running balance. Its state is what the next movement needs: the balance,
 * the FIFO head (the oldest layer with units left and how many of them are used), the latest
 * inbound movement, and for the month-end average the month's opening and the previous unit cost.
 * One instance per posting; not shared between threads.
 */
final class Valuer {
  static final byte OPENING = (byte) MovementKind.OPENING_BALANCE.ordinal();
  static final byte RECEIPT = (byte) MovementKind.RECEIPT.ordinal();
  static final byte CUSTOMER_RETURN = (byte) MovementKind.CUSTOMER_RETURN.ordinal();
  static final byte TRANSFER_IN = (byte) MovementKind.TRANSFER_IN.ordinal();
  static final byte SURPLUS = (byte) MovementKind.STOCKTAKE_SURPLUS.ordinal();

  /** Bit {@code k} set when the movement kind of ordinal {@code k} is inbound. */
  private static final int INBOUND_KINDS = inboundKinds();

  private final CostingMethod method;
  private final RoundingMode mode;
  private final boolean rejectNegative;
  private final long costDivisor;
  // The policy's unit cost of issues before any receipt, in 0.000001; 0 if none.
  private final long costBeforeAnyReceipt;
  private final long averageFactor;
  private final long averageScaleUp;
  private final StandardCostSchedule standard; // standard cost only
  private final MonthEndDifference difference;
  // Units issued beyond the stock: at the current average instead of the latest inbound cost.
  private final boolean currentAverage;
  // Moving average with the unit cost rounded at each inbound movement (the policy's
  // movingAverageUnitCostScale): the factors turning value / quantity into that unit cost, in
  // 0.000001; maFactor is 0 when the balance is carried exactly. The unit cost in force is kept in
  // headUsed (unused by the moving average otherwise), so it travels with the checkpoints.
  private final long maFactor;
  private final long maScaleUp;

  long balQty;
  long balValue;
  int head;
  long headUsed;
  int lastIn = -1;
  int monthPos;
  long monthQty;
  long monthValue;
  long prevUnitCost;
  long unitCost; // month-end average: the unit cost of the month being valued
  // Month-end average: the last month valued (the open month): first position, opening, and the
  // unit cost of the month before it.
  private int openPos;
  private long openQty;
  private long openValue;
  private long openPrevUnitCost;
  // Month-end average, the month being valued: its inbound value, its outbound value at quantity
  // × unit cost, its outbound movements (those before the position valuing resumed at among
  // them), the last one valued and its value at unit cost.
  private long monthInValue;
  private long monthOutValue;
  private int monthOutCount;
  private int monthBefore;
  private int monthLastOut;
  private long monthLastOutCost;

  // LIFO: the layers on hand, oldest first: the inbound movement's position and the units already
  // taken from it; rebuilt from the first movement before valuing (lifoReady once it is).
  private int[] lifoPos = new int[16];
  private long[] lifoUsed = new long[16];
  private int lifoSize;
  private boolean lifoReady;

  // FIFO: the index of the chunk holding the head, when known (-1 otherwise).
  private int headChunk = -1;

  // FIFO: the value of the units already taken from the head layer, when known (-1 otherwise):
  // the next issue from that layer starts from it instead of computing it again.
  private int takenAt = -1;
  private long takenUsed;
  private long takenValue;

  // FIFO and moving average, re-valuing after an insert: a receipt's value (quantity times unit
  // cost) cannot change, so receipts other than the new movement keep the value already written.
  private boolean reuseReceipts;
  private int fresh = -1;

  /** The position that would go below zero under a rejecting policy, or -1. */
  int refusedAt = -1;

  Valuer(CostingPolicy policy, int currencyScale) {
    this.difference = policy.monthEndDifference();
    this.method = policy.method();
    this.currentAverage =
        policy.negativeStock() == NegativeStockPolicy.ALLOW_AT_AVERAGE_AND_TRUE_UP;
    this.mode = policy.rounding().mode();
    this.rejectNegative = policy.negativeStock() == NegativeStockPolicy.REJECT;
    this.costDivisor = FixedPoint.costDivisor(currencyScale);
    this.costBeforeAnyReceipt =
        policy
            .unitCostBeforeAnyReceipt()
            .map(c -> FixedPoint.unitCost(c, "unitCostBeforeAnyReceipt"))
            .orElse(0L);
    int ms = policy.movingAverageUnitCostScale().orElse(-1);
    this.maFactor = ms < 0 ? 0 : FixedPoint.pow10(FixedPoint.QUANTITY_SCALE + ms - currencyScale);
    this.maScaleUp = ms < 0 ? 0 : FixedPoint.pow10(FixedPoint.UNIT_COST_SCALE - ms);
    int s = policy.averageUnitCostScale();
    this.averageFactor = FixedPoint.pow10(FixedPoint.QUANTITY_SCALE + s - currencyScale);
    this.averageScaleUp = FixedPoint.pow10(FixedPoint.UNIT_COST_SCALE - s);
    this.standard =
        method == CostingMethod.STANDARD ? StandardCostSchedule.of(policy, currencyScale) : null;
  }

  static boolean inbound(byte kind) {
    return (INBOUND_KINDS >>> kind & 1) != 0;
  }

  private static int inboundKinds() {
    int bits = 0;
    for (MovementKind k : MovementKind.values()) {
      if (k.isInbound()) {
        bits |= 1 << k.ordinal();
      }
    }
    return bits;
  }

  void loadStart(Chunk c) {
    lifoReady = false;
    takenAt = -1;
    headChunk = -1;
    balQty = c.startQty;
    balValue = c.startValue;
    head = c.startHead;
    headUsed = c.startHeadUsed;
    lastIn = c.startLastIn;
    monthPos = c.startMonthPos;
    monthQty = c.startMonthQty;
    monthValue = c.startMonthValue;
    prevUnitCost = c.startPrevUnitCost;
    unitCost = c.startMonthUnitCost;
  }

  /**
   * FIFO and moving average: loads the state just before position {@code pos}, a multiple of 16,
   * from the checkpoint there and the running balance of the entry before.
   */
  void loadAt(ChunkList chunks, int pos) {
    lifoReady = false;
    takenAt = -1;
    headChunk = -1;
    Chunk c = chunks.at(pos);
    int i = pos - c.first;
    if (i == c.lo) {
      loadStart(c);
      return;
    }
    int k = i >>> Chunk.CHECKPOINT_SHIFT;
    balQty = c.balQty[i - 1];
    balValue = c.balValue[i - 1];
    head = c.checkHead[k];
    headUsed = c.checkHeadUsed[k];
    lastIn = c.checkLastIn[k];
  }

  void load(LedgerState s) {
    lifoReady = false;
    takenAt = -1;
    headChunk = -1;
    balQty = s.balQty;
    balValue = s.balValue;
    head = s.head;
    headUsed = s.headUsed;
    lastIn = s.lastIn;
    monthPos = s.monthPos;
    monthQty = s.monthQty;
    monthValue = s.monthValue;
    prevUnitCost = s.prevUnitCost;
  }

  /**
   * Values receipts other than the one at {@code pos} from the amount already in their entry: the
   * caller has copied each one's value along with it.
   */
  void reuseReceiptValuesExcept(int pos) {
    reuseReceipts = true;
    fresh = pos;
  }

  /**
   * Month-end average: starts valuing at the first movement of a month, the stock before it being
   * {@code qty} worth {@code value}, the latest inbound movement at {@code lastIn}, and the unit
   * cost of the month before {@code prev}.
   */
  void loadMonthStart(long qty, long value, int lastIn, long prev) {
    takenAt = -1;
    headChunk = -1;
    balQty = qty;
    balValue = value;
    this.lastIn = lastIn;
    prevUnitCost = prev;
  }

  /**
   * Month-end average: starts valuing at the first position of the open month, {@code pos}, which
   * opens with {@code qty} and {@code value}; {@code prev} is the unit cost of the month before.
   */
  void loadOpenMonth(int pos, long qty, long value, long prev) {
    balQty = qty;
    balValue = value;
    monthPos = pos;
    monthQty = qty;
    monthValue = value;
    prevUnitCost = prev;
  }

  LedgerState state() {
    if (method == CostingMethod.MONTHLY_AVERAGE) {
      return new LedgerState(
          balQty,
          balValue,
          head,
          headUsed,
          lastIn,
          openPos,
          openQty,
          openValue,
          openPrevUnitCost,
          prevUnitCost);
    }
    return new LedgerState(
        balQty, balValue, head, headUsed, lastIn, monthPos, monthQty, monthValue, prevUnitCost, 0);
  }

  private void saveStart(Chunk c) {
    c.startQty = balQty;
    c.startValue = balValue;
    c.startHead = head;
    c.startHeadUsed = headUsed;
    c.startLastIn = lastIn;
    c.startMonthPos = monthPos;
    c.startMonthQty = monthQty;
    c.startMonthValue = monthValue;
    c.startPrevUnitCost = prevUnitCost;
    c.startMonthUnitCost = unitCost;
  }

  /**
   * Values positions {@code [from, to)} of {@code chunks}, reading (for FIFO layers and customer
   * returns) only positions before each one; false (with {@link #refusedAt}) if refused. Under the
   * month-end average {@code to} must be the end of the ledger: a month is valued whole.
   */
  boolean run(ChunkList chunks, int from, int to) {
    if (method == CostingMethod.MONTHLY_AVERAGE) {
      return runMonthly(chunks, from, to);
    }
    if (method == CostingMethod.STANDARD) {
      return runStandard(chunks, from, to);
    }
    boolean fifo = method == CostingMethod.FIFO;
    boolean lifo = method == CostingMethod.LIFO;
    if (lifo && !lifoReady) {
      rebuildLifo(chunks, from);
    }
    int pos = from;
    int kc = pos < to ? chunks.indexOf(pos) : 0;
    while (pos < to) {
      // One chunk at a time: its columns are read once, for a run of consecutive movements.
      Chunk c = chunks.get(kc);
      int i = pos - c.first;
      int stop = chunks.limit(kc, to) - c.first;
      kc++;
      if (i == c.lo) {
        saveStart(c);
      }
      for (; i < stop; i++, pos++) {
        if ((i & Chunk.CHECKPOINT_MASK) == 0) {
          checkpoint(c, i);
        }
        byte k = c.kind[i];
        long q = c.qty[i];
        if (inbound(k)) {
          long v =
              k == RECEIPT && reuseReceipts && pos != fresh
                  ? c.amount[i]
                  : knownValue(chunks, c, i, k, q);
          if (k == SURPLUS) {
            v = currentCost(chunks, q);
          }
          long trueUp = 0;
          if (balQty < 0) {
            long backlog = -balQty;
            long covered = Math.min(q, backlog);
            long provisional =
                covered == backlog
                    ? -balValue
                    : FixedPoint.mulDiv(-balValue, covered, backlog, mode);
            long trueCost = covered == q ? v : FixedPoint.mulDiv(v, covered, q, mode);
            trueUp = Math.subtractExact(trueCost, provisional);
            head = pos;
            headUsed = covered;
            headChunk = -1;
            if (lifo && covered < q) {
              pushLifo(pos, covered);
            }
          } else if (balQty == 0 && balValue != 0) {
            // what an issue at a given rate left on an empty stock: an empty stock holds nothing
            trueUp = balValue;
          }
          if (lifo && balQty >= 0) {
            pushLifo(pos, 0);
          }
          c.amount[i] = v;
          balQty = Math.addExact(balQty, q);
          balValue = Math.addExact(balValue, Math.subtractExact(v, trueUp));
          lastIn = pos;
          if (maFactor != 0 && balQty > 0) {
            // the textbook's unit cost, rounded; the stock carried at quantity × it, the
            // difference trued up at this movement
            headUsed =
                Math.multiplyExact(FixedPoint.mulDiv(balValue, maFactor, balQty, mode), maScaleUp);
            balValue = FixedPoint.mulDiv(balQty, headUsed, costDivisor, mode);
          }
        } else {
          long take = balQty > 0 ? Math.min(q, balQty) : 0;
          long excess = q - take;
          if (excess > 0 && rejectNegative) {
            refusedAt = pos;
            return false;
          }
          long cost;
          if (c.input[i] > 0) {
            // an issue at a given rate (stored + 1; the moving average only): quantity × rate
            cost = FixedPoint.mulDiv(q, c.input[i] - 1, costDivisor, mode);
          } else {
            cost = excess > 0 ? beyondStockCost(chunks, excess) : 0;
            if (take > 0) {
              long taken;
              if (fifo) {
                taken = consume(chunks, take);
              } else if (lifo) {
                taken = consumeLifo(chunks, take);
              } else if (maFactor != 0 && take < balQty) {
                // the units left at the rounded unit cost; the issue takes the rest
                taken =
                    Math.subtractExact(
                        balValue, FixedPoint.mulDiv(balQty - take, headUsed, costDivisor, mode));
              } else {
                taken = take == balQty ? balValue : FixedPoint.mulDiv(balValue, take, balQty, mode);
              }
              cost = Math.addExact(cost, taken);
            }
          }
          c.amount[i] = cost;
          balQty = Math.subtractExact(balQty, q);
          balValue = Math.subtractExact(balValue, cost);
        }
        bounded(pos);
        c.balQty[i] = balQty;
        c.balValue[i] = balValue;
      }
    }
    return true;
  }

  /** Saves the state before entry {@code i} of {@code c}, a multiple of 16, as the checkpoint. */
  private void checkpoint(Chunk c, int i) {
    int cp = i >>> Chunk.CHECKPOINT_SHIFT;
    c.checkHead[cp] = head;
    c.checkHeadUsed[cp] = headUsed;
    c.checkLastIn[cp] = lastIn;
  }

  /**
   * LIFO: rebuilds the stack of layers on hand before position {@code to} from the movements'
   * quantities, as the valuation built it.
   */
  private void rebuildLifo(ChunkList chunks, int to) {
    lifoSize = 0;
    long q0 = 0;
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, 0, to); w.more(); w.next()) {
      Chunk c = w.c;
      long q = c.qty[w.i];
      if (inbound(c.kind[w.i])) {
        long covered = q0 < 0 ? Math.min(q, -q0) : 0;
        if (covered < q) {
          pushLifo(w.pos, covered);
        }
        q0 += q;
      } else {
        long take = q0 > 0 ? Math.min(q, q0) : 0;
        while (take > 0) {
          int top = lifoSize - 1;
          long left = qtyAt(chunks, lifoPos[top]) - lifoUsed[top];
          if (take >= left) {
            take -= left;
            lifoSize--;
          } else {
            lifoUsed[top] += take;
            take = 0;
          }
        }
        q0 -= q;
      }
    }
    lifoReady = true;
  }

  private void pushLifo(int pos, long used) {
    if (lifoSize == lifoPos.length) {
      lifoPos = java.util.Arrays.copyOf(lifoPos, lifoSize * 2);
      lifoUsed = java.util.Arrays.copyOf(lifoUsed, lifoSize * 2);
    }
    lifoPos[lifoSize] = pos;
    lifoUsed[lifoSize] = used;
    lifoSize++;
  }

  /**
   * LIFO: the cost of {@code take} units (at most the quantity on hand) from the newest layers,
   * each layer's part being the difference of its value pro rata before and after, as FIFO takes
   * it.
   */
  private long consumeLifo(ChunkList chunks, long take) {
    long cost = 0;
    while (take > 0) {
      int top = lifoSize - 1;
      int p = lifoPos[top];
      long used = lifoUsed[top];
      Chunk c = chunks.at(p);
      int i = p - c.first;
      long layerQty = c.qty[i];
      long layerValue = c.amount[i];
      long t = Math.min(take, layerQty - used);
      long after = used + t;
      long valueAfter =
          after == layerQty ? layerValue : FixedPoint.mulDiv(layerValue, after, layerQty, mode);
      long valueBefore = used == 0 ? 0 : FixedPoint.mulDiv(layerValue, used, layerQty, mode);
      cost = Math.addExact(cost, Math.subtractExact(valueAfter, valueBefore));
      take -= t;
      if (after == layerQty) {
        lifoSize--;
      } else {
        lifoUsed[top] = after;
      }
    }
    return cost;
  }

  /** FIFO: the cost of {@code take} units from the oldest layers, moving the head. */
  private long consume(ChunkList chunks, long take) {
    long cost = 0;
    int h = head;
    long used = headUsed;
    int hk = headChunk >= 0 ? headChunk : chunks.indexOf(h);
    Chunk hc = chunks.get(hk);
    int hi = h - hc.first;
    int hEnd = chunks.limit(hk, Integer.MAX_VALUE) - hc.first;
    while (take > 0) {
      long layerQty = hc.qty[hi];
      if (used == layerQty || !inbound(hc.kind[hi])) {
        h++;
        used = 0;
        if (++hi == hEnd) {
          hc = chunks.get(++hk);
          hi = hc.lo;
          hEnd = chunks.limit(hk, Integer.MAX_VALUE) - hc.first;
        }
        continue;
      }
      long layerValue = hc.amount[hi];
      long t = Math.min(take, layerQty - used);
      long after = used + t;
      long valueAfter =
          after == layerQty ? layerValue : FixedPoint.mulDiv(layerValue, after, layerQty, mode);
      long valueBefore;
      if (used == 0) {
        valueBefore = 0;
      } else if (h == takenAt && used == takenUsed) {
        valueBefore = takenValue;
      } else {
        valueBefore = FixedPoint.mulDiv(layerValue, used, layerQty, mode);
      }
      cost = Math.addExact(cost, Math.subtractExact(valueAfter, valueBefore));
      used = after;
      take -= t;
      takenValue = valueAfter;
    }
    head = h;
    headUsed = used;
    headChunk = hk;
    takenAt = h;
    takenUsed = used;
    return cost;
  }

  /** The value of an inbound movement that does not depend on the costing method; 0 if it does. */
  private long knownValue(ChunkList chunks, Chunk c, int i, byte k, long q) {
    if (k == RECEIPT) {
      return FixedPoint.mulDiv(q, c.input[i], costDivisor, mode);
    }
    if (k == OPENING || k == TRANSFER_IN) {
      return c.input[i];
    }
    if (k == CUSTOMER_RETURN) {
      int link = c.linkAt(i);
      Chunk lc = chunks.at(link);
      int li = link - lc.first;
      long issued = lc.qty[li];
      return q == issued ? lc.amount[li] : FixedPoint.mulDiv(lc.amount[li], q, issued, mode);
    }
    return 0;
  }

  /** The current cost of {@code q} units: the balance's average, else the latest inbound cost. */
  private long currentCost(ChunkList chunks, long q) {
    if (balQty > 0) {
      return FixedPoint.mulDiv(balValue, q, balQty, mode);
    }
    return latestInboundCost(chunks, q);
  }

  /**
   * The provisional cost of {@code excess} units issued beyond the stock, from the state before the
   * issue: at the current average under {@link NegativeStockPolicy#ALLOW_AT_AVERAGE_AND_TRUE_UP}
   * (the value on hand over the quantity, or while units are owed the unit cost they were valued
   * at), else (and with nothing on hand or owed) at the latest inbound cost.
   */
  private long beyondStockCost(ChunkList chunks, long excess) {
    if (currentAverage && balQty > 0) {
      return FixedPoint.mulDiv(balValue, excess, balQty, mode);
    }
    if (currentAverage && balQty < 0) {
      return FixedPoint.mulDiv(-balValue, excess, -balQty, mode);
    }
    return latestInboundCost(chunks, excess);
  }

  private long latestInboundCost(ChunkList chunks, long q) {
    if (lastIn < 0) {
      return costBeforeAnyReceipt == 0
          ? 0
          : FixedPoint.mulDiv(q, costBeforeAnyReceipt, costDivisor, mode);
    }
    Chunk lc = chunks.at(lastIn);
    int li = lastIn - lc.first;
    return FixedPoint.mulDiv(lc.amount[li], q, lc.qty[li], mode);
  }

  /** Month-end average: values whole months, resuming at {@code from} with the chunk's state. */
  private boolean runMonthly(ChunkList chunks, int from, int n) {
    int pos = from;
    while (pos < n) {
      int end = startMonth(chunks, pos, n);
      long startBal = balValue;
      if (!valueMonth(chunks, pos, end)) {
        return false;
      }
      addMonthBefore(chunks, pos);
      endMonth(chunks, pos, end, startBal);
      pos = end;
    }
    return true;
  }

  /**
   * Month-end average: takes up the month holding position {@code pos} (its opening when {@code
   * pos} starts it, then its unit cost) and returns the position after its last movement before
   * {@code n}.
   */
  private int startMonth(ChunkList chunks, int pos, int n) {
    int day = chunks.dateAt(pos);
    LocalDate d = LocalDate.ofEpochDay(day);
    long monthFirst = d.withDayOfMonth(1).toEpochDay();
    long nextMonth = d.withDayOfMonth(1).plusMonths(1).toEpochDay();
    boolean startsMonth = pos == 0 || chunks.dateAt(pos - 1) < monthFirst;
    if (startsMonth) {
      monthPos = pos;
      monthQty = balQty;
      monthValue = balValue;
    }
    openPos = monthPos;
    openQty = monthQty;
    openValue = monthValue;
    openPrevUnitCost = prevUnitCost;
    int end = chunks.lowerBound(n, Math.toIntExact(nextMonth));
    if (startsMonth) {
      long average = monthUnitCost(chunks, monthPos, end, monthQty, monthValue);
      unitCost = average == Long.MIN_VALUE ? prevUnitCost : average;
    }
    // Otherwise valuing resumes inside a month whose movements are unchanged, at a chunk start
    // whose saved state holds the month's unit cost and its final balance (no need to compute
    // the unit cost again; the movements before 'pos' are only read for the month's totals).
    return end;
  }

  /**
   * Month-end average: values positions {@code [pos, end)} of the month at its unit cost (inbound
   * movements of known value at that value), keeping the month's totals so far in the {@code
   * month*} fields; false (with {@link #refusedAt}) if refused.
   */
  private boolean valueMonth(ChunkList chunks, int pos, int end) {
    int lastOut = -1;
    long inValue = 0; // the month's inbound value, and its outbound at quantity × unit cost
    long outValue = 0;
    int outCount = 0;
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, pos, end); w.more(); w.next()) {
      Chunk c = w.c;
      int i = w.i;
      int p = w.pos;
      if (i == c.lo) {
        saveStart(c);
      }
      byte k = c.kind[i];
      long q = c.qty[i];
      long v;
      if (inbound(k)) {
        v = knownInMonth(c, i, k) ? knownValue(chunks, c, i, k, q) : unitValue(q, unitCost);
        balQty = Math.addExact(balQty, q);
        balValue = Math.addExact(balValue, v);
        inValue = Math.addExact(inValue, v);
        lastIn = p;
      } else {
        if (rejectNegative && balQty < q) {
          refusedAt = p;
          return false;
        }
        v = unitValue(q, unitCost);
        balQty = Math.subtractExact(balQty, q);
        balValue = Math.subtractExact(balValue, v);
        outValue = Math.addExact(outValue, v);
        outCount++;
        lastOut = p;
      }
      bounded(p);
      c.amount[i] = v;
      c.balQty[i] = balQty;
      c.balValue[i] = balValue;
    }
    monthLastOut = lastOut;
    monthInValue = inValue;
    monthOutValue = outValue;
    monthOutCount = outCount;
    return true;
  }

  /**
   * Month-end average, resuming inside the month at {@code pos}: the movements before it count too
   * (their values are final); sets the month's {@link #monthLastOutCost}.
   */
  private void addMonthBefore(ChunkList chunks, int pos) {
    int before = 0;
    long inValue = monthInValue;
    long outValue = monthOutValue;
    long lastOutCost = monthLastOut < 0 ? 0 : unitValue(qtyAt(chunks, monthLastOut), unitCost);
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, monthPos, pos); w.more(); w.next()) {
      Chunk c = w.c;
      int i = w.i;
      if (inbound(c.kind[i])) {
        inValue = Math.addExact(inValue, c.amount[i]);
      } else {
        long v = unitValue(c.qty[i], unitCost);
        outValue = Math.addExact(outValue, v);
        before++;
        if (monthLastOut < 0) {
          lastOutCost = v; // the latest one so far
        }
      }
    }
    monthInValue = inValue;
    monthOutValue = outValue;
    monthLastOutCost = lastOutCost;
    monthBefore = before;
    monthOutCount += before;
  }

  /**
   * Month-end average, the month at {@code [pos, end)} valued: puts its rounding difference where
   * the treatment says, trues up an emptied stock's value, and moves on to the next month.
   */
  private void endMonth(ChunkList chunks, int pos, int end, long startBal) {
    // the ending value, issues at unit cost
    long atUnitCost = Math.subtractExact(Math.addExact(monthValue, monthInValue), monthOutValue);
    int treatment = treatment(balQty, atUnitCost, monthOutCount, monthLastOutCost);
    if (treatment != KEEP) {
      settle(
          chunks,
          pos,
          end,
          startBal,
          treatment,
          atUnitCost,
          monthLastOut,
          monthBefore,
          monthOutCount,
          Math.addExact(monthValue, monthInValue));
    }
    if (balQty == 0 && balValue != 0 && monthOutCount == 0 && lastIn >= monthPos) {
      trueUpLastInbound(chunks, lastIn, end);
    }
    prevUnitCost = unitCost;
    monthPos = end;
    monthQty = balQty;
    monthValue = balValue;
  }

  /**
   * Month-end average, a month that ends with no stock and no outbound movement but a value left:
   * its inbound movements covered units issued beyond the stock in an earlier month (negative stock
   * allowed) at that month's unit cost. An empty stock has no value, so the last inbound movement,
   * at {@code last}, trues up cost of goods sold by what is left: the running balances from it to
   * {@code end} (and the start values of the chunks starting after it) drop by that much.
   */
  private void trueUpLastInbound(ChunkList chunks, int last, int end) {
    long diff = balValue;
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, last, end); w.more(); w.next()) {
      Chunk c = w.c;
      int i = w.i;
      if (i == c.lo && w.pos > last) {
        c.startValue -= diff;
      }
      c.balValue[i] -= diff;
    }
    balValue = 0;
  }

  /** Month-end treatments of the rounding difference: kept in the ending stock, as posted. */
  static final int KEEP = 0;

  /** The stock ends empty: the month's last outbound movement takes the difference. */
  static final int LAST_OUT = 1;

  /** The ending stock is valued at quantity × unit cost, the outbound movements take the rest. */
  static final int ISSUES = 2;

  /**
   * The treatment of a month ending with {@code endQty} on hand, worth {@code atUnitCost} when each
   * of its {@code outCount} outbound movements is valued at quantity × unit cost, the last of them
   * at {@code lastOutCost}: under {@link MonthEndDifference#ENDING_INVENTORY}, kept, or the last
   * outbound's when the stock ends empty, or the issues' when that would leave a positive stock
   * with a negative value or a negative last outbound.
   */
  int treatment(long endQty, long atUnitCost, int outCount, long lastOutCost) {
    if (outCount == 0) {
      return KEEP;
    }
    if (difference == MonthEndDifference.ISSUES) {
      return ISSUES;
    }
    if (endQty > 0 && atUnitCost < 0) {
      return ISSUES;
    }
    if (endQty == 0 && atUnitCost != 0) {
      return lastOutCost + atUnitCost < 0 ? ISSUES : LAST_OUT;
    }
    return KEEP;
  }

  /**
   * The value of {@code endQty} at {@code unitCost} as the ending stock under {@link #ISSUES}: the
   * product rounded, while the stock is positive never below zero nor above the month's {@code
   * total} (opening + inbound value), so the outbound cost is never negative.
   */
  long endingAtUnitCost(long endQty, long unitCost, long total) {
    long target = unitValue(endQty, unitCost);
    return endQty > 0 && total >= 0 ? Math.max(0, Math.min(target, total)) : target;
  }

  /**
   * Re-writes the month ending before {@code end} from {@code pos} (the month's first position, or
   * a chunk start inside it whose balance, {@code startBal}, is final) by {@code treatment}: the
   * outbound amounts and the running balances (with the start values of the chunks starting in it).
   * {@code before} of the month's {@code outCount} outbound movements precede {@code pos}; {@code
   * atUnitCost} is the ending value with every outbound movement at quantity × unit cost, {@code
   * total} the month's opening + inbound value.
   */
  private void settle(
      ChunkList chunks,
      int pos,
      int end,
      long startBal,
      int treatment,
      long atUnitCost,
      int lastOut,
      int before,
      int outCount,
      long total) {
    long[] shares = null;
    if (treatment == ISSUES) {
      long ending = endingAtUnitCost(balQty, unitCost, total);
      long[] quantities = new long[outCount];
      int n = 0;
      for (ChunkList.Walk w = new ChunkList.Walk(chunks, monthPos, end); w.more(); w.next()) {
        Chunk c = w.c;
        int i = w.i;
        if (!inbound(c.kind[i])) {
          quantities[n++] = c.qty[i];
        }
      }
      shares = FixedPoint.allocate(Math.subtractExact(total, ending), quantities);
    }
    long bal = startBal;
    int k = before;
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, pos, end); w.more(); w.next()) {
      Chunk c = w.c;
      int i = w.i;
      int p = w.pos;
      if (i == c.lo && p > pos) {
        c.startValue = bal; // the balance before this chunk changed with the treatment
      }
      if (inbound(c.kind[i])) {
        bal = Math.addExact(bal, c.amount[i]);
      } else {
        long v;
        if (treatment == ISSUES) {
          v = shares[k++];
        } else {
          v = p == lastOut ? Math.addExact(c.amount[i], atUnitCost) : c.amount[i];
        }
        c.amount[i] = v;
        bal = Math.subtractExact(bal, v);
      }
      boundedValue(bal, p);
      c.balValue[i] = bal;
    }
    balValue = bal;
  }

  /**
   * The treatment a valued month {@code [a, b)} got, opening with {@code openValue} and ending with
   * {@code endQty}, at {@code unitCost}; and in {@code outAtUnitCost[0]} the sum of its outbound
   * movements at quantity × unit cost.
   */
  int treatmentOf(
      ChunkList chunks,
      int a,
      int b,
      long openValue,
      long unitCost,
      long endQty,
      long[] outAtUnitCost) {
    long inValue = 0;
    long outValue = 0;
    long lastOutCost = 0;
    int outCount = 0;
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, a, b); w.more(); w.next()) {
      Chunk c = w.c;
      int i = w.i;
      if (inbound(c.kind[i])) {
        inValue = Math.addExact(inValue, c.amount[i]);
      } else {
        lastOutCost = unitValue(c.qty[i], unitCost);
        outValue = Math.addExact(outValue, lastOutCost);
        outCount++;
      }
    }
    outAtUnitCost[0] = outValue;
    long atUnitCost = Math.subtractExact(Math.addExact(openValue, inValue), outValue);
    return treatment(endQty, atUnitCost, outCount, lastOutCost);
  }

  /**
   * The month-end unit cost of the month at positions {@code [a, b)} opening with {@code openQty}
   * and {@code openValue}; {@link Long#MIN_VALUE} when the month has no positive quantity (the
   * previous month's unit cost applies).
   */
  long monthUnitCost(ChunkList chunks, int a, int b, long openQty, long openValue) {
    monthPos = a;
    long inQty = 0;
    long inValue = 0;
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, a, b); w.more(); w.next()) {
      Chunk c = w.c;
      int i = w.i;
      byte k = c.kind[i];
      if (inbound(k) && knownInMonth(c, i, k)) {
        inQty = Math.addExact(inQty, c.qty[i]);
        inValue = Math.addExact(inValue, knownValue(chunks, c, i, k, c.qty[i]));
      }
    }
    return averageUnitCost(openQty, openValue, inQty, inValue);
  }

  /**
   * The month-end unit cost of a month opening with {@code openQty} worth {@code openValue} that
   * takes in {@code inQty} worth {@code inValue} at known values; {@link Long#MIN_VALUE} when the
   * total quantity is not positive.
   */
  long averageUnitCost(long openQty, long openValue, long inQty, long inValue) {
    long totalQty = Math.addExact(openQty, inQty);
    if (totalQty <= 0) {
      return Long.MIN_VALUE;
    }
    long total = Math.addExact(openValue, inValue);
    return Math.multiplyExact(
        FixedPoint.mulDiv(total, averageFactor, totalQty, mode), averageScaleUp);
  }

  /**
   * A balance beyond the ledger's bounds ({@link StockLedger#MAX_QUANTITY}, {@link
   * StockLedger#MAX_VALUE_MINOR}), at position {@code pos}. An {@link ArithmeticException}, like
   * every overflow in the fold, so that the ledger turns all of them into one refusal.
   */
  static final class BeyondBound extends ArithmeticException {
    private static final long serialVersionUID = 1L;
    final int pos;

    BeyondBound(int pos, String what) {
      super(what);
      this.pos = pos;
    }
  }

  static final long MAX_QTY = FixedPoint.quantity(StockLedger.MAX_QUANTITY, "MAX_QUANTITY");

  /** Rejects a balance beyond the bounds after the movement at {@code pos}. */
  private void bounded(int pos) {
    if (balQty > MAX_QTY || balQty < -MAX_QTY) {
      throw new BeyondBound(
          pos, "quantity on hand " + FixedPoint.quantity(balQty).toPlainString() + " units");
    }
    boundedValue(balValue, pos);
  }

  static void boundedValue(long value, int pos) {
    if (value > StockLedger.MAX_VALUE_MINOR || value < -StockLedger.MAX_VALUE_MINOR) {
      throw new BeyondBound(pos, "value on hand " + value + " minor units");
    }
  }

  private long unitValue(long q, long unitCost) {
    return FixedPoint.mulDiv(q, unitCost, costDivisor, mode);
  }

  /** Inbound whose value is known without this month's unit cost. */
  private boolean knownInMonth(Chunk c, int i, byte k) {
    if (k == SURPLUS) {
      return false;
    }
    return k != CUSTOMER_RETURN || c.linkAt(i) < monthPos;
  }

  private static long qtyAt(ChunkList chunks, int pos) {
    Chunk c = chunks.at(pos);
    return c.qty[pos - c.first];
  }

  /**
   * Standard cost: values positions {@code [from, n)} at the standard in effect on each one's date.
   * The balance value after each movement is the quantity on hand × that standard, rounded once;
   * the movement's amount is the change of that product it makes (the stock before it being
   * re-valued first to the standard of its date), so nothing is trued up and an empty stock has no
   * value. Every date must have a standard (the ledger rejects earlier movements).
   */
  private boolean runStandard(ChunkList chunks, int from, int n) {
    StandardCostSchedule s = standard;
    long std = 0;
    int validFrom = Integer.MAX_VALUE; // the standard 'std' is in effect on [validFrom, validTo)
    int validTo = Integer.MIN_VALUE;
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, from, n); w.more(); w.next()) {
      Chunk c = w.c;
      int i = w.i;
      int pos = w.pos;
      if (i == c.lo) {
        saveStart(c);
      }
      if ((i & Chunk.CHECKPOINT_MASK) == 0) {
        checkpoint(c, i);
      }
      int day = c.date[i];
      long before;
      if (day >= validFrom && day < validTo) {
        before = balValue; // same standard as the movement before
      } else {
        int k = s.indexOn(day);
        std = s.costs[k];
        validFrom = s.days[k];
        validTo = k + 1 < s.days.length ? s.days[k + 1] : Integer.MAX_VALUE;
        before = s.value(balQty, std); // the stock before, re-valued to this date's standard
      }
      byte k = c.kind[i];
      long q = c.qty[i];
      long after;
      if (inbound(k)) {
        balQty = Math.addExact(balQty, q);
        after = s.value(balQty, std);
        c.amount[i] = after - before;
        lastIn = pos;
      } else {
        if (rejectNegative && balQty < q) {
          refusedAt = pos;
          return false;
        }
        balQty = Math.subtractExact(balQty, q);
        after = s.value(balQty, std);
        c.amount[i] = before - after;
      }
      balValue = after;
      bounded(pos);
      c.balQty[i] = balQty;
      c.balValue[i] = balValue;
    }
    return true;
  }
}
