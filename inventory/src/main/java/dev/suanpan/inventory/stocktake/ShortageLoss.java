package dev.suanpan.inventory.stocktake;

import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * How an approved stocktake shortage is resolved ({@link StocktakeLosses#resolve}): its {@link
 * #cause()}, the {@link #inputVat() input VAT on the lost goods} (transferred out under {@link
 * ShortageCause#THEFT_OR_MISMANAGEMENT}), the {@link #insuranceRecovery() insurance recovery}, and
 * whether normal shrinkage goes to cost of goods sold instead of administrative expense. Rejects
 * nulls, negative amounts, amounts in two currencies, input VAT for a cause that keeps it, and an
 * insurance recovery for normal shrinkage or the custodian's fault.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ShortageLoss {
  /** Why the goods were lost. */
  public abstract ShortageCause cause();

  /** The input VAT on the lost goods' cost, transferred out for theft or mismanagement. */
  public abstract Money inputVat();

  /** What the insurer pays (theft, mismanagement, natural disaster); zero if nothing. */
  public abstract Money insuranceRecovery();

  /** Normal shrinkage to cost of goods sold (true) or to administrative expense (the default). */
  @Value.Default
  public boolean shrinkageToCostOfGoodsSold() {
    return false;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ShortageLoss}; rejects what {@link ShortageLoss} rejects. */
  public static final class Builder extends ImmutableShortageLoss.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.nonNegative(inputVat(), "inputVat");
    Arguments.nonNegative(insuranceRecovery(), "insuranceRecovery");
    Arguments.inCurrency(insuranceRecovery(), inputVat().getCurrencyUnit(), "insuranceRecovery");
    Arguments.check(
        inputVat().isZero() || cause() == ShortageCause.THEFT_OR_MISMANAGEMENT,
        "inputVat is transferred out only for THEFT_OR_MISMANAGEMENT, was %s for %s",
        inputVat(),
        cause());
    Arguments.check(
        insuranceRecovery().isZero()
            || cause() == ShortageCause.THEFT_OR_MISMANAGEMENT
            || cause() == ShortageCause.NATURAL_DISASTER,
        "insuranceRecovery applies to theft, mismanagement or a natural disaster, was %s for %s",
        insuranceRecovery(),
        cause());
  }
}
