package dev.suanpan.core.settlement.service;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A prepaid service contract (an extended warranty, a maintenance package): the price paid, the
 * cover period (both days included), and, for a package of services, how many it includes.
 *
 * <p>Rejects a non-positive price, a period that ends before it starts, and a package of fewer than
 * one service.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ServiceContract {
  /** The caller's reference of the contract. */
  public abstract String reference();

  /** The customer. */
  public abstract CustomerId customer();

  /** What it is, for people reading the decision: "extended warranty 2 years". */
  public abstract String description();

  /** The price paid. */
  public abstract Money price();

  /** The first day of cover. */
  public abstract LocalDate coversFrom();

  /** The last day of cover. */
  public abstract LocalDate coversUntil();

  /** The number of services included, for a package of services. */
  public abstract Optional<Integer> servicesIncluded();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceContract}; rejects what {@link ServiceContract} rejects. */
  public static final class Builder extends ImmutableServiceContract.Builder {
    Builder() {}
  }

  /** The number of days of cover, both ends included. */
  public long coverDays() {
    return ChronoUnit.DAYS.between(coversFrom(), coversUntil()) + 1;
  }

  /**
   * The days of cover used when cancelled on {@code cancelledOn}: the days from the first day of
   * cover up to, not including, the cancellation day; none before the cover starts, all after it
   * ends.
   */
  public long daysUsed(LocalDate cancelledOn) {
    Arguments.notNull(cancelledOn, "cancelledOn");
    long used = ChronoUnit.DAYS.between(coversFrom(), cancelledOn);
    return Math.max(0, Math.min(used, coverDays()));
  }

  /**
   * The months of cover used when cancelled on {@code cancelledOn}, counted on {@code basis}:
   * calendar months from the first day of cover to the day before cancellation, a month begun
   * counting in full under {@link MonthBasis#STARTED_MONTHS}; none before the cover starts, and no
   * month begun after it ends.
   */
  public long monthsUsed(LocalDate cancelledOn, MonthBasis basis) {
    Arguments.notNull(cancelledOn, "cancelledOn");
    Arguments.notNull(basis, "basis");
    LocalDate end = cancelledOn.isAfter(coversUntil()) ? coversUntil().plusDays(1) : cancelledOn;
    if (!end.isAfter(coversFrom())) {
      return 0;
    }
    long whole = ChronoUnit.MONTHS.between(coversFrom(), end);
    boolean begun = coversFrom().plusMonths(whole).isBefore(end);
    return basis == MonthBasis.STARTED_MONTHS && begun ? whole + 1 : whole;
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(reference(), "reference");
    Arguments.notBlank(description(), "description");
    Arguments.positive(price(), "price");
    Arguments.check(
        !coversUntil().isBefore(coversFrom()),
        "coversUntil %s must not be before coversFrom %s",
        coversUntil(),
        coversFrom());
    servicesIncluded()
        .ifPresent(n -> Arguments.check(n >= 1, "servicesIncluded must be at least 1, was %s", n));
  }
}
