package dev.suanpan.inventory;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A delivery that arrived short of its purchase invoice (运输途中的损耗): {@link #invoicedQuantity()}
 * invoiced at {@link #invoiceValue()} (net of VAT) with {@link #inputVat()}, {@link
 * #receivedQuantity()} received on {@link #date()} under receipt note {@link #document()} against
 * purchase order {@link #order()}; of the shortage, up to {@link #normalLossAllowance()} is a
 * normal loss (合理损耗) and the rest an abnormal loss (非正常损耗) of {@link #cause()}. Rejects nulls, a
 * blank document or order, quantities that are not positive (the allowance may be zero), more
 * received than invoiced, values in two currencies and a negative value or VAT.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class TransitShortage {
  /** The day the goods were received. */
  public abstract LocalDate date();

  /** The receipt note. */
  public abstract String document();

  /** The purchase order, the receipt's reference. */
  public abstract String order();

  /** The unit of the quantities. */
  public abstract UnitOfMeasure unit();

  /** The quantity the supplier invoiced. */
  public abstract BigDecimal invoicedQuantity();

  /** The quantity that arrived. */
  public abstract BigDecimal receivedQuantity();

  /** The invoice value, net of VAT. */
  public abstract Money invoiceValue();

  /** The input VAT on the invoice. */
  public abstract Money inputVat();

  /** The quantity of the shortage that is a normal loss (合理损耗); zero by default. */
  @Value.Default
  public BigDecimal normalLossAllowance() {
    return BigDecimal.ZERO;
  }

  /**
   * Why the goods beyond the normal loss were lost; {@link TransitLossCause#MISMANAGEMENT} by
   * default.
   */
  @Value.Default
  public TransitLossCause cause() {
    return TransitLossCause.MISMANAGEMENT;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransitShortage}; rejects what {@link TransitShortage} rejects. */
  public static final class Builder extends ImmutableTransitShortage.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(document(), "document");
    Arguments.notBlank(order(), "order");
    Arguments.positive(invoicedQuantity(), "invoicedQuantity");
    Arguments.positive(receivedQuantity(), "receivedQuantity");
    Arguments.nonNegative(normalLossAllowance(), "normalLossAllowance");
    Arguments.check(
        receivedQuantity().compareTo(invoicedQuantity()) <= 0,
        "receivedQuantity %s must not be more than invoicedQuantity %s",
        receivedQuantity().toPlainString(),
        invoicedQuantity().toPlainString());
    Arguments.inCurrency(inputVat(), invoiceValue().getCurrencyUnit(), "inputVat");
    Arguments.nonNegative(invoiceValue(), "invoiceValue");
    Arguments.nonNegative(inputVat(), "inputVat");
  }
}
