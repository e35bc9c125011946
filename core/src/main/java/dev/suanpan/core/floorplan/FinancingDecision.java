package dev.suanpan.core.floorplan;

import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The answer of {@link FloorPlan#finance}: the car is financed ({@link Outcome#ALLOWED}, with the
 * new floor plan, the car and its entry) or the bank's credit line does not allow the loan ({@link
 * Outcome#REFUSED}, the floor plan unchanged); either way with the split of the price and the
 * explanation. Rejects a decision whose car and entry are not present exactly when it is allowed,
 * or whose loan and own funds do not add up to the price.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class FinancingDecision implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  /** Never set: the bank's credit line is not the dealer's to approve. */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }

  /** The floor plan after the decision: with the car when financed, unchanged when refused. */
  public abstract FloorPlan floorPlan();

  /** The car's purchase price. */
  public abstract Money price();

  /** The bank's loan for the car (what it would lend, when refused). */
  public abstract Money loan();

  /** The dealer's own funds for the car: the price less the loan. */
  public abstract Money dealerFunds();

  /** The financed car with its certificate pledged; empty when refused. */
  public abstract Optional<FinancedCar> car();

  /**
   * The entry of the purchase when financed: Dr inventory the price, Cr short-term borrowings the
   * loan, Cr bank the dealer's own funds; empty when refused.
   */
  public abstract Optional<JournalEntry> entry();

  @Value.Check
  protected void check() {
    Arguments.notNull(outcome(), "outcome");
    Arguments.check(
        outcome() == Outcome.ALLOWED || outcome() == Outcome.REFUSED,
        "outcome must be ALLOWED or REFUSED, was %s",
        outcome());
    boolean allowed = outcome() == Outcome.ALLOWED;
    Arguments.check(
        car().isPresent() == allowed && entry().isPresent() == allowed,
        "a financing decision %s must %s a car and an entry, had car %s and entry %s",
        outcome(),
        allowed ? "have" : "have neither",
        car(),
        entry());
    Arguments.check(
        loan().plus(dealerFunds()).equals(price()),
        "loan %s and dealerFunds %s must add up to the price %s",
        loan(),
        dealerFunds(),
        price());
  }
}
