package dev.suanpan.core.credit.invoice;

import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * The invoice gate (60%以上货款回收时方可开据发票): an invoice may be issued only when at least the policy's
 * share of the price (60% in 002 第一篇 §11) has been collected; the comparison is exact and
 * inclusive. Immutable and thread-safe.
 */
public final class InvoiceGate {
  private static final Rounding UP = Rounding.toMinorUnit(RoundingMode.CEILING);
  private final CreditPolicy policy;

  private InvoiceGate(CreditPolicy policy) {
    this.policy = policy;
  }

  /** The gate with {@code policy}'s share. */
  public static InvoiceGate of(CreditPolicy policy) {
    return new InvoiceGate(Arguments.notNull(policy, "policy"));
  }

  /**
   * Whether an invoice for a contract of {@code contractValue} may be issued once {@code collected}
   * has been received.
   *
   * @throws IllegalArgumentException if the value is not positive, collected is negative, or an
   *     amount is in another currency than the policy's
   */
  public InvoiceDecision check(Money contractValue, Money collected) {
    Arguments.positive(contractValue, "contractValue");
    Arguments.nonNegative(collected, "collected");
    Arguments.inCurrency(contractValue, policy.currency(), "contractValue");
    Arguments.inCurrency(collected, policy.currency(), "collected");
    BigMoney exactRequired = policy.invoiceShare().ofExact(contractValue.toBigMoney());
    Money required = UP.round(exactRequired);
    boolean open = collected.toBigMoney().compareTo(exactRequired) >= 0;
    Money shortfall = open ? Money.zero(policy.currency()) : required.minus(collected);
    Explanation why =
        Explanation.empty()
            .and(
                InvoiceRule.COLLECTED_SHARE,
                "collected "
                    + collected
                    + (open ? " reaches " : " is below ")
                    + policy.invoiceShare()
                    + " of "
                    + contractValue
                    + " ("
                    + required
                    + ")"
                    + (open ? "; invoice may be issued" : "; waits for " + shortfall));
    return ImmutableInvoiceDecision.builder()
        .outcome(open ? Outcome.ALLOWED : Outcome.HELD)
        .explanation(why)
        .contractValue(contractValue)
        .collected(collected)
        .required(required)
        .shortfall(shortfall)
        .build();
  }
}
