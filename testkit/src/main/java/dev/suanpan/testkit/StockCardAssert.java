package dev.suanpan.testkit;

import dev.suanpan.inventory.StockCard;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.joda.money.Money;

/**
 * AssertJ assertions on a {@link StockCard} (明细账): the library's own, or one your code or your ERP
 * produced. Failure messages print the figures of the lines that break the rule. Reached through
 * {@link InventoryAssertions#assertThat(StockCard)}.
 *
 * <p>Rejects null expected values.
 */
public class StockCardAssert extends AbstractAssert<StockCardAssert, StockCard> {
  /** Assertions on {@code actual}. */
  public StockCardAssert(StockCard actual) {
    super(actual, StockCardAssert.class);
  }

  /**
   * Value is conserved, exactly: opening value + value in + standard cost revaluations = cost out +
   * true-ups + closing value, and line by line the balance before + its revaluation + value in −
   * cost out − true-up = the balance after (the same for quantities). Revaluations are zero but
   * under standard cost ({@link StockCardLine#standardRevaluation()}).
   */
  public StockCardAssert conservesValue() {
    isNotNull();
    List<String> violations = new ArrayList<>();
    BigDecimal quantity = actual.openingQuantity();
    Money value = actual.openingValue();
    for (StockCardLine l : actual.lines()) {
      BigDecimal expectedQuantity = quantity.add(l.quantityIn()).subtract(l.quantityOut());
      Money moved = l.kind().isInbound() ? l.amount() : l.amount().negated();
      Money expectedValue = value.plus(l.standardRevaluation()).plus(moved).minus(l.trueUp());
      if (expectedQuantity.compareTo(l.balanceQuantity()) != 0
          || !expectedValue.equals(l.balanceValue())) {
        violations.add(
            String.format(
                "line %s %s %s: %s %s worth %s %s %s %s for %s (true-up %s%s) should leave %s"
                    + " %s worth %s, the card shows %s %s worth %s",
                l.index(),
                l.document(),
                l.kind(),
                quantity.toPlainString(),
                actual.unit(),
                value,
                l.kind().isInbound() ? "+" : "-",
                (l.kind().isInbound() ? l.quantityIn() : l.quantityOut()).toPlainString(),
                actual.unit(),
                l.amount(),
                l.trueUp(),
                l.standardRevaluation().isZero()
                    ? ""
                    : ", standard cost revaluation " + l.standardRevaluation(),
                expectedQuantity.toPlainString(),
                actual.unit(),
                expectedValue,
                l.balanceQuantity().toPlainString(),
                actual.unit(),
                l.balanceValue()));
      }
      quantity = l.balanceQuantity();
      value = l.balanceValue();
    }
    Money revaluations = actual.standardRevaluations();
    Money left = actual.openingValue().plus(actual.valueIn()).plus(revaluations);
    Money right = actual.costOut().plus(actual.trueUps()).plus(actual.closingValue());
    if (!left.equals(right)) {
      violations.add(
          String.format(
              "opening %s + in %s%s = %s, but out %s + true-ups %s + closing %s = %s",
              actual.openingValue(),
              actual.valueIn(),
              revaluations.isZero() ? "" : " + standard cost revaluations " + revaluations,
              left,
              actual.costOut(),
              actual.trueUps(),
              actual.closingValue(),
              right));
    }
    return failIfAny("to conserve value", violations);
  }

  /**
   * No line leaves a negative quantity on hand. (Values are not checked line by line: under the
   * month-end average a line's running value is provisional, and the month's rounding difference
   * goes to the ending inventory or to the issues, as the policy says.)
   */
  public StockCardAssert neverGoesNegative() {
    isNotNull();
    List<String> violations = new ArrayList<>();
    for (StockCardLine l : actual.lines()) {
      if (l.balanceQuantity().signum() < 0) {
        violations.add(
            String.format(
                "line %s %s %s leaves %s %s on hand",
                l.index(),
                l.document(),
                l.kind(),
                l.balanceQuantity().toPlainString(),
                actual.unit()));
      }
    }
    return failIfAny("never to go negative", violations);
  }

  /**
   * A line that empties the stock leaves no value behind (no rounding residue). Under FIFO, the
   * moving average and standard cost that is every such line; under the month-end average, where
   * issues take the month's unit cost, only a month's last line once the month is no longer {@link
   * StockCardLine#provisional() provisional}.
   */
  public StockCardAssert holdsNoValueWhenEmpty() {
    isNotNull();
    boolean monthly = actual.method() == CostingMethod.MONTHLY_AVERAGE;
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < actual.lines().size(); i++) {
      StockCardLine l = actual.lines().get(i);
      boolean endsMonth =
          i + 1 == actual.lines().size()
              || !YearMonth.from(actual.lines().get(i + 1).date()).equals(YearMonth.from(l.date()));
      boolean applies = !l.provisional() && (!monthly || endsMonth);
      if (applies && l.balanceQuantity().signum() == 0 && !l.balanceValue().isZero()) {
        violations.add(
            String.format(
                "line %s %s %s empties the stock but leaves %s",
                l.index(), l.document(), l.kind(), l.balanceValue()));
      }
    }
    return failIfAny("to hold no value when empty", violations);
  }

  /** The closing quantity equals {@code expected} (compared as a number, whatever its scale). */
  public StockCardAssert hasClosingQuantity(BigDecimal expected) {
    isNotNull();
    Arguments.notNull(expected, "expected");
    if (actual.closingQuantity().compareTo(expected) != 0) {
      failWithMessage(
          "Expected a closing quantity of %s but was %s",
          expected.toPlainString(), actual.closingQuantity().toPlainString());
    }
    return myself;
  }

  /** The closing value equals {@code expected}. */
  public StockCardAssert hasClosingValue(Money expected) {
    isNotNull();
    Arguments.notNull(expected, "expected");
    if (!actual.closingValue().equals(expected)) {
      failWithMessage("Expected a closing value of %s but was %s", expected, actual.closingValue());
    }
    return myself;
  }

  private StockCardAssert failIfAny(String rule, List<String> violations) {
    if (!violations.isEmpty()) {
      failWithMessage(
          "Expected the stock card of %s in %s %s, but:%n  %s",
          actual.item(), actual.warehouse(), rule, String.join("\n  ", violations));
    }
    return myself;
  }
}
