package dev.suanpan.inventory;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The stock card of a stream of movements taken in date order, for inputs too long to hold as a
 * {@link StockLedger}: each movement is valued as it comes and its {@link StockCardLine} handed to
 * a {@link Sink}, keeping only the open state: the balance, under FIFO the layers on hand, under
 * standard cost the standard in effect, and under the month-end average the movements of the open
 * month (its lines are handed over, final, when a movement of a later month comes or at {@link
 * #finish()}, followed by the month's {@link StreamedMonthEnd}). The lines, the standard cost
 * revaluations and the month-ends are exactly those of a {@link StockLedger} of the same movements
 * posted in the same order with every month closed.
 *
 * <p>Takes receipts, opening balances, transfers in, stocktake surpluses and every outbound kind;
 * rejects a customer return (it needs the issue it names: post it to a {@link StockLedger}), a
 * movement dated before the one before it, and a policy that allows negative stock. Under its
 * policy (rejecting negative stock) an outbound movement beyond the stock on hand is refused:
 * {@link #post(Movement)} returns false and nothing changes. Not shared between threads.
 */
public final class StockCardStream {
  /** Where a stream's results go, in order. */
  public interface Sink {
    /** A valued movement, final, with the balance after it. */
    void line(StockCardLine line);

    /**
     * Standard cost: a change of standard taking effect after the previous movement's date and up
     * to the next one's, handed over before that movement's line (which carries its amount in
     * {@link StockCardLine#standardRevaluation()}). Ignored by default.
     */
    default void revaluation(StandardCostRevaluation revaluation) {}

    /** Month-end average: a month closed, after its lines. Ignored by default. */
    default void monthEnd(StreamedMonthEnd month) {}
  }

  private final ItemId item;
  private final WarehouseId warehouse;
  private final UnitOfMeasure unit;
  private final CurrencyUnit currency;
  private final CostingPolicy policy;
  private final Sink sink;
  private final CostingMethod method;
  private final RoundingMode mode;
  private final long costDivisor;
  private final Valuer valuer; // the month-end treatments, shared with the ledger's valuation
  private final StandardCostSchedule schedule; // standard cost only

  private int size;
  private int lastDay = Integer.MIN_VALUE;
  private long balQty;
  private long balValue;
  private boolean finished;

  // FIFO and the moving average: the latest inbound movement's quantity and value (a surplus on
  // an empty stock is valued at its cost); quantity 0 when none.
  private long lastInQty;
  private long lastInValue;

  // FIFO: the layers on hand, oldest first, at [layerHead, layerTail): quantity, value, units used.
  private long[] layerQty = new long[16];
  private long[] layerValue = new long[16];
  private long[] layerUsed = new long[16];
  private int layerHead;
  private int layerTail;

  // Standard cost: the standard in effect on [validFrom, validTo).
  private long std;
  private int validFrom = Integer.MAX_VALUE;
  private int validTo = Integer.MIN_VALUE;

  // Month-end average: the open month's movements, its first position, opening and bounds, and the
  // unit cost of the month before.
  private final List<Movement> month = new ArrayList<>();
  private int monthStart;
  private long monthOpenQty;
  private long monthOpenValue;
  private int nextMonthDay = Integer.MIN_VALUE;
  private long prevUnitCost;

  private StockCardStream(
      ItemId item,
      WarehouseId warehouse,
      UnitOfMeasure unit,
      CurrencyUnit currency,
      CostingPolicy policy,
      Sink sink) {
    this.item = item;
    this.warehouse = warehouse;
    this.unit = unit;
    this.currency = currency;
    this.policy = policy;
    this.sink = sink;
    this.method = policy.method();
    this.mode = policy.rounding().mode();
    this.costDivisor = FixedPoint.costDivisor(currency.getDecimalPlaces());
    this.valuer = new Valuer(policy, currency.getDecimalPlaces());
    this.schedule =
        method == CostingMethod.STANDARD
            ? StandardCostSchedule.of(policy, currency.getDecimalPlaces())
            : null;
  }

  /**
   * An empty stream of {@code item} in {@code warehouse}, counted in {@code unit}, valued in {@code
   * currency} by {@code policy}, its results going to {@code sink}.
   *
   * @throws IllegalArgumentException on a null, a policy that allows negative stock, or one that
   *     rounds the moving average's unit cost
   */
  public static StockCardStream open(
      ItemId item,
      WarehouseId warehouse,
      UnitOfMeasure unit,
      CurrencyUnit currency,
      CostingPolicy policy,
      Sink sink) {
    Arguments.notNull(item, "item");
    Arguments.notNull(warehouse, "warehouse");
    Arguments.notNull(unit, "unit");
    Arguments.notNull(currency, "currency");
    Arguments.notNull(policy, "policy");
    Arguments.notNull(sink, "sink");
    Arguments.check(
        policy.negativeStock() == NegativeStockPolicy.REJECT,
        "policy.negativeStock must be REJECT for a stream (use a StockLedger), was %s",
        policy.negativeStock());
    Arguments.check(
        policy.movingAverageUnitCostScale().isEmpty(),
        "policy.movingAverageUnitCostScale must be empty for a stream (use a StockLedger), was %s",
        policy.movingAverageUnitCostScale().orElse(null));
    return new StockCardStream(item, warehouse, unit, currency, policy, sink);
  }

  /** The number of movements taken. */
  public int size() {
    return size;
  }

  /** The quantity on hand after the movements taken. */
  public BigDecimal quantityOnHand() {
    return FixedPoint.quantity(balQty);
  }

  /**
   * Takes {@code movement}, the next in date order: values it and hands its line to the sink (under
   * the month-end average, closes the open month first when the movement opens a later one).
   * Returns false, changing nothing, when it is outbound and beyond the stock on hand.
   *
   * @throws IllegalArgumentException if the movement is dated before the one before it, is a
   *     customer return, is outbound at a given rate, is in another unit, has a value in another
   *     currency, is dated before the first standard under standard cost, or makes a value beyond
   *     what a long of minor units holds (nothing is changed)
   * @throws IllegalStateException after {@link #finish()}
   */
  public boolean post(Movement movement) {
    Arguments.notNull(movement, "movement");
    if (finished) {
      throw new IllegalStateException("the stream of " + item + " is finished");
    }
    int day = takenDay(movement);
    long q = FixedPoint.quantity(movement.quantity(), "quantity");
    long input = input(movement);
    try {
      boolean taken;
      if (method == CostingMethod.MONTHLY_AVERAGE) {
        taken = postInMonth(movement, day, q);
      } else if (method == CostingMethod.STANDARD) {
        taken = postStandard(movement, day, q, input);
      } else {
        taken = postNow(movement, q, input);
      }
      if (taken) {
        lastDay = day;
        size++;
      }
      return taken;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          StockLedger.refusal(
              movement,
              item,
              unit,
              currency,
              e instanceof Valuer.BeyondBound ? e.getMessage() : "a value too large to hold"),
          e);
    }
  }

  /**
   * The epoch day of {@code movement}; rejects one in another unit or currency, a customer return,
   * one dated before the previous movement and under standard cost one before the first standard.
   */
  private int takenDay(Movement movement) {
    Arguments.check(
        movement.unit().equals(unit),
        "movement %s is in %s, the stream of %s counts in %s",
        movement.document(),
        movement.unit(),
        item,
        unit);
    movement.value().ifPresent(v -> Arguments.inCurrency(v, currency, "movement value"));
    Arguments.check(
        movement.kind() != MovementKind.CUSTOMER_RETURN,
        "movement %s is a customer return, which a stream does not take (post it to a"
            + " StockLedger)",
        movement.document());
    Arguments.check(
        movement.kind().isInbound() || movement.unitCost().isEmpty(),
        "movement %s carries a given rate, which a stream does not take (post it to a StockLedger"
            + " whose policy allows issues at a given rate)",
        movement.document());
    int day = Math.toIntExact(movement.date().toEpochDay());
    Arguments.check(
        day >= lastDay,
        "movement %s is dated %s, before the previous movement's %s; a stream takes movements in"
            + " date order",
        movement.document(),
        movement.date(),
        lastDay == Integer.MIN_VALUE ? "" : LocalDate.ofEpochDay(lastDay));
    if (schedule != null) {
      Arguments.check(
          day >= schedule.firstDay(),
          "movement %s is dated %s, before the first standard cost of %s (in effect from %s)",
          movement.document(),
          movement.date(),
          item,
          LocalDate.ofEpochDay(schedule.firstDay()));
    }
    return day;
  }

  /**
   * Ends the stream: under the month-end average closes the open month, handing over its lines and
   * its {@link StreamedMonthEnd}. Further calls do nothing.
   *
   * @throws IllegalArgumentException if the open month makes a value beyond what a long of minor
   *     units holds
   */
  public void finish() {
    if (finished) {
      return;
    }
    if (method == CostingMethod.MONTHLY_AVERAGE && !month.isEmpty()) {
      try {
        closeMonth();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "the month of " + month.get(0).date() + " makes a value beyond what the stream holds",
            e);
      }
    }
    finished = true;
  }

  /** {@code v} (minor units), refused beyond {@link StockLedger#MAX_VALUE_MINOR} either way. */
  private long value(long v, String what) {
    if (v > StockLedger.MAX_VALUE_MINOR || v < -StockLedger.MAX_VALUE_MINOR) {
      throw new Valuer.BeyondBound(size, what + " " + v + " minor units");
    }
    return v;
  }

  /** {@code q} (0.0001 units), refused beyond {@link StockLedger#MAX_QUANTITY} either way. */
  private long quantity(long q) {
    if (q > Valuer.MAX_QTY || q < -Valuer.MAX_QTY) {
      throw new Valuer.BeyondBound(
          size, "quantity on hand " + FixedPoint.quantity(q).toPlainString() + " units");
    }
    return q;
  }

  /** The fixed-point input of the ledger's storage: a receipt's unit cost, or a value brought. */
  private static long input(Movement m) {
    switch (m.kind()) {
      case RECEIPT:
        return FixedPoint.unitCost(m.unitCost().orElseThrow(), "unitCost");
      case OPENING_BALANCE:
      case TRANSFER_IN:
        return m.value().orElseThrow().getAmountMinorLong();
      default:
        return 0;
    }
  }

  // ------------------------------------------------------------ FIFO and the moving average

  private boolean postNow(Movement m, long q, long input) {
    byte kind = (byte) m.kind().ordinal();
    long amount;
    long qtyAfter;
    long valueAfter;
    if (Valuer.inbound(kind)) {
      if (kind == Valuer.RECEIPT) {
        amount = FixedPoint.mulDiv(q, input, costDivisor, mode);
      } else if (kind == Valuer.SURPLUS) {
        amount =
            balQty > 0
                ? FixedPoint.mulDiv(balValue, q, balQty, mode)
                : lastInQty > 0 ? FixedPoint.mulDiv(lastInValue, q, lastInQty, mode) : 0;
      } else {
        amount = input;
      }
      qtyAfter = Math.addExact(balQty, q);
      valueAfter = Math.addExact(balValue, amount);
      if (method == CostingMethod.FIFO || method == CostingMethod.LIFO) {
        pushLayer(q, amount);
      }
      lastInQty = q;
      lastInValue = amount;
    } else {
      if (balQty < q) {
        return false;
      }
      if (method == CostingMethod.FIFO) {
        amount = consume(q);
      } else if (method == CostingMethod.LIFO) {
        amount = consumeLifo(q);
      } else {
        amount = q == balQty ? balValue : FixedPoint.mulDiv(balValue, q, balQty, mode);
      }
      qtyAfter = balQty - q;
      valueAfter = Math.subtractExact(balValue, amount);
    }
    value(amount, "movement value");
    value(valueAfter, "value on hand");
    quantity(qtyAfter);
    long before = balValue;
    balQty = qtyAfter;
    balValue = valueAfter;
    sink.line(line(size, m, q, input, amount, before, 0, 0, qtyAfter, valueAfter));
    return true;
  }

  private void pushLayer(long q, long value) {
    if (layerTail == layerQty.length) {
      int live = layerTail - layerHead;
      int capacity = live * 2 < layerQty.length ? layerQty.length : layerQty.length * 2;
      layerQty = moved(layerQty, capacity);
      layerValue = moved(layerValue, capacity);
      layerUsed = moved(layerUsed, capacity);
      layerTail = live;
      layerHead = 0;
    }
    layerQty[layerTail] = q;
    layerValue[layerTail] = value;
    layerUsed[layerTail] = 0;
    layerTail++;
  }

  private long[] moved(long[] a, int capacity) {
    long[] b = new long[capacity];
    System.arraycopy(a, layerHead, b, 0, layerTail - layerHead);
    return b;
  }

  /**
   * FIFO: the cost of {@code take} units (at most the quantity on hand) from the oldest layers,
   * each layer's part being the difference of its value pro rata before and after, as the ledger
   * takes it; the layers change only once the cost is known.
   */
  private long consume(long take) {
    long cost = 0;
    int h = layerHead;
    long used = layerUsed[h];
    long left = take;
    while (left > 0) {
      long layer = layerQty[h];
      if (used == layer) {
        h++;
        used = layerUsed[h];
        continue;
      }
      long value = layerValue[h];
      long t = Math.min(left, layer - used);
      long after = used + t;
      long valueAfter = after == layer ? value : FixedPoint.mulDiv(value, after, layer, mode);
      long valueBefore = used == 0 ? 0 : FixedPoint.mulDiv(value, used, layer, mode);
      cost = Math.addExact(cost, valueAfter - valueBefore);
      used = after;
      left -= t;
    }
    layerHead = h;
    layerUsed[h] = used;
    return cost;
  }

  /**
   * LIFO: the cost of {@code take} units (at most the quantity on hand) from the newest layers,
   * valued as {@link #consume} values a layer's part.
   */
  private long consumeLifo(long take) {
    long cost = 0;
    long left = take;
    while (left > 0) {
      int top = layerTail - 1;
      long layer = layerQty[top];
      long used = layerUsed[top];
      long value = layerValue[top];
      long t = Math.min(left, layer - used);
      long after = used + t;
      long valueAfter = after == layer ? value : FixedPoint.mulDiv(value, after, layer, mode);
      long valueBefore = used == 0 ? 0 : FixedPoint.mulDiv(value, used, layer, mode);
      cost = Math.addExact(cost, valueAfter - valueBefore);
      left -= t;
      if (after == layer) {
        layerTail--;
      } else {
        layerUsed[top] = after;
      }
    }
    return cost;
  }

  // ------------------------------------------------------------ standard cost

  private boolean postStandard(Movement m, int day, long q, long input) {
    StandardCostSchedule s = schedule;
    boolean in = m.kind().isInbound();
    if (!in && balQty < q) {
      return false;
    }
    long cost = std;
    int from = validFrom;
    int to = validTo;
    long before;
    List<StandardCostRevaluation> revaluations = List.of();
    if (day >= from && day < to) {
      before = balValue;
    } else {
      int k = s.indexOn(day);
      cost = s.costs[k];
      from = s.days[k];
      to = k + 1 < s.days.length ? s.days[k + 1] : Integer.MAX_VALUE;
      before = s.value(balQty, cost);
      if (size > 0) {
        revaluations = revaluations(lastDay, day);
      }
    }
    long qtyAfter = in ? Math.addExact(balQty, q) : balQty - q;
    long after = s.value(qtyAfter, cost);
    long amount = in ? after - before : before - after;
    long variance = 0;
    if (m.kind() == MovementKind.RECEIPT) {
      variance = s.value(q, input) - amount;
    } else if (m.kind() == MovementKind.OPENING_BALANCE || m.kind() == MovementKind.TRANSFER_IN) {
      variance = input - amount;
    }
    value(amount, "movement value");
    value(after, "value on hand");
    quantity(qtyAfter);
    if (m.kind() == MovementKind.RECEIPT) {
      value(s.value(q, input), "receipt value");
    }
    long revaluation = size > 0 ? before - balValue : 0;
    StockCardLine line =
        line(size, m, q, input, amount, balValue, revaluation, variance, qtyAfter, after);
    std = cost;
    validFrom = from;
    validTo = to;
    balQty = qtyAfter;
    balValue = after;
    revaluations.forEach(sink::revaluation);
    sink.line(line);
    return true;
  }

  /** The changes of standard taking effect after {@code afterDay} and up to {@code day}. */
  private List<StandardCostRevaluation> revaluations(int afterDay, int day) {
    StandardCostSchedule s = schedule;
    List<StandardCostRevaluation> out = new ArrayList<>();
    for (int k = 1; k < s.days.length; k++) {
      int d = s.days[k];
      if (d > afterDay && d <= day) {
        out.add(
            StandardCostRevaluation.builder()
                .item(item)
                .warehouse(warehouse)
                .effectiveFrom(LocalDate.ofEpochDay(d))
                .unit(unit)
                .quantity(FixedPoint.quantity(balQty))
                .previousUnitCost(FixedPoint.unitCost(s.costs[k - 1]))
                .unitCost(FixedPoint.unitCost(s.costs[k]))
                .valueBefore(Money.ofMinor(currency, s.value(balQty, s.costs[k - 1])))
                .valueAfter(Money.ofMinor(currency, s.value(balQty, s.costs[k])))
                .build());
      }
    }
    return out;
  }

  // ------------------------------------------------------------ month-end average

  private boolean postInMonth(Movement m, int day, long q) {
    boolean in = m.kind().isInbound();
    if (!in && balQty < q) {
      return false;
    }
    if (day >= nextMonthDay) {
      if (!month.isEmpty()) {
        closeMonth();
      }
      monthStart = size;
      monthOpenQty = balQty;
      monthOpenValue = balValue;
      nextMonthDay = Math.toIntExact(m.date().withDayOfMonth(1).plusMonths(1).toEpochDay());
    }
    long qtyAfter = quantity(in ? Math.addExact(balQty, q) : balQty - q);
    if (m.kind() == MovementKind.RECEIPT) {
      value(known(m.kind(), q, input(m)), "receipt value");
    } else if (in && m.value().isPresent()) {
      value(input(m), "movement value");
    }
    balQty = qtyAfter;
    month.add(m);
    return true;
  }

  /**
   * Values the open month as the ledger does (every movement at the month's unit cost but inbound
   * ones of known value; the rounding difference where the policy and the fallback put it), hands
   * over its lines and its {@link StreamedMonthEnd}, and empties it. Nothing changes if a value
   * overflows.
   */
  private void closeMonth() {
    MonthValues m = new MonthValues();
    m.valueAtUnitCost();
    m.settle();
    m.trueUpEmptied();
    for (int i = 0; i < m.n; i++) {
      value(m.amount[i], "movement value");
      value(m.bv[i], "value on hand");
    }
    // Everything is computed: hand it over.
    List<StockCardLine> lines = new ArrayList<>(m.n);
    long trueUps = 0;
    long before = monthOpenValue;
    for (int i = 0; i < m.n; i++) {
      StockCardLine line =
          line(
              monthStart + i,
              month.get(i),
              m.qty[i],
              m.input[i],
              m.amount[i],
              before,
              0,
              0,
              m.bq[i],
              m.bv[i]);
      trueUps += line.trueUp().getAmountMinorLong();
      lines.add(line);
      before = m.bv[i];
    }
    StreamedMonthEnd end = m.monthEnd(trueUps);
    balValue = m.v;
    prevUnitCost = m.unitCost;
    month.clear();
    lines.forEach(sink::line);
    sink.monthEnd(end);
  }

  /**
   * Month-end average: the open month's movements valued as the ledger values a month, step by
   * step: each at the month's unit cost but inbound ones of known value, then the rounding
   * difference where the treatment puts it, then an emptied stock's value trued up.
   */
  private final class MonthValues {
    final int n = month.size();
    final long[] qty = new long[n];
    final long[] input = new long[n];
    final boolean[] inbound = new boolean[n];
    final long[] amount = new long[n];
    final long[] bq = new long[n]; // the balance after each movement
    final long[] bv = new long[n];
    final long unitCost;
    long q; // the balance at the end of the month
    long v;
    long inQ;
    long inValue;
    long outQ;
    long outValue;
    long outAtUnitCost; // the outbound cost at quantity × unit cost
    int outCount;
    int lastOut = -1;
    int lastIn = -1;
    int treatment;

    /** Reads the month's movements and the values known without its unit cost; the unit cost. */
    MonthValues() {
      long inQty = 0;
      long knownValue = 0;
      for (int i = 0; i < n; i++) {
        Movement m = month.get(i);
        qty[i] = FixedPoint.quantity(m.quantity(), "quantity");
        input[i] = input(m);
        inbound[i] = m.kind().isInbound();
        if (inbound[i] && m.kind() != MovementKind.STOCKTAKE_SURPLUS) {
          amount[i] = known(m.kind(), qty[i], input[i]);
          inQty = Math.addExact(inQty, qty[i]);
          knownValue = Math.addExact(knownValue, amount[i]);
        }
      }
      long average = valuer.averageUnitCost(monthOpenQty, monthOpenValue, inQty, knownValue);
      unitCost = average == Long.MIN_VALUE ? prevUnitCost : average;
    }

    /** Values every movement but inbound ones of known value at the unit cost; the treatment. */
    void valueAtUnitCost() {
      q = monthOpenQty;
      v = monthOpenValue;
      for (int i = 0; i < n; i++) {
        if (inbound[i]) {
          if (month.get(i).kind() == MovementKind.STOCKTAKE_SURPLUS) {
            amount[i] = unitValue(qty[i], unitCost);
          }
          q = Math.addExact(q, qty[i]);
          v = Math.addExact(v, amount[i]);
          inValue = Math.addExact(inValue, amount[i]);
          inQ = Math.addExact(inQ, qty[i]);
          lastIn = i;
        } else {
          amount[i] = unitValue(qty[i], unitCost);
          q -= qty[i];
          v = Math.subtractExact(v, amount[i]);
          outValue = Math.addExact(outValue, amount[i]);
          outQ += qty[i];
          outCount++;
          lastOut = i;
        }
        bq[i] = q;
        bv[i] = v;
      }
      outAtUnitCost = outValue;
      long lastOutCost = lastOut < 0 ? 0 : amount[lastOut];
      long atUnitCost = total() - outValue; // the ending value with every issue at unit cost
      treatment = valuer.treatment(q, atUnitCost, outCount, lastOutCost);
    }

    /** The month's opening + inbound value. */
    long total() {
      return Math.addExact(monthOpenValue, inValue);
    }

    /**
     * Puts the rounding difference where the treatment says: the issues' shares of what the ending
     * stock at unit cost leaves, or the last outbound movement's.
     */
    void settle() {
      if (treatment == Valuer.KEEP) {
        return;
      }
      long total = total();
      long atUnitCost = total - outValue;
      long[] shares = null;
      if (treatment == Valuer.ISSUES) {
        long ending = valuer.endingAtUnitCost(q, unitCost, total);
        long[] quantities = new long[outCount];
        int k = 0;
        for (int i = 0; i < n; i++) {
          if (!inbound[i]) {
            quantities[k++] = qty[i];
          }
        }
        shares = FixedPoint.allocate(total - ending, quantities);
      }
      long bal = monthOpenValue;
      int k = 0;
      outValue = 0;
      for (int i = 0; i < n; i++) {
        if (inbound[i]) {
          bal = Math.addExact(bal, amount[i]);
        } else {
          if (treatment == Valuer.ISSUES) {
            amount[i] = shares[k++];
          } else if (i == lastOut) {
            amount[i] += atUnitCost;
          }
          bal = Math.subtractExact(bal, amount[i]);
          outValue += amount[i];
        }
        bv[i] = bal;
      }
      v = bal;
    }

    /** As the ledger: an emptied stock has no value, the last inbound movement trues it up. */
    void trueUpEmptied() {
      if (q == 0 && v != 0 && outCount == 0 && lastIn >= 0) {
        for (int i = lastIn; i < n; i++) {
          bv[i] -= v;
        }
        v = 0;
      }
    }

    /** The month's end, its lines' true-ups totalling {@code trueUps}. */
    StreamedMonthEnd monthEnd(long trueUps) {
      MonthEndAverage average =
          new MonthEndAverage(policy, currency, unitCost, q, v, outValue, outAtUnitCost, treatment);
      return StreamedMonthEnd.builder()
          .month(YearMonth.from(month.get(0).date()))
          .openingQuantity(FixedPoint.quantity(monthOpenQty))
          .openingValue(Money.ofMinor(currency, monthOpenValue))
          .inboundQuantity(FixedPoint.quantity(inQ))
          .inboundValue(Money.ofMinor(currency, inValue))
          .outboundQuantity(FixedPoint.quantity(outQ))
          .outboundCost(Money.ofMinor(currency, outValue))
          .trueUps(Money.ofMinor(currency, trueUps))
          .closingQuantity(FixedPoint.quantity(q))
          .closingValue(Money.ofMinor(currency, v))
          .unitCost(average.unitCost)
          .roundingDifference(average.roundingDifference)
          .issuesDifference(average.issuesDifference)
          .differenceTreatment(average.treatment)
          .build();
    }
  }

  private long known(MovementKind kind, long q, long input) {
    return kind == MovementKind.RECEIPT ? FixedPoint.mulDiv(q, input, costDivisor, mode) : input;
  }

  private long unitValue(long q, long unitCost) {
    return FixedPoint.mulDiv(q, unitCost, costDivisor, mode);
  }

  // ------------------------------------------------------------ lines

  /**
   * The line of movement {@code m} at {@code index}: as {@link StockLedger#line(int)} builds it,
   * the balance before it being {@code before} and after it {@code qtyAfter} worth {@code
   * valueAfter}; an inbound movement's true-up is what the balance falls short of before +
   * revaluation + its amount.
   */
  private StockCardLine line(
      int index,
      Movement m,
      long q,
      long input,
      long amount,
      long before,
      long revaluation,
      long variance,
      long qtyAfter,
      long valueAfter) {
    MovementKind kind = m.kind();
    BigDecimal qty = FixedPoint.quantity(q);
    BigDecimal unitCost;
    if (method == CostingMethod.STANDARD) {
      unitCost = FixedPoint.unitCost(schedule.costOn(Math.toIntExact(m.date().toEpochDay())));
    } else if (kind == MovementKind.RECEIPT) {
      unitCost = FixedPoint.unitCost(input);
    } else {
      unitCost = Money.ofMinor(currency, amount).getAmount().divide(qty, 6, mode);
    }
    long trueUp = kind.isInbound() ? before + revaluation + amount - valueAfter : 0;
    return StockCardLine.builder()
        .index(index)
        .date(m.date())
        .document(m.document())
        .kind(kind)
        .reference(m.reference())
        .quantityIn(kind.isInbound() ? qty : FixedPoint.quantity(0))
        .quantityOut(kind.isInbound() ? FixedPoint.quantity(0) : qty)
        .unitCost(unitCost)
        .amount(Money.ofMinor(currency, amount))
        .trueUp(Money.ofMinor(currency, trueUp))
        .purchasePriceVariance(Money.ofMinor(currency, variance))
        .standardRevaluation(Money.ofMinor(currency, revaluation))
        .balanceQuantity(FixedPoint.quantity(qtyAfter))
        .balanceValue(Money.ofMinor(currency, valueAfter))
        .provisional(false)
        .build();
  }

  @Override
  public String toString() {
    return "StockCardStream "
        + item
        + " @ "
        + warehouse
        + " ("
        + method
        + "): "
        + size
        + " movements";
  }
}
