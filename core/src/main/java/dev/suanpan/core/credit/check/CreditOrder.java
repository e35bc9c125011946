package dev.suanpan.core.credit.check;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A sales order (or sales document awaiting approval, 未审核销售单) to be checked against the customer's
 * credit: the customer, the document number, its amount and, when it was already sent up, the
 * signed approval of an excess over the limit.
 *
 * <p>Rejects a blank document and an amount that is not positive.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CreditOrder {
  /** Who orders. */
  public abstract CustomerId customer();

  /** The order's document number. */
  public abstract String document();

  /** The order's value. */
  public abstract Money amount();

  /** The signed approval of an excess over the credit limit, if one was given. */
  public abstract Optional<CreditApproval> approval();

  /** An order with no approval. */
  public static CreditOrder of(CustomerId customer, String document, Money amount) {
    return builder().customer(customer).document(document).amount(amount).build();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreditOrder}; rejects what {@link CreditOrder} rejects. */
  public static final class Builder extends ImmutableCreditOrder.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(customer(), "customer");
    Arguments.notBlank(document(), "document");
    Arguments.positive(amount(), "amount");
  }
}
