package dev.suanpan.inventory;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.journal.JournalEntry;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What {@link TransitLoss#assess} makes of a {@link TransitShortage}: the {@link #receipt()} to
 * post (the quantity received, carrying the invoice value less the abnormal loss), the normal and
 * abnormal loss quantities, the abnormal loss's value and the input VAT transferred out, and the
 * {@link #journal()} of the abnormal loss. Immutable.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class TransitLossReport {
  /** The shortage assessed. */
  public abstract TransitShortage shortage();

  /**
   * The receipt to post: the quantity received at the unit cost that carries {@link
   * #receiptValue()}.
   */
  public abstract Movement receipt();

  /** The value the receipt brings into stock: the invoice value less the abnormal loss's. */
  public abstract Money receiptValue();

  /**
   * The part of the shortage that is a normal loss (合理损耗): its value stays in the receipt's cost.
   */
  public abstract BigDecimal normalLossQuantity();

  /** The part of the shortage beyond the normal loss (非正常损耗). */
  public abstract BigDecimal abnormalLossQuantity();

  /** The abnormal loss's share of the invoice value, pro rata to the invoiced quantity. */
  public abstract Money abnormalLossValue();

  /** The input VAT transferred out (进项税额转出) for the abnormal loss; zero when its cause keeps it. */
  public abstract Money vatTransferredOut();

  /**
   * The entry of the abnormal loss, dated and referenced as the receipt: Dr stocktake and loss
   * pending (待处理财产损溢) / Cr goods received not invoiced (its value) and Cr input VAT transferred
   * out; empty when there is none (the receipt's own entry comes from posting it).
   */
  public abstract ImmutableList<JournalEntry> journal();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransitLossReport}. */
  static final class Builder extends ImmutableTransitLossReport.Builder {
    Builder() {}
  }
}
