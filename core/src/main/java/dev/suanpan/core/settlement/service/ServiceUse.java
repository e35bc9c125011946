package dev.suanpan.core.settlement.service;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;

/**
 * How much of a service contract was used when it was cancelled: the cancellation day and the
 * number of services already performed.
 *
 * <p>Rejects a null day and a negative number of services.
 */
public record ServiceUse(LocalDate cancelledOn, int servicesUsed) {
  /** Validates both parts. */
  public ServiceUse {
    Arguments.notNull(cancelledOn, "cancelledOn");
    Arguments.nonNegative(servicesUsed, "servicesUsed");
  }

  /** Cancelled on {@code cancelledOn} after {@code servicesUsed} services. */
  public static ServiceUse of(LocalDate cancelledOn, int servicesUsed) {
    return new ServiceUse(cancelledOn, servicesUsed);
  }
}
