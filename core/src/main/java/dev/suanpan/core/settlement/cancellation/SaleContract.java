package dev.suanpan.core.settlement.cancellation;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.money.internal.Arguments;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A sale or property subscription as far as a cancellation needs it: who bought, the total contract
 * price, and every payment received so far with its kind.
 *
 * <p>Rejects a non-positive price and payments in another currency than the price.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class SaleContract {
  /** The caller's reference of the contract or subscription. */
  public abstract String reference();

  /** The buyer. */
  public abstract CustomerId customer();

  /** The total contract price (the deposit cap and liquidated damages are percents of it). */
  public abstract Money contractPrice();

  /** Every payment received, in any order. */
  public abstract ImmutableList<Payment> payments();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SaleContract}; rejects what {@link SaleContract} rejects. */
  public static final class Builder extends ImmutableSaleContract.Builder {
    Builder() {}
  }

  /** The currency of the contract. */
  public CurrencyUnit currency() {
    return contractPrice().getCurrencyUnit();
  }

  /** The total received, all kinds together. */
  public Money totalPaid() {
    Money sum = Money.zero(currency());
    for (Payment p : payments()) {
      sum = sum.plus(p.amount());
    }
    return sum;
  }

  /** The total received of {@code kind}; zero if none. */
  public Money paid(PaymentKind kind) {
    Arguments.notNull(kind, "kind");
    Money sum = Money.zero(currency());
    for (Payment p : payments()) {
      if (p.kind() == kind) {
        sum = sum.plus(p.amount());
      }
    }
    return sum;
  }

  /** The totals received by kind, in the order of {@link PaymentKind}, kinds not paid left out. */
  public Map<PaymentKind, Money> paidByKind() {
    Map<PaymentKind, Money> out = new EnumMap<>(PaymentKind.class);
    for (PaymentKind k : PaymentKind.values()) {
      Money m = paid(k);
      if (!m.isZero()) {
        out.put(k, m);
      }
    }
    return out;
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(reference(), "reference");
    Arguments.positive(contractPrice(), "contractPrice");
    for (int i = 0; i < payments().size(); i++) {
      Arguments.inCurrency(payments().get(i).amount(), currency(), "payments[" + i + "].amount");
    }
  }
}
