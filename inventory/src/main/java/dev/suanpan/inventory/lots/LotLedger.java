package dev.suanpan.inventory.lots;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockBalance;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The stock of one item in one warehouse kept lot by lot, or serial by serial: one {@link
 * StockLedger} per lot, each with its own stock card and valued by the item's {@link CostingPolicy}
 * within the lot (so a car tracked by its VIN is valued at its own cost). The item's quantity and
 * value are the sums of its lots'. Immutable: {@link #receive} and {@link #issue} return a {@link
 * LotDecision} holding the new ledger.
 *
 * <p>An issue takes its lots by a {@link LotPick}: the lots it names, in that order, or all lots
 * oldest first, or first to expire first; it is split into one movement per lot (same date,
 * document and kind), each valued by its lot. A lot never goes below zero, whatever the policy's
 * {@link NegativeStockPolicy}: an issue beyond what its lots hold is refused ({@link
 * LotRule#NOT_ENOUGH}). Under {@link Tracking#SERIAL} each serial is one unit, a serial is received
 * once ({@link LotRule#SERIAL_UNIQUE}; a customer return of an issued serial excepted) and never
 * issued twice ({@link LotRule#SERIAL_ISSUED}).
 *
 * <p>Rejects (an {@link IllegalArgumentException} naming it) nulls, a movement in another unit, an
 * inbound movement given to {@link #issue} or an outbound one to {@link #receive}, under serial
 * tracking a quantity other than 1 and a pick naming a serial more than once, a lot named that the
 * ledger does not hold, and an expiry that differs from the one the lot was first received with.
 */
public final class LotLedger {
  private final ItemId item;
  private final WarehouseId warehouse;
  private final UnitOfMeasure unit;
  private final CurrencyUnit currency;
  private final CostingPolicy policy;
  private final Tracking tracking;
  private final ImmutableMap<LotId, StockLedger> lots;
  private final ImmutableMap<LotId, Optional<LocalDate>> expiries;
  private final ImmutableMap<LotId, LocalDate> firstReceived;

  private LotLedger(
      ItemId item,
      WarehouseId warehouse,
      UnitOfMeasure unit,
      CurrencyUnit currency,
      CostingPolicy policy,
      Tracking tracking,
      ImmutableMap<LotId, StockLedger> lots,
      ImmutableMap<LotId, Optional<LocalDate>> expiries,
      ImmutableMap<LotId, LocalDate> firstReceived) {
    this.item = item;
    this.warehouse = warehouse;
    this.unit = unit;
    this.currency = currency;
    this.policy = policy;
    this.tracking = tracking;
    this.lots = lots;
    this.expiries = expiries;
    this.firstReceived = firstReceived;
  }

  /**
   * An empty lot ledger of {@code item} in {@code warehouse}, counted in {@code unit}, valued in
   * {@code currency} by {@code policy} within each lot, tracked by lot or serial. Rejects nulls.
   */
  public static LotLedger open(
      ItemId item,
      WarehouseId warehouse,
      UnitOfMeasure unit,
      CurrencyUnit currency,
      CostingPolicy policy,
      Tracking tracking) {
    Arguments.notNull(item, "item");
    Arguments.notNull(warehouse, "warehouse");
    Arguments.notNull(unit, "unit");
    Arguments.notNull(currency, "currency");
    Arguments.notNull(policy, "policy");
    Arguments.notNull(tracking, "tracking");
    return new LotLedger(
        item,
        warehouse,
        unit,
        currency,
        policy,
        tracking,
        ImmutableMap.of(),
        ImmutableMap.of(),
        ImmutableMap.of());
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

  /** How the item is tracked. */
  public Tracking tracking() {
    return tracking;
  }

  /** The ledger of each lot (or serial), in the order first received. */
  public ImmutableMap<LotId, StockLedger> lots() {
    return lots;
  }

  /**
   * The ledger of {@code lot}, with its stock card.
   *
   * @throws IllegalArgumentException if the ledger holds no such lot
   */
  public StockLedger lot(LotId lot) {
    StockLedger l = lots.get(Arguments.notNull(lot, "lot"));
    Arguments.check(l != null, "lot %s is not a lot of %s at %s", lot, item, warehouse);
    return l;
  }

  /** The expiry of {@code lot}, if it has one. */
  public Optional<LocalDate> expiry(LotId lot) {
    lot(lot);
    return expiries.get(lot);
  }

  /** The quantity on hand: the sum of the lots'. */
  public BigDecimal quantityOnHand() {
    BigDecimal q = BigDecimal.ZERO;
    for (StockLedger l : lots.values()) {
      q = q.add(l.quantityOnHand());
    }
    return q;
  }

  /** The value on hand: the sum of the lots'. */
  public Money valueOnHand() {
    Money v = Money.zero(currency);
    for (StockLedger l : lots.values()) {
      v = v.plus(l.valueOnHand());
    }
    return v;
  }

  /** The quantity and value on hand at the end of {@code date}: the sums of the lots'. */
  public StockBalance balanceAt(LocalDate date) {
    Arguments.notNull(date, "date");
    BigDecimal q = BigDecimal.ZERO;
    Money v = Money.zero(currency);
    for (StockLedger l : lots.values()) {
      StockBalance b = l.balanceAt(date);
      q = q.add(b.quantity());
      v = v.plus(b.value());
    }
    return StockBalance.builder()
        .item(item)
        .warehouse(warehouse)
        .date(date)
        .unit(unit)
        .quantity(q)
        .value(v)
        .build();
  }

  /**
   * Posts the inbound {@code movement} into {@code lot} (opening the lot's ledger if new), with the
   * lot's {@code expiry} if it has one. Refused under serial tracking for a serial already received
   * (a customer return of an issued serial excepted), or when the lot's ledger refuses it.
   */
  public LotDecision receive(LotId lot, Optional<LocalDate> expiry, Movement movement) {
    Arguments.notNull(lot, "lot");
    Arguments.notNull(expiry, "expiry");
    Arguments.notNull(movement, "movement");
    Arguments.check(
        movement.kind().isInbound(),
        "movement must be inbound to be received, was %s",
        movement.kind());
    checkUnit(movement);
    StockLedger had = lots.get(lot);
    Arguments.check(
        had == null || expiry.isEmpty() || expiries.get(lot).equals(expiry),
        "expiry of lot %s was %s, cannot be %s",
        lot,
        had == null ? null : expiries.get(lot).orElse(null),
        expiry.orElse(null));
    Explanation.Builder why = Explanation.builder();
    if (tracking == Tracking.SERIAL) {
      Arguments.check(
          movement.quantity().compareTo(BigDecimal.ONE) == 0,
          "quantity of serial %s must be 1, was %s",
          lot,
          movement.quantity().toPlainString());
      boolean comesBack =
          movement.kind() == MovementKind.CUSTOMER_RETURN
              && had != null
              && had.quantityOnHand().signum() == 0;
      if (had != null && !comesBack) {
        why.add(
            LotRule.SERIAL_UNIQUE,
            "serial %s of %s was received before (%s on hand): refused",
            lot,
            item,
            had.quantityOnHand().stripTrailingZeros().toPlainString());
        return refused(why);
      }
    }
    StockLedger ledger = had != null ? had : openLot();
    Posting p = ledger.post(movement);
    if (p.isRefused()) {
      why.add(LotRule.LEDGER_REFUSED, "lot %s refuses %s", lot, movement.document())
          .addAll(p.explanation());
      return refused(why);
    }
    why.add(LotRule.POSTED, "%s into lot %s", movement.document(), lot).addAll(p.explanation());
    Map<LotId, StockLedger> next = new LinkedHashMap<>(lots);
    next.put(lot, p.ledger());
    Map<LotId, Optional<LocalDate>> exp = new LinkedHashMap<>(expiries);
    exp.merge(lot, expiry, (a, b) -> a.isPresent() ? a : b);
    Map<LotId, LocalDate> first = new LinkedHashMap<>(firstReceived);
    first.merge(lot, movement.date(), (a, b) -> a.isBefore(b) ? a : b);
    return LotDecision.of(
        Outcome.ALLOWED,
        why.build(),
        with(ImmutableMap.copyOf(next), ImmutableMap.copyOf(exp), ImmutableMap.copyOf(first)),
        ImmutableList.of(new LotPart(lot, p)));
  }

  /**
   * Posts the outbound {@code movement}, split over the lots {@code pick} takes. Refused when they
   * hold less than the movement's quantity, under serial tracking when a serial named was issued
   * already, or when a lot's ledger refuses its part; nothing is posted then.
   */
  public LotDecision issue(Movement movement, LotPick pick) {
    Arguments.notNull(movement, "movement");
    Arguments.notNull(pick, "pick");
    Arguments.check(
        !movement.kind().isInbound(),
        "movement must be outbound to be issued, was %s",
        movement.kind());
    checkUnit(movement);
    Explanation.Builder why = Explanation.builder();
    List<LotId> order = order(pick);
    if (tracking == Tracking.SERIAL && pick.order() == LotPick.Order.NAMED) {
      for (LotId s : order) {
        if (lots.get(s).quantityOnHand().signum() == 0) {
          why.add(
              LotRule.SERIAL_ISSUED,
              "serial %s of %s was issued already: cannot be issued twice",
              s,
              item);
          return refused(why);
        }
      }
    }
    BigDecimal left = movement.quantity();
    Map<LotId, BigDecimal> taken = new LinkedHashMap<>();
    for (LotId lot : order) {
      BigDecimal onHand = lots.get(lot).quantityOnHand();
      BigDecimal take = onHand.min(left);
      if (take.signum() > 0) {
        taken.put(lot, take);
        left = left.subtract(take);
      }
    }
    if (left.signum() > 0) {
      why.add(
          LotRule.NOT_ENOUGH,
          "%s asks %s %s of %s; the lots it may take (%s) hold %s",
          movement.document(),
          movement.quantity().stripTrailingZeros().toPlainString(),
          unit,
          item,
          pick.order() == LotPick.Order.NAMED ? order : pick.order(),
          movement.quantity().subtract(left).stripTrailingZeros().toPlainString());
      return refused(why);
    }
    return post(movement, pick, taken, why);
  }

  private LotDecision post(
      Movement movement, LotPick pick, Map<LotId, BigDecimal> taken, Explanation.Builder why) {
    why.add(
        LotRule.PICKED,
        "%s takes %s by %s",
        movement.document(),
        taken.entrySet().stream()
            .map(e -> e.getValue().stripTrailingZeros().toPlainString() + " from " + e.getKey())
            .toList(),
        pick.order());
    Map<LotId, StockLedger> next = new LinkedHashMap<>(lots);
    ImmutableList.Builder<LotPart> parts = ImmutableList.builder();
    for (Map.Entry<LotId, BigDecimal> e : taken.entrySet()) {
      Movement part = Movement.builder().from(movement).quantity(e.getValue()).build();
      Posting p = next.get(e.getKey()).post(part);
      if (p.isRefused()) {
        why.add(LotRule.LEDGER_REFUSED, "lot %s refuses %s", e.getKey(), movement.document())
            .addAll(p.explanation());
        return refused(why);
      }
      next.put(e.getKey(), p.ledger());
      parts.add(new LotPart(e.getKey(), p));
      why.add(
          LotRule.POSTED,
          "%s from lot %s at %s",
          part.quantity().stripTrailingZeros().toPlainString(),
          e.getKey(),
          p.line().orElseThrow().amount());
    }
    return LotDecision.of(
        Outcome.ALLOWED,
        why.build(),
        with(ImmutableMap.copyOf(next), expiries, firstReceived),
        parts.build());
  }

  /** The lots {@code pick} takes, in its order. */
  private List<LotId> order(LotPick pick) {
    if (pick.order() == LotPick.Order.NAMED) {
      for (LotId l : pick.lots()) {
        lot(l);
      }
      return pick.lots();
    }
    List<LotId> all = new ArrayList<>(lots.keySet());
    Comparator<LotId> oldest = Comparator.comparing(firstReceived::get);
    if (pick.order() == LotPick.Order.EXPIRY) {
      Comparator<LotId> expiring =
          Comparator.comparing(
              l -> expiries.get(l).orElse(LocalDate.MAX), Comparator.<LocalDate>naturalOrder());
      all.sort(expiring.thenComparing(oldest));
    } else {
      all.sort(oldest); // a stable sort: lots first received the same day in the order received
    }
    return all;
  }

  private StockLedger openLot() {
    CostingPolicy withinLot =
        CostingPolicy.builder().from(policy).negativeStock(NegativeStockPolicy.REJECT).build();
    return StockLedger.open(item, warehouse, unit, currency, withinLot);
  }

  private void checkUnit(Movement movement) {
    Arguments.check(
        movement.unit().equals(unit),
        "unit of %s must be %s, was %s",
        movement.document(),
        unit,
        movement.unit());
  }

  private LotLedger with(
      ImmutableMap<LotId, StockLedger> lots,
      ImmutableMap<LotId, Optional<LocalDate>> expiries,
      ImmutableMap<LotId, LocalDate> firstReceived) {
    return new LotLedger(
        item, warehouse, unit, currency, policy, tracking, lots, expiries, firstReceived);
  }

  private LotDecision refused(Explanation.Builder why) {
    return LotDecision.of(Outcome.REFUSED, why.build(), this, ImmutableList.of());
  }

  @Override
  public String toString() {
    return "LotLedger "
        + item
        + " @ "
        + warehouse
        + " ("
        + tracking
        + ", "
        + policy.method()
        + "): "
        + lots.size()
        + " lots, "
        + quantityOnHand().toPlainString()
        + " "
        + unit
        + " worth "
        + valueOnHand();
  }
}
