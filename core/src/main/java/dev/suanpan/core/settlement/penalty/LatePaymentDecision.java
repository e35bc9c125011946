package dev.suanpan.core.settlement.penalty;

import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.interest.PenaltyAssessment;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The late-payment penalties (滞纳金) on a payment schedule as of a day: one {@link PenaltyAssessment}
 * per instalment paid late or still overdue, by label, and the total. Always {@link
 * Outcome#ALLOWED}: charging the contract's penalty needs nobody's signature.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class LatePaymentDecision implements Decision {
  /** The day the penalties are assessed to. */
  public abstract LocalDate asOf();

  /** The currency of the schedule. */
  public abstract CurrencyUnit currency();

  /** The assessment of each instalment paid late or overdue on {@link #asOf()}, by label. */
  public abstract ImmutableMap<String, PenaltyAssessment> assessments();

  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  @Override
  public abstract Optional<AuthorityRoute> approval();

  /** The total penalty. */
  public Money totalPenalty() {
    Money m = Money.zero(currency());
    for (PenaltyAssessment a : assessments().values()) {
      m = m.plus(a.penalty());
    }
    return m;
  }

  /** The penalty on the instalment with {@code label}; zero if it was on time. */
  public Money penaltyOn(String label) {
    PenaltyAssessment a = assessments().get(label);
    return a == null ? Money.zero(currency()) : a.penalty();
  }
}
