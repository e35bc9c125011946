package dev.suanpan.inventory.landed;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A receipt as a landed cost sees it: where it is, its date, quantity and unit cost as posted, its
 * value as received (quantity × unit cost, rounded by its ledger's rounding) and its weight under
 * {@link AllocationBasis#WEIGHT} (zero otherwise), and its ledger's rounding mode. Rejects a
 * quantity that is not positive and a negative unit cost, value or weight.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ReceiptFigures {
  /** The receipt. */
  public abstract ReceiptRef receipt();

  /** Its date. */
  public abstract LocalDate date();

  /** Its quantity, in its ledger's unit. */
  public abstract BigDecimal quantity();

  /** Its unit cost as posted. */
  public abstract BigDecimal unitCost();

  /** Its value as received. */
  public abstract Money value();

  /** Its weight under the weight basis; zero otherwise. */
  public abstract BigDecimal weight();

  /** How its ledger rounds a cost to the minor unit. */
  public abstract RoundingMode rounding();

  /** The figures of one receipt. */
  public static ReceiptFigures of(
      ReceiptRef receipt,
      LocalDate date,
      BigDecimal quantity,
      BigDecimal unitCost,
      Money value,
      BigDecimal weight,
      RoundingMode rounding) {
    return ImmutableReceiptFigures.builder()
        .receipt(receipt)
        .date(date)
        .quantity(quantity)
        .unitCost(unitCost)
        .value(value)
        .weight(weight)
        .rounding(rounding)
        .build();
  }

  @Value.Check
  void check() {
    Arguments.positive(quantity(), "quantity");
    Arguments.nonNegative(unitCost(), "unitCost");
    Arguments.nonNegative(value(), "value");
    Arguments.nonNegative(weight(), "weight");
  }
}
