package dev.suanpan.core.settlement.complaint;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;

/**
 * A party's share of the responsibility for a complaint's loss, as decided by the investigation.
 *
 * <p>Rejects a null party and a share that is not above 0% and at most 100%.
 */
public record Responsibility(ResponsibleParty party, Percent share) {
  /** Validates both parts. */
  public Responsibility {
    Arguments.notNull(party, "party");
    Arguments.notNull(share, "share");
    Arguments.check(
        share.compareTo(Percent.ZERO) > 0 && !share.isGreaterThan(Percent.HUNDRED),
        "share must be above 0%% and at most 100%%, was %s",
        share);
  }

  /** {@code party} is responsible for {@code share} of the loss. */
  public static Responsibility of(ResponsibleParty party, Percent share) {
    return new Responsibility(party, share);
  }
}
