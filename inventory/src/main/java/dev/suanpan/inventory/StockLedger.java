package dev.suanpan.inventory;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.DuplicateDocuments;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndClose;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The stock ledger of one item in one warehouse: its movements in date order, each valued by the
 * item's {@link CostingPolicy}, with the running balance. Immutable and thread-safe: {@link
 * #post(Movement)} returns a {@link Posting} holding the new ledger; this one never changes.
 *
 * <p>Movements are kept in date order; a movement dated before the last one is inserted after the
 * movements of its own date and earlier (a back-dated movement), and only what follows it is
 * re-valued (under the month-end average: from the start of its month); the posting lists the
 * resulting changes to cost of goods sold. A month closed with {@link #closeMonth(YearMonth)} takes
 * no more back-dated movements.
 *
 * <p>Under the month-end average the issues of the open month (the month of the last movement) are
 * provisional: a posting into it stores the movement and the running quantity only, and the month
 * is valued when a report first reads this ledger's values (then kept) or when a movement of a
 * later month opens the next one. The values read are the same as if every posting had valued the
 * month at once.
 *
 * <p>Under standard cost the stock is carried at the standard of each date (see {@link
 * CostingMethod#STANDARD}); {@link #balanceAt(LocalDate)} is at the standard of its date, and the
 * re-valuations at each change of standard are listed by {@link #standardRevaluations(LocalDate,
 * LocalDate)}.
 *
 * <p>Storage is compact (primitive columns in chunks of up to 256 movements, the movements as
 * posted shared between versions, about 87 bytes a movement, some 15 of them the document index),
 * so a ledger of a million movements takes some 85 megabytes, an append costs a near-constant time
 * under every method (the document index adds O(log n): five short arrays copied at a million
 * movements), whichever version it posts to, and a back-dated movement or a {@link
 * #revalue(CostingPolicy) re-valuation} writes new value columns for the movements it values and at
 * most one chunk of movements, whatever the length of the ledger. Quantities are exact to 0.0001,
 * receipt unit costs to 0.000001, amounts to the currency's minor unit; every cost is rounded once,
 * by the policy's rounding.
 *
 * <p>Bounds: a movement's quantity and the quantity on hand (either sign) are at most {@link
 * #MAX_QUANTITY} (10<sup>14</sup> units), a receipt's unit cost at most {@link #MAX_UNIT_COST}
 * (10<sup>12</sup>), and a movement's value and the value on hand after every movement (either
 * sign) at most {@link #MAX_VALUE_MINOR} (10<sup>18</sup> minor units of the currency: CNY
 * 10<sup>16</sup>). A movement that breaks a bound, or whose posting would take a balance (its own
 * or a later one's) or any value computed on the way beyond it, is rejected with an {@link
 * IllegalArgumentException} naming the movement and the bounds, and the ledger is left as it was;
 * within the bounds every figure is exact (no arithmetic wraps around).
 *
 * <p>Duplicate document numbers: under {@link DuplicateDocuments#REFUSE} (the policy's default, see
 * {@link CostingPolicy#duplicateDocuments()}) a movement whose document number the ledger already
 * holds for a movement of the same kind is refused ({@link Posting#isRefused()}, rule {@link
 * PostingRule#DUPLICATE_DOCUMENT}, naming the document and both dates). Under either policy a
 * customer return naming an issue document the ledger holds more than once before it is rejected:
 * it never takes one of the issues' costs by guess. Every version keeps an index of its document
 * numbers, persistent and shared with the versions it was posted from, so the check costs O(log n)
 * when posting to any version, the newest or an older one, never a pass over the movements.
 */
public final class StockLedger {
  /** The largest quantity of a movement, and of the quantity on hand either way: 10^14 units. */
  public static final BigDecimal MAX_QUANTITY = BigDecimal.TEN.pow(14);

  /** The largest unit cost of a receipt: 10^12. */
  public static final BigDecimal MAX_UNIT_COST = BigDecimal.TEN.pow(12);

  /**
   * The largest value of a movement, and of the value on hand either way, in minor units of the
   * ledger's currency: 10^18.
   */
  public static final long MAX_VALUE_MINOR = 1_000_000_000_000_000_000L;

  private final ItemId item;
  private final WarehouseId warehouse;
  private final UnitOfMeasure unit;
  private final CurrencyUnit currency;
  private final CostingPolicy policy;
  private final ChunkList chunks;
  private final int size;
  private final LedgerState end;
  private final long closedBefore; // epoch day of the first day not closed; Long.MIN_VALUE if none
  // Month-end average: true while the open month (from end.monthPos) is not valued yet; its
  // movements and running quantities are stored, their values are computed when first read.
  private final boolean pending;
  private volatile StockLedger valuedView; // this ledger with the open month valued, when pending
  private StandardCostSchedule schedule; // standard cost: the policy's standards, made when needed
  // The document index of this version's movements (persistent, shared with the versions it was
  // posted from); set as the version is made, built from the movements if ever missing.
  private volatile DocumentIndex docs;
  // The audit of corrections of posted movements, oldest first (shared between versions).
  private final ImmutableList<Correction> corrections;

  private StockLedger(
      ItemId item,
      WarehouseId warehouse,
      UnitOfMeasure unit,
      CurrencyUnit currency,
      CostingPolicy policy,
      ChunkList chunks,
      int size,
      LedgerState end,
      long closedBefore,
      boolean pending,
      ImmutableList<Correction> corrections) {
    this.item = item;
    this.warehouse = warehouse;
    this.unit = unit;
    this.currency = currency;
    this.policy = policy;
    this.chunks = chunks;
    this.size = size;
    this.end = end;
    this.closedBefore = closedBefore;
    this.pending = pending;
    this.corrections = corrections;
  }

  /**
   * An empty ledger of {@code item} in {@code warehouse}, counted in {@code unit}, valued in {@code
   * currency} by {@code policy}. Rejects nulls.
   */
  public static StockLedger open(
      ItemId item,
      WarehouseId warehouse,
      UnitOfMeasure unit,
      CurrencyUnit currency,
      CostingPolicy policy) {
    Arguments.notNull(item, "item");
    Arguments.notNull(warehouse, "warehouse");
    Arguments.notNull(unit, "unit");
    Arguments.notNull(currency, "currency");
    Arguments.notNull(policy, "policy");
    StockLedger empty =
        new StockLedger(
            item,
            warehouse,
            unit,
            currency,
            policy,
            ChunkList.EMPTY,
            0,
            LedgerState.EMPTY,
            Long.MIN_VALUE,
            false,
            ImmutableList.of());
    empty.docs = DocumentIndex.EMPTY;
    return empty;
  }

  /**
   * A version of this ledger (same item, warehouse, unit, currency, policy and closed months) made
   * of {@code chunks}, {@code size} movements long, valued through to {@code end}.
   */
  private StockLedger version(ChunkList chunks, int size, LedgerState end) {
    return new StockLedger(
        item,
        warehouse,
        unit,
        currency,
        policy,
        chunks,
        size,
        end,
        closedBefore,
        false,
        corrections);
  }

  /** The item. */
  public ItemId item() {
    return item;
  }

  /** The warehouse. */
  public WarehouseId warehouse() {
    return warehouse;
  }

  /** The unit quantities are counted in. */
  public UnitOfMeasure unit() {
    return unit;
  }

  /** The currency of all values. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The costing policy. */
  public CostingPolicy policy() {
    return policy;
  }

  /** The number of movements. */
  public int size() {
    return size;
  }

  /** The last closed month, if any. */
  public Optional<YearMonth> closedThrough() {
    return closedBefore == Long.MIN_VALUE
        ? Optional.empty()
        : Optional.of(YearMonth.from(LocalDate.ofEpochDay(closedBefore).minusDays(1)));
  }

  /** The quantity on hand after the last movement. */
  public BigDecimal quantityOnHand() {
    return FixedPoint.quantity(end.balQty);
  }

  /** The value on hand after the last movement. */
  public Money valueOnHand() {
    if (pending) {
      return valued().valueOnHand();
    }
    return Money.ofMinor(currency, end.balValue);
  }

  /**
   * The current unit cost: the value on hand divided by the quantity on hand, to 6 places by the
   * policy's rounding mode; empty when nothing is on hand.
   */
  public Optional<BigDecimal> currentUnitCost() {
    if (pending) {
      return valued().currentUnitCost();
    }
    if (end.balQty <= 0) {
      return Optional.empty();
    }
    return Optional.of(unitCostOf(end.balValue, end.balQty));
  }

  /**
   * The last known unit cost, readable whatever the stock: while stock is on hand, the {@link
   * #currentUnitCost() current unit cost}; when it is zero or negative, the unit cost the stock was
   * last carried at (the value over the quantity after the latest movement that left a positive
   * quantity on hand, to 6 places by the policy's rounding mode); under standard cost, the standard
   * in effect at the last movement. Empty when the stock has never been positive (and, under
   * standard cost, when there are no movements).
   */
  public Optional<BigDecimal> lastKnownUnitCost() {
    if (pending) {
      return valued().lastKnownUnitCost();
    }
    if (end.balQty > 0) {
      return currentUnitCost();
    }
    if (size == 0) {
      return Optional.empty();
    }
    if (standard()) {
      return Optional.of(FixedPoint.unitCost(schedule().costOn(chunks.dateAt(size - 1))));
    }
    for (int k = chunks.indexOf(size - 1); k >= 0; k--) {
      Chunk c = chunks.get(k);
      for (int i = limit(k) - 1 - c.first; i >= c.lo; i--) {
        if (c.balQty[i] > 0) {
          return Optional.of(unitCostOf(c.balValue[i], c.balQty[i]));
        }
      }
    }
    return Optional.empty();
  }

  private BigDecimal unitCostOf(long value, long qty) {
    return Money.ofMinor(currency, value)
        .getAmount()
        .divide(FixedPoint.quantity(qty), 6, policy.rounding().mode());
  }

  // ---------------------------------------------------------------- posting

  /**
   * Posts {@code movement}: appends it, or inserts it after the movements up to its date and
   * re-values what follows. Returns a refused {@link Posting} (this ledger unchanged) when the
   * policy rejects negative stock and the movement would take some quantity below zero, or when the
   * movement falls in a closed month.
   *
   * @throws IllegalArgumentException if the movement's unit is not the ledger's, its value is in
   *     another currency, a customer return names no earlier issue of at least its quantity (or
   *     names an issue document held more than once), or under standard cost the movement is dated
   *     before the first standard, or a value or quantity it makes (its own, or a balance after it)
   *     is beyond the ledger's bounds ({@link #MAX_QUANTITY}, {@link #MAX_VALUE_MINOR}); this
   *     ledger is unchanged
   */
  public Posting post(Movement movement) {
    Arguments.notNull(movement, "movement");
    try {
      byte kind = (byte) movement.kind().ordinal();
      byte[] doc = movement.document().getBytes(StandardCharsets.UTF_8);
      DocumentIndex index = documentIndex();
      Posting duplicate = duplicateRefusal(movement, index, kind, doc);
      if (duplicate != null) {
        return duplicate;
      }
      Posting posting = postValid(movement);
      StockLedger next = posting.ledger();
      if (next != this) {
        next.docs = index.with(kind, doc, 0, doc.length);
      }
      return posting;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(refusal(movement, item, unit, currency, beyond(e)), e);
    }
  }

  /**
   * The message refusing {@code movement} because it takes the ledger (or stream) of {@code item}
   * in {@code unit} and {@code currency} beyond its bounds, saying {@code what} went beyond them.
   */
  static String refusal(
      Movement movement, ItemId item, UnitOfMeasure unit, CurrencyUnit currency, String what) {
    return "movement "
        + movement.date()
        + " "
        + movement.kind()
        + " "
        + movement.document()
        + " of "
        + movement.quantity().stripTrailingZeros().toPlainString()
        + " "
        + unit
        + " is refused: it takes the ledger of "
        + item
        + " beyond its bounds ("
        + what
        + "); "
        + bounds(currency);
  }

  /** What went beyond the bounds, as text. */
  private static String beyond(ArithmeticException e) {
    return e instanceof Valuer.BeyondBound
        ? e.getMessage()
        : "a value too large for the ledger to hold";
  }

  /**
   * The document index of this version: the one it was made with (every version gets one as it is
   * made), else, should one be missing, built from the movements once.
   */
  private DocumentIndex documentIndex() {
    DocumentIndex d = docs;
    if (d != null) {
      return d;
    }
    d = DocumentIndex.EMPTY;
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, 0, size); w.more(); w.next()) {
      Chunk c = w.c;
      d = d.with(c.kind[w.i], c.text, c.textStart(w.i), c.docEnd[w.i]);
    }
    docs = d;
    return d;
  }

  /** Gives {@code next}, a version with the same movements, this version's document index. */
  private void handOverDocuments(StockLedger next) {
    if (next != this) {
      next.docs = documentIndex();
    }
  }

  /**
   * The refusal of a movement whose document this ledger already holds for a movement of its kind,
   * under {@link DuplicateDocuments#REFUSE}; null if none.
   *
   * @throws IllegalArgumentException if a customer return names an issue document held more than
   *     once before its date
   */
  private Posting duplicateRefusal(Movement movement, DocumentIndex index, byte kind, byte[] doc) {
    if (movement.kind() == MovementKind.CUSTOMER_RETURN) {
      byte[] ref = movement.reference().orElseThrow().getBytes(StandardCharsets.UTF_8);
      if (index.mayHold(DocumentIndex.key(DocumentIndex.ISSUED_TWICE, ref, 0, ref.length))) {
        int before = upperBound(Math.toIntExact(movement.date().toEpochDay()));
        int[] found = positionsOf(ref, (byte) -1, before, 2);
        Arguments.check(
            found.length < 2,
            "customer return %s names issue %s, which the ledger of %s holds more than once"
                + " (dated %s and %s): it cannot tell whose cost to take",
            movement.document(),
            movement.reference().orElseThrow(),
            item,
            found.length < 2 ? null : LocalDate.ofEpochDay(chunks.dateAt(found[0])),
            found.length < 2 ? null : LocalDate.ofEpochDay(chunks.dateAt(found[1])));
      }
    }
    if (policy.duplicateDocuments() != DuplicateDocuments.REFUSE
        || !index.mayHold(DocumentIndex.key(kind, doc, 0, doc.length))) {
      return null;
    }
    int[] found = positionsOf(doc, kind, size, 1);
    if (found.length == 0) {
      return null; // a hash collision
    }
    Explanation why =
        Explanation.builder()
            .add(
                PostingRule.DUPLICATE_DOCUMENT,
                "%s %s dated %s repeats document %s of the %s dated %s; the policy refuses"
                    + " duplicate documents",
                movement.kind(),
                movement.document(),
                movement.date(),
                movement.document(),
                movement.kind(),
                LocalDate.ofEpochDay(chunks.dateAt(found[0])))
            .build();
    return Posting.refused(this, why);
  }

  /**
   * The positions before {@code before} (up to {@code max} of them, in order) of the movements of
   * {@code kind} (or, when {@code kind} is -1, of any issue kind) whose document is {@code wanted}.
   */
  private int[] positionsOf(byte[] wanted, byte kind, int before, int max) {
    int[] out = new int[max];
    int n = 0;
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, 0, before); w.more() && n < max; w.next()) {
      Chunk c = w.c;
      int i = w.i;
      boolean kindMatches =
          kind < 0 ? MovementKind.values()[c.kind[i]].isIssue() : c.kind[i] == kind;
      if (kindMatches
          && Arrays.equals(c.text, c.textStart(i), c.docEnd[i], wanted, 0, wanted.length)) {
        out[n++] = w.pos;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The bounds, as text for a refusal. */
  private String bounds() {
    return bounds(currency);
  }

  /** The bounds of a ledger in {@code currency}, as text for a refusal. */
  private static String bounds(CurrencyUnit currency) {
    return "the ledger holds quantities up to "
        + MAX_QUANTITY.toPlainString()
        + " units either way and values up to "
        + MAX_VALUE_MINOR
        + " minor units ("
        + Money.ofMinor(currency, MAX_VALUE_MINOR)
        + ") either way";
  }

  private Posting postValid(Movement movement) {
    int day = postableDay(movement);
    if (day < closedBefore) {
      return monthClosed(movement);
    }
    if (givenRateRefused(movement)) {
      return givenRateRefusal(movement);
    }
    int p = upperBound(day);
    byte kind = (byte) movement.kind().ordinal();
    long qty = FixedPoint.quantity(movement.quantity(), "quantity");
    long input = inputOf(movement, p, qty);
    byte[] doc = movement.document().getBytes(StandardCharsets.UTF_8);
    byte[] ref = movement.reference().orElse("").getBytes(StandardCharsets.UTF_8);
    byte[] text = Arrays.copyOf(doc, doc.length + ref.length);
    System.arraycopy(ref, 0, text, doc.length, ref.length);

    if (policy.method() == CostingMethod.MONTHLY_AVERAGE) {
      int monthFirst = Math.toIntExact(movement.date().withDayOfMonth(1).toEpochDay());
      if (p == size || monthFirst >= firstOfMonth(chunks.dateAt(size - 1))) {
        return postInOpenMonth(p, day, kind, qty, input, text, doc.length);
      }
      return insertInEarlierMonth(
          lowerBound(monthFirst), p, day, kind, qty, input, text, doc.length);
    }
    if (p == size) {
      return append(day, kind, qty, input, text, doc.length);
    }
    return insert(p, day, kind, qty, input, text, doc.length);
  }

  /**
   * The epoch day of {@code movement}; rejects a movement in another unit or currency than the
   * ledger's, or under standard cost dated before the first standard.
   */
  private int postableDay(Movement movement) {
    Arguments.check(
        movement.unit().equals(unit),
        "movement %s is in %s, the ledger of %s counts in %s",
        movement.document(),
        movement.unit(),
        item,
        unit);
    movement.value().ifPresent(v -> Arguments.inCurrency(v, currency, "movement value"));
    int day = Math.toIntExact(movement.date().toEpochDay());
    if (policy.method() == CostingMethod.STANDARD) {
      LocalDate first = policy.standardCosts().firstKey();
      Arguments.check(
          !movement.date().isBefore(first),
          "movement %s is dated %s, before the first standard cost of %s (in effect from %s)",
          movement.document(),
          movement.date(),
          item,
          first);
    }
    return day;
  }

  /** True if {@code movement} carries a given rate the policy does not take. */
  private boolean givenRateRefused(Movement movement) {
    return !movement.kind().isInbound()
        && movement.unitCost().isPresent()
        && !policy.takesGivenRate(movement.kind());
  }

  /** {@link PostingRule#GIVEN_RATE}: an outbound movement at a given rate the policy refuses. */
  private Posting givenRateRefusal(Movement movement) {
    Explanation why =
        Explanation.builder()
            .add(
                PostingRule.GIVEN_RATE,
                "%s %s dated %s carries a given rate of %s; the policy (%s) values it by its"
                    + " method and takes a given rate only for %s (issuesAtGivenRate)",
                movement.kind(),
                movement.document(),
                movement.date(),
                movement.unitCost().orElseThrow().stripTrailingZeros().toPlainString(),
                policy.method(),
                policy.issuesAtGivenRate().isEmpty() ? "no kind" : policy.issuesAtGivenRate())
            .build();
    return Posting.refused(this, why);
  }

  /** {@link PostingRule#MONTH_CLOSED}: a movement dated in a closed month is refused. */
  private Posting monthClosed(Movement movement) {
    Explanation why =
        Explanation.builder()
            .add(
                PostingRule.MONTH_CLOSED,
                "%s %s is dated %s, in a month closed through %s",
                movement.kind(),
                movement.document(),
                movement.date(),
                closedThrough().orElseThrow())
            .build();
    return Posting.refused(this, why);
  }

  /**
   * The input column of {@code movement} landing at {@code p}: a receipt's unit cost, a known
   * value, a customer return's distance back to its issue, an outbound movement's given rate plus
   * one (0 when it has none); else 0.
   */
  private long inputOf(Movement movement, int p, long qty) {
    switch (movement.kind()) {
      case RECEIPT:
        long input = FixedPoint.unitCost(movement.unitCost().orElseThrow(), "unitCost");
        // Its own value (quantity × unit cost) within the bound, whatever the method (standard
        // cost books it as the actual cost against the standard).
        long own =
            FixedPoint.mulDiv(
                qty,
                input,
                FixedPoint.costDivisor(currency.getDecimalPlaces()),
                policy.rounding().mode());
        if (own > MAX_VALUE_MINOR) {
          throw new Valuer.BeyondBound(p, "receipt value " + own + " minor units");
        }
        return input;
      case OPENING_BALANCE:
      case TRANSFER_IN:
        return movement.value().orElseThrow().getAmountMinorLong();
      case CUSTOMER_RETURN:
        // stored as the distance back to the issue, which later inserts before both leave as is
        return p - findIssue(movement.reference().orElseThrow(), p, qty, movement.document());
      case STOCKTAKE_SURPLUS:
        return 0;
      default: // outbound: its given rate, if any, stored plus one
        return movement.unitCost().map(u -> FixedPoint.unitCost(u, "unitCost") + 1).orElse(0L);
    }
  }

  /** FIFO, the moving average and standard cost: a movement after the last one. */
  private Posting append(int day, byte kind, long qty, long input, byte[] text, int docLen) {
    Valuer valuer = new Valuer(policy, currency.getDecimalPlaces());
    Tape tape = new Tape(chunks, size);
    valuer.load(end);
    tape.append(day, kind, qty, input, text, 0, docLen, text.length);
    ChunkList out = tape.frozenChunks();
    boolean valued = valuer.run(out, size, size + 1);
    return valuedPosting(valuer, out, valued, size, size);
  }

  /**
   * FIFO, the moving average and standard cost: a back-dated movement landing at {@code p}. Only
   * the chunk the new movement lands in is written again (split when full, see landing); the chunks
   * before it are shared as they are, and the later ones (one place on) keep their raw columns and
   * get value columns of their own. The re-valuation starts at the checkpoint just before the new
   * movement (at most 15 earlier ones are valued again), and each chunk is valued as soon as its
   * columns are made, while they are still in the processor's cache.
   */
  private Posting insert(int p, int day, byte kind, long qty, long input, byte[] text, int docLen) {
    Valuer valuer = new Valuer(policy, currency.getDecimalPlaces());
    int kp = chunks.indexOf(p);
    Chunk old = chunks.get(kp);
    Chunk[] landed = landing(kp, p, day, kind, qty, input, text, docLen, true);
    ChunkList out = ChunkList.extending(chunks, kp);
    int from = old.first + ((p - old.first) & ~Chunk.CHECKPOINT_MASK);
    valuer.loadAt(chunks, from); // the state before 'from' is unchanged
    // A receipt's value (quantity × unit cost) does not change: FIFO and the moving average
    // take it from the copy instead of computing it again (standard cost does not use it).
    boolean reuse = policy.method() != CostingMethod.STANDARD;
    if (reuse) {
      valuer.reuseReceiptValuesExcept(p);
    }
    boolean valued = true;
    for (int t = 0; t < landed.length && valued; t++) {
      Chunk c = landed[t];
      int cEnd = t + 1 < landed.length ? landed[t + 1].start() : limit(kp) + 1;
      if (c != old) { // else kept as it is, all before 'from'
        keepBefore(c, old, from);
        if (reuse) {
          carryValues(c, old, p, Math.max(from, c.start()), cEnd, true);
        }
      }
      out.add(c);
      valued = valuer.run(out, Math.max(from, c.start()), cEnd);
    }
    for (int j = kp + 1; j < chunks.count() && valued; j++) {
      Chunk o = chunks.get(j);
      Chunk c = laterChunk(j, p);
      if (reuse) {
        c.putAmounts(o.lo, o, o.lo, limit(j) - o.start());
      }
      out.add(c);
      valued = valuer.run(out, c.start(), limit(j) + 1);
    }
    return valuedPosting(valuer, out, valued, p, from);
  }

  /**
   * Month-end average, a back-dated movement landing at {@code p} in a month before the open one,
   * whose first movement is at {@code start}. The months before the movement's are unchanged: their
   * values are kept, and valuing starts at the month's first movement, from the state there (the
   * unit cost of the month before is the start of a chunk starting in that month). Else, or when
   * the month starts in a part of the landing chunk written anew after its first (which has no
   * saved start), valuing resumes inside an earlier month at the start of the chunk holding it.
   */
  private Posting insertInEarlierMonth(
      int start, int p, int day, byte kind, long qty, long input, byte[] text, int docLen) {
    Valuer valuer = new Valuer(policy, currency.getDecimalPlaces());
    int kp = chunks.indexOf(p);
    Chunk old = chunks.get(kp);
    Chunk[] landed = landing(kp, p, day, kind, qty, input, text, docLen, false);
    int ks = chunks.indexOf(start);
    Chunk sc = chunks.get(ks);
    int from;
    if (start > sc.start()
        && firstOfMonth(sc.date[sc.lo]) == firstOfMonth(sc.date[start - 1 - sc.first])
        && (ks < kp || landed.length == 1 || start < landed[1].start())) {
      from = start;
      Chunk bc = chunks.at(start - 1);
      int bi = start - 1 - bc.first;
      valuer.loadMonthStart(
          bc.balQty[bi], bc.balValue[bi], lastInboundBefore(ks, start), sc.startMonthUnitCost);
    } else {
      from = sc.start();
      valuer.loadStart(sc);
    }
    ChunkList out = ChunkList.extending(chunks, ks);
    for (int j = ks; j < kp; j++) {
      Chunk c = chunks.get(j);
      Chunk v = c.sharing(c.first, c.lo);
      keepBefore(v, c, from);
      out.add(v);
    }
    for (Chunk c : landed) {
      keepBefore(c, old, from);
      out.add(c);
    }
    for (int j = kp + 1; j < chunks.count(); j++) {
      out.add(laterChunk(j, p));
    }
    boolean valued = valuer.run(out, from, size + 1);
    return valuedPosting(valuer, out, valued, p, from);
  }

  /**
   * The posting of a movement at {@code p} whose chunks {@code out} the valuer valued from {@code
   * from}: {@link PostingRule#NEGATIVE_STOCK} when not {@code valued}, else the next ledger.
   */
  private Posting valuedPosting(Valuer valuer, ChunkList out, boolean valued, int p, int from) {
    if (!valued) {
      int at = valuer.refusedAt;
      Chunk c = out.at(at);
      int i = at - c.first;
      return refusedNegative(c, i, valuer.balQty - c.qty[i]);
    }
    StockLedger next = version(out, size + 1, valuer.state());
    return Posting.posted(this, next, p, from);
  }

  private Posting refusedNegative(Chunk c, int i, long left) {
    Explanation why =
        Explanation.builder()
            .add(
                PostingRule.NEGATIVE_STOCK,
                "%s %s of %s %s on %s would leave %s %s on hand; the policy rejects negative stock",
                MovementKind.values()[c.kind[i]],
                documentOf(c, i),
                FixedPoint.quantity(c.qty[i]).toPlainString(),
                unit,
                LocalDate.ofEpochDay(c.date[i]),
                FixedPoint.quantity(left).toPlainString(),
                unit)
            .build();
    return Posting.refused(this, why);
  }

  private static int firstOfMonth(int day) {
    return Math.toIntExact(LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay());
  }

  private static int firstOfNextMonth(int day) {
    return Math.toIntExact(LocalDate.ofEpochDay(day).withDayOfMonth(1).plusMonths(1).toEpochDay());
  }

  /**
   * Month-end average, a movement in the open month (or opening a new one): its issues are
   * provisional until the month is valued, so only the movements and the running quantities are
   * stored, in constant time for an append (the month's values are computed when first read, see
   * {@link #valued()}). A movement opening a new month values the month before it first.
   */
  private Posting postInOpenMonth(
      int p, int day, byte kind, long qty, long input, byte[] text, int docLen) {
    if (p == size) {
      return appendInOpenMonth(day, kind, qty, input, text, docLen);
    }
    return insertInOpenMonth(p, day, kind, qty, input, text, docLen);
  }

  /** Month-end average, a movement after the last one: in the open month or opening a new one. */
  private Posting appendInOpenMonth(
      int day, byte kind, long qty, long input, byte[] text, int docLen) {
    boolean inbound = Valuer.inbound(kind);
    boolean newMonth = size == 0 || day >= firstOfNextMonth(chunks.dateAt(size - 1));
    StockLedger base = newMonth ? valued() : this;
    LedgerState s = base.end;
    int monthPos = newMonth ? size : s.monthPos;
    long monthQty = newMonth ? s.balQty : s.monthQty;
    long monthValue = newMonth ? s.balValue : s.monthValue;
    long prev = newMonth ? s.unitCost : s.prevUnitCost;
    if (!inbound && policy.negativeStock() == NegativeStockPolicy.REJECT && s.balQty < qty) {
      return refusedAlone(day, kind, qty, input, text, docLen, s.balQty - qty);
    }
    long balQty = boundedQty(Math.addExact(s.balQty, inbound ? qty : -qty), size);
    long[] sums = newMonth ? new long[3] : new long[] {s.pendInQty, s.pendInValue, s.pendUQty};
    addToMonth(sums, kind, qty, input, size, monthPos, base.chunks);
    Tape tape = new Tape(base.chunks, size);
    Chunk c = tape.append(day, kind, qty, input, text, 0, docLen, text.length);
    int i = size - c.first;
    c.balQty[i] = balQty;
    if (i == 0) {
      // The state before this chunk; its value is known only when the chunk opens the month
      // (it is read only for a chunk holding the start of the month being re-valued).
      c.startQty = s.balQty;
      c.startValue = newMonth ? s.balValue : 0;
      c.startLastIn = s.lastIn;
      c.startMonthPos = monthPos;
      c.startMonthQty = monthQty;
      c.startMonthValue = monthValue;
      c.startPrevUnitCost = prev;
    }
    LedgerState e =
        new LedgerState(
            balQty,
            0,
            0,
            0,
            inbound ? size : s.lastIn,
            monthPos,
            monthQty,
            monthValue,
            prev,
            0,
            sums[0],
            sums[1],
            sums[2]);
    return pendingPosting(tape.frozenChunks(), e, size, monthPos);
  }

  /**
   * Month-end average, back-dated within the open month: shift the later movements (quantities and
   * all) and move their running quantities by the new one's; a later movement left below zero
   * refuses it.
   */
  private Posting insertInOpenMonth(
      int p, int day, byte kind, long qty, long input, byte[] text, int docLen) {
    boolean inbound = Valuer.inbound(kind);
    long delta = inbound ? qty : -qty;
    long before = qtyAfter(p);
    if (!inbound && policy.negativeStock() == NegativeStockPolicy.REJECT) {
      if (before < qty) {
        return refusedAlone(day, kind, qty, input, text, docLen, before - qty);
      }
      for (ChunkList.Walk w = new ChunkList.Walk(chunks, p, size); w.more(); w.next()) {
        if (w.c.balQty[w.i] < qty) {
          return refusedNegative(w.c, w.i, w.c.balQty[w.i] - qty);
        }
      }
    }
    int kp = chunks.indexOf(p);
    Chunk old = chunks.get(kp);
    Chunk[] landed = landing(kp, p, day, kind, qty, input, text, docLen, false);
    ChunkList out = ChunkList.extending(chunks, kp);
    for (int t = 0; t < landed.length; t++) {
      Chunk c = landed[t];
      int cEnd = t + 1 < landed.length ? landed[t + 1].start() : limit(kp) + 1;
      carryValues(c, old, p, c.start(), cEnd, false);
      for (int i = Math.max(c.lo, p + 1 - c.first); i < cEnd - c.first; i++) {
        c.balQty[i] = boundedQty(c.balQty[i] + delta, c.first + i);
      }
      if (p >= c.start() && p < cEnd) {
        c.balQty[p - c.first] = boundedQty(before + delta, p);
      }
      if (t == 0) {
        c.copyStart(old);
      } else {
        startInOpenMonth(c, landed[t - 1]);
      }
      out.add(c);
    }
    shiftLaterInOpenMonth(out, kp, p, delta);
    return pendingPosting(
        out, stateAfterInsert(p, inbound, kind, qty, input, delta), p, end.monthPos);
  }

  /**
   * Month-end average, back-dated within the open month at {@code p}: adds to {@code out} the
   * chunks after the landing one ({@code kp}), one place on, their running quantities moved by
   * {@code delta}.
   */
  private void shiftLaterInOpenMonth(ChunkList out, int kp, int p, long delta) {
    for (int j = kp + 1; j < chunks.count(); j++) {
      Chunk o = chunks.get(j);
      int n = limit(j) - o.first;
      Chunk c = laterChunk(j, p);
      c.putValues(o.lo, o, o.lo, n - o.lo);
      for (int i = o.lo; i < n; i++) {
        c.balQty[i] = boundedQty(c.balQty[i] + delta, o.first + 1 + i);
      }
      startInOpenMonth(c, out.last());
      out.add(c);
    }
  }

  /** Month-end average: the end state after a movement back-dated within the open month. */
  private LedgerState stateAfterInsert(
      int p, boolean inbound, byte kind, long qty, long input, long delta) {
    int lastIn = end.lastIn >= p ? end.lastIn + 1 : end.lastIn;
    if (inbound && p > lastIn) {
      lastIn = p;
    }
    long[] sums = {end.pendInQty, end.pendInValue, end.pendUQty};
    addToMonth(sums, kind, qty, input, p, end.monthPos, chunks);
    return new LedgerState(
        boundedQty(end.balQty + delta, size),
        0,
        0,
        0,
        lastIn,
        end.monthPos,
        end.monthQty,
        end.monthValue,
        end.prevUnitCost,
        0,
        sums[0],
        sums[1],
        sums[2]);
  }

  /** The refusal of a movement that would leave {@code left} on hand, before it is placed. */
  private Posting refusedAlone(
      int day, byte kind, long qty, long input, byte[] text, int docLen, long left) {
    Chunk alone = new Chunk(0, 1, text.length);
    alone.put(0, day, kind, qty, input, text, docLen);
    return refusedNegative(alone, 0, left);
  }

  /** Month-end average: the posting at {@code p} of the next ledger, its open month not valued. */
  private Posting pendingPosting(ChunkList out, LedgerState e, int p, int monthPos) {
    StockLedger next =
        new StockLedger(
            item,
            warehouse,
            unit,
            currency,
            policy,
            out,
            size + 1,
            e,
            closedBefore,
            true,
            corrections);
    next.checkPendingMonth();
    return Posting.posted(this, next, p, monthPos);
  }

  /** {@code q}, the quantity on hand after position {@code pos}, if within the bound. */
  private static long boundedQty(long q, int pos) {
    if (q > Valuer.MAX_QTY || q < -Valuer.MAX_QTY) {
      throw new Valuer.BeyondBound(
          pos, "quantity on hand " + FixedPoint.quantity(q).toPlainString() + " units");
    }
    return q;
  }

  /**
   * Month-end average, a movement of {@code kind} posted at {@code pos} into the open month
   * starting at {@code monthPos}: adds it to the month's totals {@code sums} (inbound quantity and
   * value known without the month's unit cost, and the quantity valued at that unit cost).
   */
  private void addToMonth(
      long[] sums, byte kind, long qty, long input, int pos, int monthPos, ChunkList valued) {
    if (!Valuer.inbound(kind) || kind == Valuer.SURPLUS) {
      sums[2] = Math.addExact(sums[2], qty);
      return;
    }
    long value;
    if (kind == Valuer.RECEIPT) {
      value =
          FixedPoint.mulDiv(
              qty,
              input,
              FixedPoint.costDivisor(currency.getDecimalPlaces()),
              policy.rounding().mode());
    } else if (kind == Valuer.CUSTOMER_RETURN) {
      int link = pos - (int) input;
      if (link >= monthPos) {
        sums[2] = Math.addExact(sums[2], qty); // at the month's unit cost
        return;
      }
      Chunk lc = valued.at(link);
      int li = link - lc.first;
      value = FixedPoint.mulDiv(lc.amount[li], qty, lc.qty[li], policy.rounding().mode());
    } else {
      value = input;
    }
    sums[0] = Math.addExact(sums[0], qty);
    sums[1] = Math.addExact(sums[1], value);
  }

  /**
   * Month-end average, a ledger whose open month is pending: values the month at once when a
   * conservative bound of the values it can reach (its opening and inbound values, and the
   * quantities valued at its unit cost at the largest unit cost its totals allow, with a margin for
   * rounding) is above a quarter of {@link #MAX_VALUE_MINOR}, so that a posting beyond the bounds
   * is refused now and never when the month is first read.
   */
  private void checkPendingMonth() {
    long bound;
    try {
      long known = Math.addExact(Math.abs(end.monthValue), Math.abs(end.pendInValue));
      long totalQty = Math.addExact(end.monthQty, end.pendInQty);
      long atUnitCost =
          totalQty > 0
              ? FixedPoint.mulDiv(known, end.pendUQty, totalQty, RoundingMode.UP)
              : FixedPoint.mulDiv(
                  end.pendUQty,
                  Math.abs(end.prevUnitCost),
                  FixedPoint.costDivisor(currency.getDecimalPlaces()),
                  RoundingMode.UP);
      // The unit cost is rounded to its scale (an error of at most 10^(currency scale - scale)
      // minor units a unit), and each value once (one minor unit a movement).
      long units = end.pendUQty / FixedPoint.pow10(FixedPoint.QUANTITY_SCALE) + 1;
      int gap = Math.max(0, currency.getDecimalPlaces() - policy.averageUnitCostScale());
      long slack =
          Math.addExact(Math.multiplyExact(units, FixedPoint.pow10(gap) + 1), size - end.monthPos);
      bound = Math.addExact(Math.addExact(known, atUnitCost), slack);
    } catch (ArithmeticException e) {
      bound = Long.MAX_VALUE;
    }
    if (bound > MAX_VALUE_MINOR / 4) {
      valued(); // throws if a value of the month is beyond the bounds
    }
  }

  /**
   * This ledger with all movements valued: itself, or under the month-end average while the open
   * month's valuation is pending, a copy with the open month valued (computed once, then kept).
   */
  private StockLedger valued() {
    if (!pending) {
      return this;
    }
    StockLedger v = valuedView;
    if (v == null) {
      v = valueOpenMonth();
      valuedView = v;
    }
    return v;
  }

  private StockLedger valueOpenMonth() {
    int m = end.monthPos;
    int km = chunks.indexOf(m);
    ChunkList out = ChunkList.extending(chunks, km);
    for (int j = km; j < chunks.count(); j++) {
      Chunk c = chunks.get(j);
      Chunk v = c.sharing(c.first, c.lo);
      v.putValues(c.lo, c, c.lo, limit(j) - c.start());
      v.copyStart(c);
      out.add(v);
    }
    Valuer valuer = new Valuer(policy, currency.getDecimalPlaces());
    valuer.loadOpenMonth(m, end.monthQty, end.monthValue, end.prevUnitCost);
    valuer.lastIn = end.lastIn;
    if (!valuer.run(out, m, size)) {
      throw new IllegalStateException(
          "ledger of " + item + ": the open month goes below zero at " + valuer.refusedAt);
    }
    StockLedger v = version(out, size, valuer.state());
    v.docs = docs;
    return v;
  }

  /** The first position after chunk {@code k}. */
  private int limit(int k) {
    return chunks.limit(k, size);
  }

  /**
   * The chunk {@code kp} holding position {@code p} written again with a movement inserted at
   * {@code p} (the later ones one place on, customer returns still reaching their issues). When it
   * holds fewer than 256 movements, one new chunk. When it is full and the new movement is its 64th
   * or later, three: the movements before the checkpoint just before it stay where they are (when
   * {@code keepLeft}, which requires that nothing before that checkpoint be valued again, in the
   * old chunk itself; else over its raw columns with value columns of their own), a new chunk holds
   * those from that checkpoint to the next with the new one, and the movements after the next
   * checkpoint keep their raw columns one place on (unless they are fewer than 85, or a customer
   * return among them reverses an issue before the insert: then the new chunk takes them too). When
   * it is full and the new movement is earlier, two new halves. Raw columns only for the new
   * chunks; the caller writes the values.
   */
  private Chunk[] landing(
      int kp,
      int p,
      int day,
      byte kind,
      long qty,
      long input,
      byte[] text,
      int docLen,
      boolean keepLeft) {
    Chunk old = chunks.get(kp);
    int f = old.first;
    int s = p - f; // the new movement's entry, in old's numbering
    int end = limit(kp) - f; // old holds its entries [lo, end)
    boolean last = kp == chunks.count() - 1;
    if (end - old.lo < Chunk.SIZE) {
      return new Chunk[] {
        written(old, p, old.lo, end + 1, last, day, kind, qty, input, text, docLen)
      };
    }
    if (s - old.lo >= Chunk.SPLIT / 2) {
      int b = s & ~Chunk.CHECKPOINT_MASK;
      int t = Math.min(end, (s | Chunk.CHECKPOINT_MASK) + 1);
      if (end - t < Chunk.SIZE / 3 || old.linksBefore(t, end, p)) {
        t = end; // copying a few is cheaper than value columns for the whole chunk
      }
      Chunk left = keepLeft ? old : old.sharing(f, old.lo);
      Chunk middle =
          written(old, p, b, t + 1, last && t == end, day, kind, qty, input, text, docLen);
      return t == end
          ? new Chunk[] {left, middle}
          : new Chunk[] {left, middle, old.sharing(f + 1, t)};
    }
    int mid = old.lo + Chunk.SPLIT;
    return new Chunk[] {
      written(old, p, old.lo, mid, false, day, kind, qty, input, text, docLen),
      written(old, p, mid, end + 1, last, day, kind, qty, input, text, docLen)
    };
  }

  /**
   * A new chunk holding the entries {@code [a, b)} ({@code a} a multiple of 16) of chunk {@code
   * old} with a movement inserted at position {@code p} (its entry {@code p - old.first}, the old
   * ones from there on one place on), as posted, from its entry 0; room to grow when it is the
   * {@code last}.
   */
  private static Chunk written(
      Chunk old,
      int p,
      int a,
      int b,
      boolean last,
      int day,
      byte kind,
      long qty,
      long input,
      byte[] text,
      int docLen) {
    int f = old.first;
    int s = p - f;
    int before = Math.max(0, Math.min(b, s) - a); // old entries [a, a + before)
    boolean holdsNew = a <= s && s < b;
    int x = Math.max(a, s + 1); // entries [x, b) are the old [x - 1, b - 1)
    int after = Math.max(0, b - x);
    int textLength =
        old.textLength(a, before) + (holdsNew ? text.length : 0) + old.textLength(x - 1, after);
    int count = b - a;
    int capacity = last ? Tape.capacityFor(count) : count;
    Chunk c =
        new Chunk(f + a, capacity, last ? Tape.textCapacityFor(capacity, textLength) : textLength);
    c.putRaw(0, old, a, before);
    if (holdsNew) {
      c.put(s - a, day, kind, qty, input, text, docLen);
    }
    c.putRaw(x - a, old, x - 1, after);
    c.shiftLinks(x - a, count, p);
    c.used.set(count);
    return c;
  }

  /**
   * Chunk {@code j}, after a movement inserted at {@code p} in an earlier chunk, one place on: over
   * the same raw columns with value columns of its own, or a copy when one of its customer returns
   * reverses an issue before {@code p} (its distance back grows by one).
   */
  private Chunk laterChunk(int j, int p) {
    Chunk o = chunks.get(j);
    int n = limit(j) - o.first;
    if (!o.linksBefore(o.lo, n, p)) {
      return o.sharing(o.first + 1, o.lo);
    }
    Chunk c = o.copyRaw(o.first + 1, n);
    c.shiftLinks(o.lo, n, p);
    return c;
  }

  /**
   * Copies into {@code c}, a chunk written again from {@code old} or over its raw columns, the
   * values, checkpoints and start of its entries before position {@code from} (where re-valuing
   * starts; under FIFO, the moving average and standard cost a checkpoint of {@code old}). Only a
   * chunk starting where {@code old} does (written again whole, the first of two halves, or over
   * its raw columns) has such entries.
   */
  private static void keepBefore(Chunk c, Chunk old, int from) {
    int n = from - c.start();
    if (n <= 0 || c.start() != old.start() || c == old) {
      return;
    }
    c.putValues(c.lo, old, old.lo, n);
    c.copyCheckpoints(c.lo, old, old.lo, n);
    c.copyStart(old);
  }

  /**
   * The position of the last inbound movement before {@code pos}, in chunk {@code k}; or before.
   */
  private int lastInboundBefore(int k, int pos) {
    Chunk c = chunks.get(k);
    for (int i = pos - 1 - c.first; i >= c.lo; i--) {
      if (Valuer.inbound(c.kind[i])) {
        return c.first + i;
      }
    }
    return c.startLastIn;
  }

  /**
   * Copies into {@code c}, a chunk written again from {@code old} with a movement inserted at
   * {@code p}, the values of the old movements now at positions {@code [a, b)} (the new one
   * excepted): their amounts only, or with their running balances.
   */
  private static void carryValues(Chunk c, Chunk old, int p, int a, int b, boolean amountsOnly) {
    int y = Math.min(b, p);
    if (a < y) {
      carry(c, a - c.first, old, a - old.first, y - a, amountsOnly);
    }
    int x = Math.max(a, p + 1);
    if (x < b) {
      carry(c, x - c.first, old, x - 1 - old.first, b - x, amountsOnly);
    }
  }

  private static void carry(Chunk c, int at, Chunk old, int from, int n, boolean amountsOnly) {
    if (amountsOnly) {
      c.putAmounts(at, old, from, n);
    } else {
      c.putValues(at, old, from, n);
    }
  }

  /**
   * Month-end average, a chunk starting inside the open month after a back-dated movement: its
   * start holds the running quantity before it ({@code prev}'s last) and the open month.
   */
  private void startInOpenMonth(Chunk c, Chunk prev) {
    c.startQty = prev.balQty[c.start() - 1 - prev.first];
    c.startLastIn = end.lastIn;
    c.startMonthPos = end.monthPos;
    c.startMonthQty = end.monthQty;
    c.startMonthValue = end.monthValue;
    c.startPrevUnitCost = end.prevUnitCost;
  }

  /**
   * The same movements valued by another policy (another method, rounding or negative-stock rule),
   * as if they had been posted under it from the start. Refused when the new policy rejects
   * negative stock that the movements reach.
   *
   * @throws IllegalArgumentException if the new policy is a standard-cost one whose first standard
   *     takes effect after the first movement, or values a balance beyond the bounds
   */
  public Posting revalue(CostingPolicy newPolicy) {
    Arguments.notNull(newPolicy, "newPolicy");
    try {
      Posting posting = revalueValid(newPolicy);
      handOverDocuments(posting.ledger());
      return posting;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "newPolicy "
              + newPolicy.method()
              + " takes the ledger of "
              + item
              + " beyond its bounds ("
              + beyond(e)
              + "); "
              + bounds(),
          e);
    }
  }

  private Posting revalueValid(CostingPolicy newPolicy) {
    checkStandardCovers(newPolicy);
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, 0, size); w.more(); w.next()) {
      byte k = w.c.kind[w.i];
      if (!Valuer.inbound(k)
          && w.c.input[w.i] > 0
          && !newPolicy.takesGivenRate(MovementKind.values()[k])) {
        {
          return Posting.refused(
              this,
              Explanation.builder()
                  .add(
                      PostingRule.GIVEN_RATE,
                      "%s %s dated %s was posted at a given rate, which the new policy (%s) does"
                          + " not take for its kind (issuesAtGivenRate)",
                      MovementKind.values()[w.c.kind[w.i]],
                      documentOf(w.c, w.i),
                      LocalDate.ofEpochDay(w.c.date[w.i]),
                      newPolicy.method())
                  .build());
        }
      }
    }
    StockLedger empty =
        new StockLedger(
            item,
            warehouse,
            unit,
            currency,
            newPolicy,
            chunks,
            size,
            end,
            closedBefore,
            pending,
            corrections);
    if (size == 0) {
      return Posting.posted(this, empty, 0, 0);
    }
    // Each chunk is copied as posted and valued at once, while it is in the processor's cache
    // (under the month-end average, once all are copied: a month is valued whole).
    ChunkList copies = ChunkList.extending(ChunkList.EMPTY, 0);
    Valuer valuer = new Valuer(newPolicy, currency.getDecimalPlaces());
    valuer.load(LedgerState.EMPTY);
    boolean fused = newPolicy.method() != CostingMethod.MONTHLY_AVERAGE;
    boolean valued = true;
    for (int k = 0; k < chunks.count() && valued; k++) {
      Chunk c = chunks.get(k);
      copies.add(c.sharing(c.first, c.lo));
      if (fused) {
        valued = valuer.run(copies, c.start(), limit(k));
      }
    }
    if (!fused) {
      valued = valuer.run(copies, 0, size);
    }
    if (!valued) {
      Chunk c = copies.at(valuer.refusedAt);
      int i = valuer.refusedAt - c.first;
      return Posting.refused(
          this,
          Explanation.builder()
              .add(
                  PostingRule.NEGATIVE_STOCK,
                  "%s %s on %s goes below zero; the policy rejects negative stock",
                  MovementKind.values()[c.kind[i]],
                  documentOf(c, i),
                  LocalDate.ofEpochDay(c.date[i]))
              .build());
    }
    StockLedger next =
        new StockLedger(
            item,
            warehouse,
            unit,
            currency,
            newPolicy,
            copies,
            size,
            valuer.state(),
            closedBefore,
            false,
            corrections);
    return Posting.posted(this, next, -1, 0);
  }

  /**
   * A prospective change of costing method: from {@code from} on the item is valued by {@code
   * newPolicy}, and nothing before that day is re-valued (unlike {@link #revalue}, which values the
   * whole history again). The stock on hand at the end of the day before is carried into the new
   * method at its value under the old one, as an opening balance dated {@code from} (document
   * {@code METHOD-CHANGE-} and the date; under FIFO one layer); the movements already posted on or
   * after {@code from} are posted again after it, valued by the new method. The corrections' audit
   * stays with the {@link MethodChange#history() history}.
   *
   * @throws IllegalArgumentException on a null; if {@code from} is not after a closed month holding
   *     a movement to move; under the month-end average (old or new), if {@code from} is not the
   *     first of a month (its months are valued whole); if the stock on hand then is below zero (a
   *     change of method carries a stock, not units owed) or is none but has a value; or if the new
   *     policy refuses the carried stock or a movement moved (naming it and the reason: a customer
   *     return of an issue before the change, negative stock under a rejecting policy, a movement
   *     before its first standard cost)
   */
  public MethodChange changeMethod(LocalDate from, CostingPolicy newPolicy) {
    Arguments.notNull(from, "from");
    Arguments.notNull(newPolicy, "newPolicy");
    boolean monthly =
        policy.method() == CostingMethod.MONTHLY_AVERAGE
            || newPolicy.method() == CostingMethod.MONTHLY_AVERAGE;
    Arguments.check(
        !monthly || from.getDayOfMonth() == 1,
        "from must be the first of a month under the month-end average (its months are valued"
            + " whole), was %s",
        from);
    int p = lowerBound(queryDay(from));
    Arguments.check(
        p == size || chunks.dateAt(p) >= closedBefore,
        "from %s would move movements out of a month closed through %s",
        from,
        closedThrough().map(Object::toString).orElse("none"));
    StockLedger history = p == size ? this : prefix(p);
    StockBalance carried = history.balanceAt(from.minusDays(1));
    BigDecimal q = carried.quantity();
    Arguments.check(
        q.signum() >= 0,
        "the stock of %s at %s on %s is %s %s: a change of method carries a stock on hand, not"
            + " units owed",
        item,
        warehouse,
        from.minusDays(1),
        q.toPlainString(),
        unit);
    Arguments.check(
        q.signum() > 0 || carried.value().isZero(),
        "the stock of %s at %s on %s is none but worth %s: nothing to carry that value on",
        item,
        warehouse,
        from.minusDays(1),
        carried.value());
    StockLedger next = open(item, warehouse, unit, currency, newPolicy);
    if (q.signum() > 0) {
      next =
          postedForChange(
              next,
              Movement.openingBalance(
                  from, "METHOD-CHANGE-" + from, q, unit, carried.value().abs()),
              carried.value().isNegative());
    }
    for (int i = p; i < size; i++) {
      next = postedForChange(next, movement(i), false);
    }
    StockLedger after =
        new StockLedger(
            item,
            warehouse,
            unit,
            currency,
            newPolicy,
            next.chunks,
            next.size,
            next.end,
            Math.max(closedBefore, from.toEpochDay()),
            next.pending,
            ImmutableList.of());
    after.docs = next.documentIndex();
    return new MethodChange(from, history, after, q, carried.value());
  }

  /** {@code ledger} with {@code m} posted, insisting it is taken. */
  private static StockLedger postedForChange(StockLedger ledger, Movement m, boolean negative) {
    Arguments.check(
        !negative,
        "the stock carried into the new method on %s has a negative value; an opening balance"
            + " carries none",
        m.date());
    Posting p;
    try {
      p = ledger.post(m);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "newPolicy cannot take movement " + m + ": " + e.getMessage(), e);
    }
    Arguments.check(
        p.isAllowed(),
        "newPolicy refuses movement %s: %s",
        m,
        p.isAllowed() ? "" : p.explanation());
    return p.ledger();
  }

  /** The first {@code count} movements of this ledger, posted again; the closed months kept. */
  private StockLedger prefix(int count) {
    CostingPolicy again =
        CostingPolicy.builder().from(policy).duplicateDocuments(DuplicateDocuments.ALLOW).build();
    StockLedger l = open(item, warehouse, unit, currency, again);
    for (int i = 0; i < count; i++) {
      l = l.post(movement(i)).ledger();
    }
    StockLedger h =
        new StockLedger(
            item,
            warehouse,
            unit,
            currency,
            policy,
            l.chunks,
            l.size,
            l.end,
            closedBefore,
            l.pending,
            corrections);
    h.docs = l.documentIndex();
    return h;
  }

  // ---------------------------------------------------------------- amending

  /**
   * Cancels the movement of {@code kind} with document {@code document}: the ledger as if it had
   * never been posted, what followed it re-valued ({@link PostingRule#CANCELLED}). The posting's
   * {@link Posting#journal() journal} reverses the movement's own entry and books each later
   * change, each dated as the movement it concerns; its {@link Posting#cogsChanges()} lists the
   * later movements whose cost changed. Refused, naming the movement and the reason, when the
   * movement is in a closed month, when without it some quantity would go below zero under a policy
   * rejecting negative stock, or when a customer return reverses it. The {@link #corrections()
   * audit} keeps the cancellation, without a note (see {@link #cancel(MovementKind, String,
   * ChangeNote)}).
   *
   * @throws IllegalArgumentException if the ledger holds no movement of that kind and document, or
   *     more than one (possible under {@link DuplicateDocuments#ALLOW})
   */
  public Posting cancel(MovementKind kind, String document) {
    return cancelNoted(kind, document, null);
  }

  /**
   * Cancels the movement of {@code kind} with document {@code document} as {@code note} says, and
   * keeps who did it, when and why in the {@link #corrections() audit}. Under {@link
   * ChangeNote.Reversal#AS_ORIGINAL} as {@link #cancel(MovementKind, String)}. Under {@link
   * ChangeNote.Reversal#ON_CHANGE_DATE} the movement stays and a reversal is posted on the day of
   * the change, at the movement's own cost (only what follows that day is re-valued): an issue
   * comes back as a customer return of it (document: the issue's, with {@code -REV}), a receipt
   * goes back to the supplier at its unit cost (a supplier return, {@code -REV}, which takes a
   * policy allowing supplier returns at a given rate, {@link CostingPolicy#issuesAtGivenRate()}).
   * Refused, naming the movement and the reason, as the posting of that reversal is (a closed
   * month, negative stock under a rejecting policy, no given rate), for another kind of movement,
   * and for an issue a customer return already reverses.
   *
   * @throws IllegalArgumentException on a null, if the ledger holds no movement of that kind and
   *     document, or more than one, or the note's day is before the movement's date under {@link
   *     ChangeNote.Reversal#ON_CHANGE_DATE}
   */
  public Posting cancel(MovementKind kind, String document, ChangeNote note) {
    Arguments.notNull(note, "note");
    return cancelNoted(kind, document, note);
  }

  private Posting cancelNoted(MovementKind kind, String document, ChangeNote note) {
    Arguments.notNull(kind, "kind");
    Arguments.notBlank(document, "document");
    int p = theOne(kind, document, null);
    Movement gone = movement(p);
    if (note != null && note.reversal() == ChangeNote.Reversal.ON_CHANGE_DATE) {
      return reversedOnChangeDate(p, gone, note);
    }
    Explanation why =
        Explanation.builder()
            .add(
                PostingRule.CANCELLED,
                "%s %s dated %s cancelled%s: the ledger as if it had never been posted, what"
                    + " followed it re-valued",
                kind,
                document,
                gone.date(),
                noted(note))
            .build();
    Posting posting = refusedNaming(remove(p, why), gone, "cancelling");
    return recorded(posting, Correction.builder().original(gone).note(Optional.ofNullable(note)));
  }

  /** The note as text for an explanation: " on D by W (why)", or nothing. */
  private static String noted(ChangeNote note) {
    return note == null
        ? ""
        : " on " + note.changedOn() + " by " + note.changedBy() + " (" + note.reason() + ")";
  }

  /**
   * {@code posting} with {@code correction} kept in its ledger's audit, when allowed; as it is when
   * refused.
   */
  static Posting recorded(Posting posting, Correction.Builder correction) {
    if (!posting.isAllowed()) {
      return posting;
    }
    return posting.recording(posting.ledger().withCorrection(correction.build()), null);
  }

  /** This ledger with {@code correction} added to its audit: the same movements and values. */
  StockLedger withCorrection(Correction correction) {
    StockLedger next =
        new StockLedger(
            item,
            warehouse,
            unit,
            currency,
            policy,
            chunks,
            size,
            end,
            closedBefore,
            pending,
            ImmutableList.<Correction>builder().addAll(corrections).add(correction).build());
    next.docs = docs;
    next.schedule = schedule;
    // not the valued view: it would carry the audit without this correction (valued again lazily)
    return next;
  }

  /**
   * The corrections of posted movements, oldest first: each cancellation and amendment made by
   * {@link #cancel} and {@link #amend} (and through a {@link StockBook}), with the movement as it
   * was, what replaced or reversed it, and who made it, when and why. Kept by every later version
   * of the ledger; empty when nothing was corrected.
   */
  public ImmutableList<Correction> corrections() {
    return corrections;
  }

  /**
   * {@code gone}, at {@code p}, cancelled by a reversal posted on the day of {@code note}: an issue
   * comes back as a customer return of it, a receipt goes back at its unit cost.
   */
  private Posting reversedOnChangeDate(int p, Movement gone, ChangeNote note) {
    LocalDate on = note.changedOn();
    Arguments.check(
        !on.isBefore(gone.date()),
        "note.changedOn %s must not be before the date %s of %s %s it reverses",
        on,
        gone.date(),
        gone.kind(),
        gone.document());
    String doc = gone.document() + "-REV";
    Movement reversal;
    if (gone.kind().isIssue()) {
      int returned = returnOf(p);
      if (returned >= 0) {
        return refusedCancelling(
            gone,
            "customer return %s already reverses it; cancel that first",
            movement(returned).document());
      }
      reversal = Movement.customerReturn(on, doc, gone.quantity(), unit, gone.document());
    } else if (gone.kind() == MovementKind.RECEIPT) {
      reversal =
          Movement.builder()
              .date(on)
              .document(doc)
              .kind(MovementKind.SUPPLIER_RETURN)
              .quantity(gone.quantity())
              .unit(unit)
              .unitCost(gone.unitCost().orElseThrow())
              .reference(gone.document())
              .build();
    } else {
      return refusedCancelling(
          gone,
          "a reversal dated on the day of the change is offered for issues and receipts; cancel a"
              + " %s dated as the original",
          gone.kind());
    }
    Explanation why =
        Explanation.builder()
            .add(
                PostingRule.CANCELLED,
                "%s %s dated %s cancelled%s by %s %s dated %s at its own cost",
                gone.kind(),
                gone.document(),
                gone.date(),
                noted(note),
                reversal.kind(),
                reversal.document(),
                on)
            .build();
    Posting posted = refusedNaming(post(reversal), gone, "cancelling");
    if (!posted.isAllowed()) {
      return posted;
    }
    Correction c = Correction.builder().original(gone).reversal(reversal).note(note).build();
    return posted.recording(posted.ledger().withCorrection(c), why);
  }

  /** The position of a customer return reversing the issue at {@code p}; -1 if none. */
  private int returnOf(int p) {
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, p + 1, size); w.more(); w.next()) {
      if (w.c.kind[w.i] == Valuer.CUSTOMER_RETURN && w.c.linkAt(w.i) == p) {
        return w.pos;
      }
    }
    return -1;
  }

  /** The refusal of cancelling {@code gone}, for the reason {@code format} with {@code args}. */
  private Posting refusedCancelling(Movement gone, String format, Object... args) {
    return refusedNaming(
        Posting.refused(
            this, Explanation.builder().add(PostingRule.CANCELLED, format, args).build()),
        gone,
        "cancelling");
  }

  /**
   * Amends the posted movement {@code replacement} names by its date, kind and document: its
   * quantity, a receipt's unit cost, or the value of an opening balance or a transfer in; what
   * follows it re-valued ({@link PostingRule#AMENDED}). The posting's {@link Posting#line()} is the
   * amended movement, its {@link Posting#cogsChanges()} lists it (when its value changed) and the
   * later movements whose cost changed, and its journal books the differences. Refused, naming the
   * movement and the reason, as {@link #cancel} is (a customer return then reversing more than its
   * issue, too). The {@link #corrections() audit} keeps the amendment, without a note (see {@link
   * #amend(Movement, ChangeNote)}).
   *
   * @throws IllegalArgumentException if the ledger holds no movement of that kind and document on
   *     that date, or more than one, or the replacement names another reference, or is in another
   *     unit or currency
   */
  public Posting amend(Movement replacement) {
    return amendNoted(replacement, null);
  }

  /**
   * Amends a posted movement as {@link #amend(Movement)} does, and keeps who did it, when and why
   * ({@code note}) in the {@link #corrections() audit}.
   *
   * @throws IllegalArgumentException on a null, and as {@link #amend(Movement)}
   */
  public Posting amend(Movement replacement, ChangeNote note) {
    Arguments.notNull(note, "note");
    return amendNoted(replacement, note);
  }

  private Posting amendNoted(Movement replacement, ChangeNote note) {
    Arguments.notNull(replacement, "replacement");
    int p = theOne(replacement.kind(), replacement.document(), replacement.date());
    Movement was = movement(p);
    Arguments.check(
        was.reference().equals(replacement.reference()),
        "replacement of %s %s must keep its reference %s, had %s",
        was.kind(),
        was.document(),
        was.reference().orElse("(none)"),
        replacement.reference().orElse("(none)"));
    Explanation why =
        Explanation.builder()
            .add(
                PostingRule.AMENDED,
                "%s amended to %s%s; what follows it re-valued",
                was,
                replacement,
                noted(note))
            .build();
    Posting posting = refusedNaming(replace(p, replacement, why), was, "amending");
    return recorded(
        posting,
        Correction.builder()
            .original(was)
            .replacement(replacement)
            .note(Optional.ofNullable(note)));
  }

  /**
   * The position of the one movement of {@code kind} with {@code document} (dated {@code date} when
   * it is not null).
   *
   * @throws IllegalArgumentException if there is none, or more than one
   */
  private int theOne(MovementKind kind, String document, LocalDate date) {
    byte[] doc = document.getBytes(StandardCharsets.UTF_8);
    byte k = (byte) kind.ordinal();
    int at = -1;
    int count = 0;
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, 0, size); w.more(); w.next()) {
      Chunk c = w.c;
      int i = w.i;
      if (c.kind[i] == k
          && (date == null || c.date[i] == date.toEpochDay())
          && Arrays.equals(c.text, c.textStart(i), c.docEnd[i], doc, 0, doc.length)) {
        at = w.pos;
        count++;
      }
    }
    Arguments.check(
        count == 1,
        "the ledger of %s at %s must hold one %s %s%s, held %s",
        item,
        warehouse,
        kind,
        document,
        date == null ? "" : " dated " + date,
        count);
    return at;
  }

  /**
   * {@code posting}, or when refused, the refusal naming {@code movement} and what {@code doing}
   * it, then the reason.
   */
  private Posting refusedNaming(Posting posting, Movement movement, String doing) {
    if (posting.isAllowed()) {
      return posting;
    }
    return Posting.refused(
        this,
        Explanation.builder()
            .add(
                doing.equals("cancelling") ? PostingRule.CANCELLED : PostingRule.AMENDED,
                "%s %s %s dated %s is refused:",
                doing,
                movement.kind(),
                movement.document(),
                movement.date())
            .addAll(posting.explanation())
            .build());
  }

  /**
   * The position of the movement of {@code kind} dated {@code date} with document {@code document}
   * and reference {@code reference} (the first, should there be more); -1 if there is none.
   */
  int positionOf(MovementKind kind, LocalDate date, String document, String reference) {
    int day = queryDay(date);
    byte k = (byte) kind.ordinal();
    byte[] doc = document.getBytes(StandardCharsets.UTF_8);
    byte[] ref = reference.getBytes(StandardCharsets.UTF_8);
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, lowerBound(day), upperBound(day));
        w.more();
        w.next()) {
      Chunk c = w.c;
      int i = w.i;
      if (c.kind[i] == k
          && Arrays.equals(c.text, c.textStart(i), c.docEnd[i], doc, 0, doc.length)
          && Arrays.equals(c.text, c.docEnd[i], c.refEnd[i], ref, 0, ref.length)) {
        return w.pos;
      }
    }
    return -1;
  }

  /**
   * The input column (a receipt's unit cost, a value, a return's distance back) at {@code index}.
   */
  long inputAt(int index) {
    Chunk c = chunk(index);
    return c.input[index - c.first];
  }

  /** The date of the movement at {@code index}. */
  LocalDate dateAt(int index) {
    return LocalDate.ofEpochDay(chunks.dateAt(index));
  }

  /** The quantity posted at {@code index}, in 0.0001. */
  long quantityAt(int index) {
    Chunk c = chunk(index);
    return c.qty[index - c.first];
  }

  /**
   * The unit cost or value the movement at {@code index} came with (a receipt, an opening balance,
   * a transfer in, an outbound movement at a given rate, plus one); 0 for a kind the ledger values.
   * An amendment can change it: under standard cost that moves the purchase price variance only,
   * not the amount.
   */
  long valueInputAt(int index) {
    Chunk c = chunk(index);
    int i = index - c.first;
    byte k = c.kind[i];
    return k == Valuer.RECEIPT
            || k == Valuer.OPENING
            || k == Valuer.TRANSFER_IN
            || !Valuer.inbound(k)
        ? c.input[i]
        : 0;
  }

  /**
   * The movement at {@code index} posted again as {@code replacement}, which keeps its date, kind,
   * document and reference, and what follows it re-valued; {@code why} explains the amendment.
   * Refused when it falls in a closed month or takes some quantity below zero under a rejecting
   * policy.
   *
   * @throws IllegalArgumentException if a value it makes is beyond the bounds, or a customer return
   *     then reverses more than its issue
   */
  Posting replace(int index, Movement replacement, Explanation why) {
    checkIndex(index);
    try {
      Posting posting = replaceValid(index, replacement, why);
      handOverDocuments(posting.ledger());
      return posting;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(refusal(replacement, item, unit, currency, beyond(e)), e);
    }
  }

  /**
   * This ledger without the movement at {@code index}, what followed it re-valued; {@code why}
   * explains the cancellation. Refused when it falls in a closed month or takes some quantity below
   * zero under a rejecting policy.
   *
   * @throws IllegalArgumentException if a customer return then names an issue no longer there
   */
  Posting remove(int index, Explanation why) {
    checkIndex(index);
    Movement gone = movement(index);
    if (gone.date().toEpochDay() < closedBefore) {
      return monthClosed(gone);
    }
    try {
      return rebuilt(index, null, why);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(refusal(gone, item, unit, currency, beyond(e)), e);
    }
  }

  private Posting replaceValid(int p, Movement m, Explanation why) {
    int day = postableDay(m);
    if (day < closedBefore) {
      return monthClosed(m);
    }
    if (givenRateRefused(m)) {
      return givenRateRefusal(m);
    }
    Chunk oc = chunk(p);
    long qty = FixedPoint.quantity(m.quantity(), "quantity");
    if (policy.method() == CostingMethod.MONTHLY_AVERAGE || qty != oc.qty[p - oc.first]) {
      return rebuilt(p, m, why);
    }
    return revaluedFrom(p, inputOf(m, p, qty), why);
  }

  /**
   * FIFO, the moving average and standard cost: the movement at {@code p} with its input changed to
   * {@code input}. Only the chunk holding it is written again; the later ones keep their raw
   * columns and get value columns of their own. Valuing starts at the checkpoint just before it, as
   * for a back-dated insert.
   */
  private Posting revaluedFrom(int p, long input, Explanation why) {
    Valuer valuer = new Valuer(policy, currency.getDecimalPlaces());
    int kp = chunks.indexOf(p);
    Chunk old = chunks.get(kp);
    int n = limit(kp) - old.first;
    Chunk c = old.copyRaw(old.first, n);
    c.input[p - old.first] = input;
    int from = old.first + ((p - old.first) & ~Chunk.CHECKPOINT_MASK);
    valuer.loadAt(chunks, from);
    keepBefore(c, old, from);
    boolean reuse = policy.method() != CostingMethod.STANDARD;
    if (reuse) {
      valuer.reuseReceiptValuesExcept(p);
      c.putAmounts(old.lo, old, old.lo, n - old.lo);
    }
    ChunkList out = ChunkList.extending(chunks, kp);
    out.add(c);
    boolean valued = valuer.run(out, from, limit(kp));
    for (int j = kp + 1; j < chunks.count() && valued; j++) {
      Chunk o = chunks.get(j);
      Chunk l = o.sharing(o.first, o.lo);
      if (reuse) {
        l.putAmounts(o.lo, o, o.lo, limit(j) - o.start());
      }
      out.add(l);
      valued = valuer.run(out, l.start(), limit(j));
    }
    if (!valued) {
      Chunk rc = out.at(valuer.refusedAt);
      int i = valuer.refusedAt - rc.first;
      return refusedNegative(rc, i, valuer.balQty - rc.qty[i]);
    }
    StockLedger next = version(out, size, valuer.state());
    return Posting.amended(this, next, p, from, why);
  }

  /**
   * This ledger's movements posted again in order into an empty ledger, the one at {@code p} as
   * {@code replacement} or, when that is null, left out; the closed months kept. A quantity
   * amended, a movement cancelled, or anything amended under the month-end average (whose months
   * are valued whole).
   */
  private Posting rebuilt(int p, Movement replacement, Explanation why) {
    // Duplicate documents were checked when the movements were first posted.
    CostingPolicy again =
        CostingPolicy.builder().from(policy).duplicateDocuments(DuplicateDocuments.ALLOW).build();
    StockLedger l = open(item, warehouse, unit, currency, again);
    for (int i = 0; i < size; i++) {
      Movement m = i == p ? replacement : movement(i);
      if (m == null) {
        continue;
      }
      Posting q;
      try {
        q = l.post(m);
      } catch (IllegalArgumentException e) {
        if (m.kind() != MovementKind.CUSTOMER_RETURN || e.getCause() != null) {
          throw e;
        }
        // the issue it reverses is gone, or now less than it
        return Posting.refused(
            this,
            Explanation.builder()
                .add(
                    replacement == null ? PostingRule.CANCELLED : PostingRule.AMENDED,
                    "customer return %s dated %s would be left without its issue: %s",
                    m.document(),
                    m.date(),
                    e.getMessage())
                .build());
      }
      if (!q.isAllowed()) {
        return Posting.refused(this, q.explanation());
      }
      l = q.ledger();
    }
    StockLedger next =
        new StockLedger(
            item,
            warehouse,
            unit,
            currency,
            policy,
            l.chunks,
            l.size,
            l.end,
            closedBefore,
            l.pending,
            corrections);
    next.docs = l.documentIndex();
    return replacement == null
        ? Posting.cancelled(this, next, p, why)
        : Posting.amended(this, next, p, 0, why);
  }

  /** Rejects a standard cost policy whose first standard is after the first movement. */
  private void checkStandardCovers(CostingPolicy newPolicy) {
    if (newPolicy.method() == CostingMethod.STANDARD && size > 0) {
      LocalDate firstMovement = LocalDate.ofEpochDay(chunks.dateAt(0));
      Arguments.check(
          !firstMovement.isBefore(newPolicy.standardCosts().firstKey()),
          "newPolicy's first standard cost is in effect from %s, after the first movement %s of %s"
              + " on %s",
          newPolicy.standardCosts().firstKey(),
          documentOf(chunks.get(0), 0),
          item,
          firstMovement);
    }
  }

  private long findIssue(String document, int before, long qty, String returnDocument) {
    byte[] wanted = document.getBytes(StandardCharsets.UTF_8);
    for (int k = before == 0 ? -1 : chunks.indexOf(before - 1); k >= 0; k--) {
      Chunk c = chunks.get(k);
      for (int i = Math.min(before, limit(k)) - 1 - c.first; i >= c.lo; i--) {
        int pos = c.first + i;
        if (!MovementKind.values()[c.kind[i]].isIssue()) {
          continue;
        }
        int from = c.textStart(i);
        if (Arrays.equals(c.text, from, c.docEnd[i], wanted, 0, wanted.length)) {
          Arguments.check(
              qty <= c.qty[i],
              "customer return %s of %s is more than issue %s of %s",
              returnDocument,
              FixedPoint.quantity(qty).toPlainString(),
              document,
              FixedPoint.quantity(c.qty[i]).toPlainString());
          return pos;
        }
      }
    }
    throw new IllegalArgumentException(
        "customer return "
            + returnDocument
            + " names issue "
            + document
            + ", which is not an issue of "
            + item
            + " in "
            + warehouse
            + " on or before its date");
  }

  /** The first position whose date is after {@code day}. */
  private int upperBound(int day) {
    if (size == 0 || chunks.dateAt(size - 1) <= day) {
      return size;
    }
    return chunks.lowerBound(size, day + 1);
  }

  /** The first position whose date is on or after {@code day}. */
  private int lowerBound(int day) {
    return chunks.lowerBound(size, day);
  }

  private Chunk chunk(int pos) {
    return chunks.at(pos);
  }

  /** The running quantity after the first {@code count} movements. */
  private long qtyAfter(int count) {
    if (count == 0) {
      return 0;
    }
    Chunk c = chunk(count - 1);
    return c.balQty[count - 1 - c.first];
  }

  /** The running value after the first {@code count} movements. */
  private long valueAfter(int count) {
    if (count == 0) {
      return 0;
    }
    Chunk c = chunk(count - 1);
    return c.balValue[count - 1 - c.first];
  }

  private static String documentOf(Chunk c, int i) {
    int from = c.textStart(i);
    return new String(c.text, from, c.docEnd[i] - from, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- reading

  /** The movement at {@code index} (0 is the oldest), as it was posted. */
  public Movement movement(int index) {
    checkIndex(index);
    Chunk c = chunk(index);
    int i = index - c.first;
    MovementKind kind = MovementKind.values()[c.kind[i]];
    Movement.Builder b =
        Movement.builder()
            .date(LocalDate.ofEpochDay(c.date[i]))
            .document(documentOf(c, i))
            .kind(kind)
            .quantity(FixedPoint.quantity(c.qty[i]))
            .unit(unit);
    reference(c, i).ifPresent(b::reference);
    if (kind == MovementKind.RECEIPT) {
      b.unitCost(FixedPoint.unitCost(c.input[i]));
    } else if (kind == MovementKind.OPENING_BALANCE || kind == MovementKind.TRANSFER_IN) {
      b.value(Money.ofMinor(currency, c.input[i]));
    } else if (!kind.isInbound() && c.input[i] > 0) {
      b.unitCost(FixedPoint.unitCost(c.input[i] - 1));
    }
    return b.build();
  }

  private static Optional<String> reference(Chunk c, int i) {
    int len = c.refEnd[i] - c.docEnd[i];
    return len == 0
        ? Optional.empty()
        : Optional.of(new String(c.text, c.docEnd[i], len, StandardCharsets.UTF_8));
  }

  long amountAt(int index) {
    if (pending) {
      return valued().amountAt(index);
    }
    Chunk c = chunk(index);
    return c.amount[index - c.first];
  }

  long trueUpAt(int index) {
    if (pending) {
      return valued().trueUpAt(index);
    }
    Chunk c = chunk(index);
    return trueUpOf(c, index - c.first);
  }

  /**
   * The true-up booked by the movement at entry {@code i} of {@code c}: for an inbound one, the
   * balance before it (re-valued to its date's standard under standard cost) plus its value less
   * the balance after it; 0 for an outbound one.
   */
  private long trueUpOf(Chunk c, int i) {
    if (!Valuer.inbound(c.kind[i])) {
      return 0;
    }
    int index = c.first + i;
    long prev = i > c.lo ? c.balValue[i - 1] : valueAfter(index);
    return prev + revaluationBefore(index) + c.amount[i] - c.balValue[i];
  }

  private boolean standard() {
    return policy.method() == CostingMethod.STANDARD;
  }

  private StandardCostSchedule schedule() {
    StandardCostSchedule s = schedule;
    if (s == null) {
      s = StandardCostSchedule.of(policy, currency.getDecimalPlaces());
      schedule = s;
    }
    return s;
  }

  /**
   * Standard cost: the re-valuation of the stock on hand before the movement at {@code index} to
   * the standard of its date, the standard having changed since the movement before; 0 otherwise.
   */
  private long revaluationBefore(int index) {
    if (!standard() || index == 0) {
      return 0;
    }
    Chunk pc = chunk(index - 1);
    int pi = index - 1 - pc.first;
    StandardCostSchedule s = schedule();
    return s.value(pc.balQty[pi], s.costOn(chunks.dateAt(index))) - pc.balValue[pi];
  }

  /**
   * Standard cost: the purchase price variance of the inbound movement at entry {@code i} of {@code
   * c}, its actual cost (a receipt's quantity × unit cost, rounded; the value an opening balance or
   * a transfer in brings) less the standard it entered at; 0 for other movements and methods.
   */
  private long varianceOf(Chunk c, int i) {
    if (!standard()) {
      return 0;
    }
    MovementKind kind = MovementKind.values()[c.kind[i]];
    long actual;
    if (kind == MovementKind.RECEIPT) {
      actual = schedule().value(c.qty[i], c.input[i]); // quantity × unit cost, rounded
    } else if (kind == MovementKind.OPENING_BALANCE || kind == MovementKind.TRANSFER_IN) {
      actual = c.input[i];
    } else {
      return 0;
    }
    return actual - c.amount[i];
  }

  /**
   * The value on hand at the end of {@code day}, after the first {@code count} movements (those
   * dated up to {@code day}): their running balance; under standard cost the quantity at the
   * standard in effect on {@code day}, which takes in any change of standard since the last of
   * them.
   */
  private long valueOn(int count, int day) {
    if (count == 0) {
      return 0;
    }
    Chunk c = chunk(count - 1);
    int i = count - 1 - c.first;
    if (!standard()) {
      return c.balValue[i];
    }
    StandardCostSchedule s = schedule();
    return s.value(c.balQty[i], s.costOn(day));
  }

  private void checkIndex(int index) {
    Arguments.check(
        index >= 0 && index < size, "index must be between 0 and %s, was %s", size - 1, index);
  }

  /** The stock card line of the movement at {@code index}. */
  public StockCardLine line(int index) {
    checkIndex(index);
    if (pending) {
      return valued().line(index);
    }
    Chunk c = chunk(index);
    int i = index - c.first;
    MovementKind kind = MovementKind.values()[c.kind[i]];
    long q = c.qty[i];
    long amount = c.amount[i];
    long revaluation = revaluationBefore(index);
    long trueUp = trueUpOf(c, i);
    BigDecimal unitCost;
    if (standard()) {
      unitCost = FixedPoint.unitCost(schedule().costOn(c.date[i]));
    } else if (kind == MovementKind.RECEIPT) {
      unitCost = FixedPoint.unitCost(c.input[i]);
    } else if (!kind.isInbound() && c.input[i] > 0) {
      unitCost = FixedPoint.unitCost(c.input[i] - 1); // a given rate
    } else {
      unitCost =
          Money.ofMinor(currency, amount)
              .getAmount()
              .divide(FixedPoint.quantity(q), 6, policy.rounding().mode());
    }
    BigDecimal qty = FixedPoint.quantity(q);
    return StockCardLine.builder()
        .index(index)
        .date(LocalDate.ofEpochDay(c.date[i]))
        .document(documentOf(c, i))
        .kind(kind)
        .reference(reference(c, i))
        .quantityIn(kind.isInbound() ? qty : FixedPoint.quantity(0))
        .quantityOut(kind.isInbound() ? FixedPoint.quantity(0) : qty)
        .unitCost(unitCost)
        .amount(Money.ofMinor(currency, amount))
        .trueUp(Money.ofMinor(currency, trueUp))
        .purchasePriceVariance(Money.ofMinor(currency, varianceOf(c, i)))
        .standardRevaluation(Money.ofMinor(currency, revaluation))
        .balanceQuantity(FixedPoint.quantity(c.balQty[i]))
        .balanceValue(Money.ofMinor(currency, c.balValue[i]))
        .provisional(policy.method() == CostingMethod.MONTHLY_AVERAGE && c.date[i] >= closedBefore)
        .build();
  }

  /**
   * The journal entry of the movement at {@code index} (see {@link #journal(LocalDate,
   * LocalDate)}), referenced by its document; empty for an opening balance, a movement of no value,
   * and under the month-end average a movement whose entry waits for the close.
   */
  public Optional<JournalEntry> journalOf(int index) {
    StockCardLine l = line(index);
    return deferredToClose(l.kind())
        ? Optional.empty()
        : Journal.entry(l, l.date(), item, warehouse);
  }

  /**
   * True if, under the month-end average, the kind's journal entry waits for the month close
   * (everything valued by the method: all but receipts, opening balances and transfers in).
   */
  static boolean deferredToClose(MovementKind kind, CostingMethod method) {
    return method == CostingMethod.MONTHLY_AVERAGE
        && kind != MovementKind.RECEIPT
        && kind != MovementKind.OPENING_BALANCE
        && kind != MovementKind.TRANSFER_IN;
  }

  private boolean deferredToClose(MovementKind kind) {
    return deferredToClose(kind, policy.method());
  }

  /**
   * The journal entries of the movements dated from {@code from} to {@code to} inclusive, one per
   * movement, in ledger order: Dr inventory / Cr goods received not invoiced for receipts, Dr cost
   * of goods sold / Cr inventory for issues (and the reverse for customer returns), Dr goods
   * received not invoiced / Cr inventory for supplier returns, transfers through the transfers
   * account, stocktake adjustments against the pending account, and true-ups to cost of goods sold.
   * Under the month-end average the method-valued entries come from {@link #closeMonth(YearMonth)}
   * instead. Under standard cost the inbound movements with an actual cost book their purchase
   * price variance, and the {@link #standardRevaluations(LocalDate, LocalDate) standard cost
   * revaluations} taking effect in the period come each before the movements of its date. Every
   * entry carries the ledger's item and warehouse as its {@linkplain JournalEntry#dimensions()
   * dimensions} ({@code item}, {@code warehouse}).
   */
  public ImmutableList<JournalEntry> journal(LocalDate from, LocalDate to) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    Arguments.check(!to.isBefore(from), "to %s must not be before from %s", to, from);
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    int a = lowerBound(queryDay(from));
    int b = upperBound(queryDay(to));
    ImmutableList<StandardCostRevaluation> revaluations = standardRevaluations(from, to);
    int r = 0;
    for (int i = a; i < b; i++) {
      LocalDate date = LocalDate.ofEpochDay(chunks.dateAt(i));
      for (; r < revaluations.size() && !revaluations.get(r).effectiveFrom().isAfter(date); r++) {
        revaluations.get(r).journal().ifPresent(out::add);
      }
      journalOf(i).ifPresent(out::add);
    }
    for (; r < revaluations.size(); r++) {
      revaluations.get(r).journal().ifPresent(out::add);
    }
    return out.build();
  }

  /**
   * The day {@code date} is for a query: dates beyond what a movement can carry stand for the
   * farthest day, so that asking for all of time is not an overflow.
   */
  private static int queryDay(LocalDate date) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, date.toEpochDay()));
  }

  /**
   * Under standard cost, the re-valuations of the stock on hand at each change of standard taking
   * effect from {@code from} to {@code to} inclusive, in date order: the quantity on hand at the
   * end of the day before (for a change after the last movement, the quantity on hand now) at the
   * old and at the new standard. A change while nothing is on hand is listed with a zero amount.
   * Empty for the other methods. The stock card carries each one on the first movement on or after
   * its date ({@link StockCardLine#standardRevaluation()}).
   */
  public ImmutableList<StandardCostRevaluation> standardRevaluations(LocalDate from, LocalDate to) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    Arguments.check(!to.isBefore(from), "to %s must not be before from %s", to, from);
    if (!standard()) {
      return ImmutableList.of();
    }
    StandardCostSchedule s = schedule();
    ImmutableList.Builder<StandardCostRevaluation> out = ImmutableList.builder();
    long a = from.toEpochDay();
    long b = to.toEpochDay();
    for (int k = 1; k < s.days.length; k++) {
      int day = s.days[k];
      if (day < a || day > b) {
        continue;
      }
      int count = upperBound(day - 1);
      long q = qtyAfter(count);
      out.add(
          StandardCostRevaluation.builder()
              .item(item)
              .warehouse(warehouse)
              .effectiveFrom(LocalDate.ofEpochDay(day))
              .unit(unit)
              .quantity(FixedPoint.quantity(q))
              .previousUnitCost(FixedPoint.unitCost(s.costs[k - 1]))
              .unitCost(FixedPoint.unitCost(s.costs[k]))
              .valueBefore(Money.ofMinor(currency, s.value(q, s.costs[k - 1])))
              .valueAfter(Money.ofMinor(currency, s.value(q, s.costs[k])))
              .build());
    }
    return out.build();
  }

  /**
   * Under standard cost, the re-valuations the ledger's movements have booked: those taking effect
   * after the first movement's date and up to the last movement's, as listed by {@link
   * #standardRevaluations(LocalDate, LocalDate)}; empty for the other methods and an empty ledger.
   */
  public ImmutableList<StandardCostRevaluation> bookedRevaluations() {
    if (!standard() || size == 0) {
      return ImmutableList.of();
    }
    LocalDate afterFirst = LocalDate.ofEpochDay(chunks.dateAt(0) + 1L);
    LocalDate last = lastDate();
    return last.isBefore(afterFirst) ? ImmutableList.of() : standardRevaluations(afterFirst, last);
  }

  /** The stock card of all movements. */
  public StockCard card() {
    if (size == 0) {
      return StockCard.of(this, ImmutableList.of(), FixedPoint.quantity(0), Money.zero(currency));
    }
    return card(LocalDate.ofEpochDay(chunks.dateAt(0)), lastDate());
  }

  private LocalDate lastDate() {
    return LocalDate.ofEpochDay(chunks.dateAt(size - 1));
  }

  /** The stock card of the movements dated from {@code from} to {@code to} inclusive. */
  public StockCard card(LocalDate from, LocalDate to) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    Arguments.check(!to.isBefore(from), "to %s must not be before from %s", to, from);
    if (pending) {
      return valued().card(from, to);
    }
    int a = lowerBound(queryDay(from));
    int b = upperBound(queryDay(to));
    ImmutableList.Builder<StockCardLine> lines = ImmutableList.builder();
    for (int i = a; i < b; i++) {
      lines.add(line(i));
    }
    BigDecimal openQty = FixedPoint.quantity(qtyAfter(a));
    Money openValue = Money.ofMinor(currency, valueAfter(a));
    return StockCard.of(this, lines.build(), openQty, openValue);
  }

  /**
   * The quantity and value on hand at the end of {@code date}; under standard cost the value is at
   * the standard in effect on {@code date}, so it takes in a change of standard after the last
   * movement up to that date (see {@link #standardRevaluations(LocalDate, LocalDate)}).
   */
  public StockBalance balanceAt(LocalDate date) {
    Arguments.notNull(date, "date");
    if (pending) {
      return valued().balanceAt(date);
    }
    int day = queryDay(date);
    int p = upperBound(day);
    long q = qtyAfter(p);
    long v = valueOn(p, day);
    return StockBalance.builder()
        .item(item)
        .warehouse(warehouse)
        .date(date)
        .unit(unit)
        .quantity(FixedPoint.quantity(q))
        .value(Money.ofMinor(currency, v))
        .build();
  }

  /**
   * The FIFO layers on hand, oldest first: each inbound movement with units left, with those units
   * and their value. Empty when nothing is on hand.
   *
   * @throws IllegalStateException if the ledger is not costed by FIFO
   */
  public ImmutableList<FifoLayer> fifoLayers() {
    if (policy.method() != CostingMethod.FIFO) {
      throw new IllegalStateException("ledger of " + item + " is costed by " + policy.method());
    }
    ImmutableList.Builder<FifoLayer> out = ImmutableList.builder();
    if (end.balQty <= 0) {
      return out.build();
    }
    RoundingMode mode = policy.rounding().mode();
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, end.head, size); w.more(); w.next()) {
      Chunk c = w.c;
      int i = w.i;
      int pos = w.pos;
      if (!Valuer.inbound(c.kind[i])) {
        continue;
      }
      long used = pos == end.head ? end.headUsed : 0;
      long q = c.qty[i];
      if (used == q) {
        continue;
      }
      long v = c.amount[i];
      long usedValue = used == 0 ? 0 : FixedPoint.mulDiv(v, used, q, mode);
      out.add(
          new FifoLayer(
              LocalDate.ofEpochDay(c.date[i]),
              documentOf(c, i),
              FixedPoint.quantity(q - used),
              Money.ofMinor(currency, v - usedValue)));
    }
    return out.build();
  }

  // ---------------------------------------------------------------- month end

  /**
   * Closes {@code month}: summarises it (opening, in, out, closing; under the month-end average the
   * unit cost and the rounding difference left in ending inventory), yields the journal entries
   * that wait for the close, and returns the ledger with the month (and all before it) closed to
   * back-dated movements.
   *
   * @throws IllegalArgumentException if the month is already closed, or its totals (a month's
   *     inbound or outbound value) are beyond {@link #MAX_VALUE_MINOR}
   */
  public MonthEndClose closeMonth(YearMonth month) {
    Arguments.notNull(month, "month");
    try {
      MonthEndClose close = closeValidMonth(month);
      handOverDocuments(close.ledger());
      return close;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "month " + month + " of " + item + " has totals beyond the bounds; " + bounds(), e);
    }
  }

  private MonthEndClose closeValidMonth(YearMonth month) {
    if (pending) {
      return valued().closeMonth(month);
    }
    long first = month.atDay(1).toEpochDay();
    long next = month.plusMonths(1).atDay(1).toEpochDay();
    Arguments.check(
        next > closedBefore,
        "month %s is already closed (closed through %s)",
        month,
        closedThrough().map(Object::toString).orElse("none"));
    int a = lowerBound(Math.toIntExact(first));
    int b = lowerBound(Math.toIntExact(next));
    long openQ = qtyAfter(a);
    long openV = valueOn(a, Math.toIntExact(first - 1));
    long closeQ = qtyAfter(b);
    long closeV = valueOn(b, Math.toIntExact(next - 1));
    StockLedger closed =
        new StockLedger(
            item, warehouse, unit, currency, policy, chunks, size, end, next, false, corrections);
    MonthEndClose.Builder out =
        MonthEndClose.builder()
            .month(month)
            .method(policy.method())
            .openingQuantity(FixedPoint.quantity(openQ))
            .openingValue(Money.ofMinor(currency, openV));
    long outV = addMovements(out, month, a, b, closed);
    out.standardRevaluations(
            standardRevaluations(month.atDay(1), month.atEndOfMonth()).stream()
                .map(StandardCostRevaluation::amount)
                .reduce(Money.zero(currency), Money::plus))
        .closingQuantity(FixedPoint.quantity(closeQ))
        .closingValue(Money.ofMinor(currency, closeV))
        .ledger(closed);
    if (policy.method() == CostingMethod.MONTHLY_AVERAGE && b > a) {
      long u = averageOfMonth(a, b, openQ, openV);
      long[] outAtUnitCost = new long[1];
      int treatment =
          new Valuer(policy, currency.getDecimalPlaces())
              .treatmentOf(chunks, a, b, openV, u, closeQ, outAtUnitCost);
      MonthEndAverage average =
          new MonthEndAverage(
              policy, currency, u, closeQ, closeV, outV, outAtUnitCost[0], treatment);
      out.unitCost(average.unitCost)
          .roundingDifference(average.roundingDifference)
          .issuesDifference(average.issuesDifference)
          .differenceTreatment(average.treatment);
    }
    return out.build();
  }

  /**
   * Adds to {@code out} the totals of the month's movements at positions {@code [a, b)} (inbound,
   * outbound, true-ups, purchase price variance) and the journal entries waiting for its close,
   * those of the {@code closed} ledger; returns the month's outbound cost.
   */
  private long addMovements(
      MonthEndClose.Builder out, YearMonth month, int a, int b, StockLedger closed) {
    long inQ = 0;
    long inV = 0;
    long outQ = 0;
    long outV = 0;
    long trueUps = 0;
    long variance = 0;
    ImmutableList.Builder<JournalEntry> journal = ImmutableList.builder();
    for (ChunkList.Walk w = new ChunkList.Walk(chunks, a, b); w.more(); w.next()) {
      Chunk c = w.c;
      int i = w.i;
      int pos = w.pos;
      if (Valuer.inbound(c.kind[i])) {
        inQ = Math.addExact(inQ, c.qty[i]);
        inV = Math.addExact(inV, c.amount[i]);
        trueUps = Math.addExact(trueUps, trueUpOf(c, i));
        variance = Math.addExact(variance, varianceOf(c, i));
      } else {
        outQ = Math.addExact(outQ, c.qty[i]);
        outV = Math.addExact(outV, c.amount[i]);
      }
      if (deferredToClose(MovementKind.values()[c.kind[i]])) {
        Journal.entry(closed.line(pos), month.atEndOfMonth(), item, warehouse)
            .ifPresent(journal::add);
      }
    }
    out.inboundQuantity(FixedPoint.quantity(inQ))
        .inboundValue(Money.ofMinor(currency, inV))
        .outboundQuantity(FixedPoint.quantity(outQ))
        .outboundCost(Money.ofMinor(currency, outV))
        .trueUps(Money.ofMinor(currency, trueUps))
        .purchasePriceVariance(Money.ofMinor(currency, variance))
        .journal(journal.build());
    return outV;
  }

  private long averageOfMonth(int a, int b, long openQ, long openV) {
    Valuer v = new Valuer(policy, currency.getDecimalPlaces());
    long u = v.monthUnitCost(chunks, a, b, openQ, openV);
    if (u != Long.MIN_VALUE || a == 0) {
      return u == Long.MIN_VALUE ? 0 : u;
    }
    LocalDate d = LocalDate.ofEpochDay(chunks.dateAt(a - 1));
    int pa = lowerBound(Math.toIntExact(d.withDayOfMonth(1).toEpochDay()));
    long pq = qtyAfter(pa);
    long pv = valueAfter(pa);
    return averageOfMonth(pa, a, pq, pv);
  }

  @Override
  public String toString() {
    return "StockLedger "
        + item
        + " @ "
        + warehouse
        + " ("
        + policy.method()
        + "): "
        + size
        + " movements, "
        + quantityOnHand().toPlainString()
        + " "
        + unit
        + " worth "
        + valueOnHand();
  }
}
