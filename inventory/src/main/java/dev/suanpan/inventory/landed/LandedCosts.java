package dev.suanpan.inventory.landed;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.inventory.BookPosting;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The landed-cost engine: splits a {@link LandedCharge} over the receipts it names ({@link
 * #allocate}) and adds each share to its receipt's cost in a {@link StockBook} ({@link #apply}),
 * through {@link StockBook#amend}: the receipt's unit cost becomes one that makes it worth its
 * value plus its share, and the ledger re-values what follows it by its own costing method, so the
 * part still on hand stays in inventory and the part already issued reaches cost of goods sold
 * (under standard cost the receipt stays at standard and the share goes to its purchase price
 * variance). Stateless.
 *
 * <p>Rejects (an {@link IllegalArgumentException} naming it) a receipt the book does not hold, a
 * document held by more than one receipt of the ledger, a charge in another currency than a
 * receipt's ledger, and receipts whose weights under the basis are all zero. A ledger refusing an
 * amendment, or a share no unit cost can carry exactly, is a refused decision.
 */
public final class LandedCosts {
  private LandedCosts() {}

  /**
   * The figures of the receipts {@code charge} names, in its order, as posted in {@code book}.
   *
   * @throws IllegalArgumentException as {@link LandedCosts} says
   */
  public static ImmutableList<ReceiptFigures> figures(StockBook book, LandedCharge charge) {
    Arguments.notNull(book, "book");
    Arguments.notNull(charge, "charge");
    return figures(book, charge, receipts(book, charge));
  }

  private static ImmutableList<ReceiptFigures> figures(
      StockBook book, LandedCharge charge, Map<ReceiptRef, Movement> found) {
    ImmutableList.Builder<ReceiptFigures> out = ImmutableList.builder();
    for (ReceiptRef r : charge.receipts()) {
      StockLedger ledger = book.ledger(r.item(), r.warehouse());
      Arguments.inCurrency(charge.amount(), ledger.currency(), "amount");
      Movement m = found.get(r);
      BigDecimal cost = m.unitCost().orElseThrow();
      Money value =
          Money.of(
              ledger.currency(),
              m.quantity()
                  .multiply(cost)
                  .setScale(
                      ledger.currency().getDecimalPlaces(), ledger.policy().rounding().mode()));
      out.add(
          ReceiptFigures.of(
              r,
              m.date(),
              m.quantity(),
              cost,
              value,
              charge.weights().getOrDefault(r, BigDecimal.ZERO),
              ledger.policy().rounding().mode()));
    }
    return out.build();
  }

  /** The receipts {@code charge} names, as posted, each ledger read once. */
  private static Map<ReceiptRef, Movement> receipts(StockBook book, LandedCharge charge) {
    Map<List<Object>, Map<String, ReceiptRef>> wanted = new LinkedHashMap<>();
    for (ReceiptRef r : charge.receipts()) {
      wanted
          .computeIfAbsent(List.of(r.item(), r.warehouse()), k -> new HashMap<>())
          .put(r.document(), r);
    }
    Map<ReceiptRef, Movement> found = new HashMap<>();
    for (Map.Entry<List<Object>, Map<String, ReceiptRef>> e : wanted.entrySet()) {
      ItemId item = (ItemId) e.getKey().get(0);
      WarehouseId warehouse = (WarehouseId) e.getKey().get(1);
      StockLedger ledger = book.ledger(item, warehouse);
      for (int i = 0; i < ledger.size(); i++) {
        Movement m = ledger.movement(i);
        ReceiptRef r = m.kind() == MovementKind.RECEIPT ? e.getValue().get(m.document()) : null;
        if (r != null) {
          Arguments.check(
              found.put(r, m) == null,
              "receipt %s is held more than once by the ledger; a landed cost names one",
              r);
        }
      }
    }
    for (ReceiptRef r : charge.receipts()) {
      Arguments.check(found.containsKey(r), "receipt %s is not posted in the book", r);
    }
    return found;
  }

  /**
   * Splits {@code charge} over the receipts {@code book} holds (see {@link #figures}).
   *
   * @throws IllegalArgumentException as {@link LandedCosts} says
   */
  public static LandedCostAllocation allocate(StockBook book, LandedCharge charge) {
    return allocate(charge, figures(book, charge));
  }

  /**
   * Splits {@code charge} over {@code receipts} (one per receipt the charge names, in its order) in
   * proportion to their value, quantity or weight, by the largest remainder: the shares add up to
   * the charge to the minor unit, each within one minor unit of its exact share.
   *
   * @throws IllegalArgumentException if {@code receipts} are not the charge's, in its order, or
   *     their figures under the basis are all zero
   */
  public static LandedCostAllocation allocate(LandedCharge charge, List<ReceiptFigures> receipts) {
    Arguments.notNull(charge, "charge");
    Arguments.notNull(receipts, "receipts");
    int n = charge.receipts().size();
    Arguments.check(
        receipts.size() == n,
        "receipts must be the %s the charge names, were %s",
        n,
        receipts.size());
    List<BigDecimal> weights = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ReceiptFigures f = receipts.get(i);
      Arguments.check(
          f.receipt().equals(charge.receipts().get(i)),
          "receipts[%s] must be %s, was %s",
          i,
          charge.receipts().get(i),
          f.receipt());
      weights.add(weight(charge.basis(), f));
    }
    Arguments.check(
        weights.stream().anyMatch(w -> w.signum() > 0),
        "receipts of %s must not all have a zero %s",
        charge.document(),
        charge.basis());
    ImmutableList<Money> parts = split(charge.amount(), weights);
    ImmutableList.Builder<LandedCostShare> shares = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      shares.add(LandedCostShare.of(receipts.get(i), weights.get(i), parts.get(i)));
    }
    Explanation why =
        Explanation.builder()
            .add(
                LandedCostRule.ALLOCATED,
                "%s %s %s split over %s receipts by %s, largest remainder",
                charge.kind(),
                charge.document(),
                charge.amount(),
                n,
                charge.basis())
            .build();
    return LandedCostAllocation.of(charge, shares.build(), why);
  }

  private static BigDecimal weight(AllocationBasis basis, ReceiptFigures f) {
    return switch (basis) {
      case VALUE -> f.value().getAmount();
      case QUANTITY -> f.quantity();
      case WEIGHT -> f.weight();
    };
  }

  /**
   * Allocates {@code charge} and amends each receipt in {@code book} to carry its share, in the
   * charge's order, following the goods through transfers; all or nothing.
   *
   * @throws IllegalArgumentException as {@link LandedCosts} says
   */
  public static LandedCostDecision apply(StockBook book, LandedCharge charge) {
    Arguments.notNull(book, "book");
    Arguments.notNull(charge, "charge");
    Map<ReceiptRef, Movement> posted = receipts(book, charge);
    LandedCostAllocation allocation = allocate(charge, figures(book, charge, posted));
    Explanation.Builder why = Explanation.builder().addAll(allocation.explanation());
    for (LandedCostShare s : allocation.shares()) {
      if (s.unitCostAfter().isEmpty()) {
        why.add(
            LandedCostRule.NOT_EXACT,
            "%s: %s at %s worth %s plus %s makes %s, which no unit cost of %s places gives",
            s.receipt().receipt(),
            s.receipt().quantity().toPlainString(),
            s.receipt().unitCost().toPlainString(),
            s.receipt().value(),
            s.share(),
            s.valueAfter(),
            Movement.UNIT_COST_SCALE);
        return refused(why, allocation, book);
      }
    }
    StockBook next = book;
    ImmutableList.Builder<BookPosting> postings = ImmutableList.builder();
    Money cogs = Money.zero(charge.amount().getCurrencyUnit());
    for (LandedCostShare s : allocation.shares()) {
      ReceiptRef r = s.receipt().receipt();
      Movement was = posted.get(r);
      Movement now = Movement.builder().from(was).unitCost(s.unitCostAfter().get()).build();
      BookPosting p = next.amend(r.item(), r.warehouse(), now);
      if (p.isRefused()) {
        why.add(LandedCostRule.LEDGER_REFUSED, "%s: the ledger refuses the amended receipt", r)
            .addAll(p.explanation());
        return refused(why, allocation, book);
      }
      for (var q : p.postings()) {
        cogs = cogs.plus(q.costOfGoodsSoldChange());
      }
      next = p.book();
      postings.add(p);
    }
    why.add(
        LandedCostRule.REVALUED,
        "%s receipts amended to carry %s; cost of goods sold changed by %s, the rest on hand",
        allocation.shares().size(),
        charge.amount(),
        cogs);
    return LandedCostDecision.of(Outcome.ALLOWED, why.build(), allocation, next, postings.build());
  }

  private static LandedCostDecision refused(
      Explanation.Builder why, LandedCostAllocation allocation, StockBook book) {
    return LandedCostDecision.of(
        Outcome.REFUSED, why.build(), allocation, book, ImmutableList.of());
  }

  /**
   * The largest-remainder split of {@link Allocation#byWeights} (the same parts, ties to the
   * earlier), in {@code long} arithmetic when the charge's minor units times every weight (at their
   * common scale) fit in a {@code long}; otherwise {@link Allocation#byWeights} itself.
   */
  static ImmutableList<Money> split(Money total, List<BigDecimal> weights) {
    int n = weights.size();
    int scale = 0;
    for (BigDecimal w : weights) {
      scale = Math.max(scale, w.scale());
    }
    long whole = total.getAmountMinor().longValueExact();
    long[] w = new long[n];
    long sum = 0;
    try {
      for (int i = 0; i < n; i++) {
        w[i] = weights.get(i).setScale(scale).unscaledValue().longValueExact();
        sum = Math.addExact(sum, w[i]);
        Math.multiplyExact(whole, w[i]);
      }
    } catch (ArithmeticException tooLarge) {
      return Allocation.byWeights(total, weights);
    }
    if (whole < 0 || sum == 0) {
      return Allocation.byWeights(total, weights);
    }
    long[] parts = new long[n];
    long[] rem = new long[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      long p = whole * w[i];
      parts[i] = p / sum;
      rem[i] = p % sum;
      given += parts[i];
    }
    int left = (int) (whole - given);
    if (left > 0) {
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      // largest remainder first; a stable sort keeps ties in order, the earlier first
      Arrays.sort(order, (a, b) -> Long.compare(rem[b], rem[a]));
      for (int k = 0; k < left; k++) {
        parts[order[k]]++;
      }
    }
    CurrencyUnit currency = total.getCurrencyUnit();
    ImmutableList.Builder<Money> out = ImmutableList.builderWithExpectedSize(n);
    for (long p : parts) {
      out.add(Money.ofMinor(currency, p));
    }
    return out.build();
  }
}
