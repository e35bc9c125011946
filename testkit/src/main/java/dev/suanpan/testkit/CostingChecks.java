package dev.suanpan.testkit;

import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockCard;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Ready-made checks a user runs on their <em>own</em> costing choice ({@link CostingPolicy}), or on
 * their own costing code that produces a {@link StockCard}, over a movement history: call them from
 * a jqwik property over {@link InventoryArbitraries#movements()}. Each throws {@link
 * AssertionError} listing every violation with its figures, or returns quietly. Requires {@code
 * suanpan-inventory} on the test classpath.
 *
 * <p>Rejects null arguments, an empty history and a costing function that returns null.
 */
public final class CostingChecks {
  private CostingChecks() {}

  /**
   * Costing conserves value under {@code policy} for {@code movements} (which must never take the
   * stock below zero, as generated): every movement is accepted, and the resulting ledger's card
   * conserves value exactly, never goes negative and holds no value when empty (see {@link
   * CostingChecks#assertConservesValue(Function, List)}).
   */
  public static void assertConservesValue(CostingPolicy policy, List<Movement> movements) {
    Arguments.notNull(policy, "policy");
    Arguments.notEmpty(movements, "movements");
    assertConservesValue(ms -> card(policy, ms), movements);
  }

  /**
   * With only goods coming in at their own cost, every costing choice agrees with the actual cost:
   * the movements of {@code movements} that bring an actual cost (receipts, transfers in, opening
   * balances) are posted in order under {@code policy} and under FIFO with the same rounding (the
   * actual cost of each layer), and line by line the quantities agree and the value on hand plus
   * the purchase price variance so far less the standard cost revaluations so far equals the actual
   * cost. Under FIFO and both averages the variance and revaluations are zero, so the values agree
   * outright; under standard cost the variance and revaluations reconcile the standard value to the
   * actual cost. Nothing to check when the history has no such movement.
   *
   * @throws AssertionError listing every line that does not reconcile, with its figures
   * @throws IllegalArgumentException if {@code movements} is empty, or under standard cost a
   *     movement is dated before the policy's first standard (the ledger rejects it)
   */
  public static void assertReconcilesToActualCost(CostingPolicy policy, List<Movement> movements) {
    Arguments.notNull(policy, "policy");
    Arguments.notEmpty(movements, "movements");
    List<Movement> in =
        movements.stream()
            .filter(
                m ->
                    m.kind() == MovementKind.RECEIPT
                        || m.kind() == MovementKind.TRANSFER_IN
                        || m.kind() == MovementKind.OPENING_BALANCE)
            .toList();
    if (in.isEmpty()) {
      return;
    }
    CostingPolicy fifo =
        CostingPolicy.builder().method(CostingMethod.FIFO).rounding(policy.rounding()).build();
    StockCard actual = card(fifo, in);
    StockCard card = card(policy, in);
    List<String> violations = new ArrayList<>();
    Money variance = card.openingValue().multipliedBy(0);
    Money revaluations = variance;
    for (int i = 0; i < in.size(); i++) {
      StockCardLine a = actual.lines().get(i);
      StockCardLine l = card.lines().get(i);
      variance = variance.plus(l.purchasePriceVariance());
      revaluations = revaluations.plus(l.standardRevaluation());
      Money reconciled = l.balanceValue().plus(variance).minus(revaluations);
      if (l.balanceQuantity().compareTo(a.balanceQuantity()) != 0
          || !reconciled.equals(a.balanceValue())) {
        violations.add(
            String.format(
                "line %s %s %s: %s on hand worth %s + variance %s - revaluations %s = %s, but at"
                    + " actual cost %s on hand worth %s",
                l.index(),
                l.document(),
                l.kind(),
                l.balanceQuantity().toPlainString(),
                l.balanceValue(),
                variance,
                revaluations,
                reconciled,
                a.balanceQuantity().toPlainString(),
                a.balanceValue()));
      }
    }
    Violations.failIfAny(
        "costing by " + policy.method() + " does not reconcile to the actual cost", violations);
  }

  private static StockCard card(CostingPolicy policy, List<Movement> movements) {
    UnitOfMeasure unit = movements.get(0).unit();
    CurrencyUnit currency =
        movements.stream()
            .flatMap(m -> m.value().stream())
            .map(v -> v.getCurrencyUnit())
            .findFirst()
            .orElse(MoneyArbitraries.CNY);
    StockLedger ledger =
        StockLedger.open(
            InventoryArbitraries.ITEM, InventoryArbitraries.WAREHOUSE, unit, currency, policy);
    for (Movement m : movements) {
      Posting p = ledger.post(m);
      if (!p.isAllowed()) {
        throw new AssertionError(
            "costing by " + policy + " refused " + m + ":\n" + p.explanation());
      }
      ledger = p.ledger();
    }
    return ledger.card();
  }

  /**
   * The same check on the user's own costing code: {@code cost} values {@code movements} into a
   * stock card with an empty opening balance. The card must have one line per movement with the
   * movement's quantity in or out, conserve value exactly (opening + in = out + true-ups + closing,
   * line by line), never go negative, and hold no value once the stock is empty (no rounding
   * residue left behind).
   */
  public static void assertConservesValue(
      Function<List<Movement>, StockCard> cost, List<Movement> movements) {
    Arguments.notNull(cost, "cost");
    Arguments.notEmpty(movements, "movements");
    StockCard card = Arguments.notNull(cost.apply(movements), "stock card");
    List<String> violations = new ArrayList<>();
    if (card.lines().size() != movements.size()) {
      violations.add(
          "the card has " + card.lines().size() + " lines for " + movements.size() + " movements");
    } else {
      for (int i = 0; i < movements.size(); i++) {
        Movement m = movements.get(i);
        StockCardLine l = card.lines().get(i);
        BigDecimal moved = m.kind().isInbound() ? l.quantityIn() : l.quantityOut();
        if (moved.compareTo(m.quantity()) != 0) {
          violations.add(
              "line "
                  + i
                  + " moves "
                  + moved.toPlainString()
                  + " but movement "
                  + m.document()
                  + " moves "
                  + m.quantity().toPlainString());
        }
      }
    }
    StockCardAssert rules = new StockCardAssert(card);
    for (Runnable rule :
        List.<Runnable>of(
            rules::conservesValue, rules::neverGoesNegative, rules::holdsNoValueWhenEmpty)) {
      try {
        rule.run();
      } catch (AssertionError e) {
        violations.add(e.getMessage().strip().replace("\n", "\n  "));
      }
    }
    Violations.failIfAny("costing does not conserve value by " + card.method(), violations);
  }
}
