package dev.suanpan.inventory.stocktake;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;

/**
 * Finance's sampling rules for a count (004 篇3 仓库盘点流程 §2): the share of the goods drawn and checked
 * against the count sheet ({@link #countedToBook}), the share of the count sheet's lines drawn and
 * checked against the goods ({@link #bookToShelf}), the share of the stock's book value the samples
 * must cover together, and the error rate above which the whole area is recounted. The two shares
 * keep the names they are stored under; neither sample is drawn from the book. {@link
 * dev.suanpan.inventory.presets.FinanceSpotCheck} gives the figures of 004 篇3 (20%, 30%, 50% and
 * 1%).
 *
 * <p>Rejects shares outside 0% to 100%.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AuditPolicy {
  /**
   * Share of the goods found in the area drawn and checked against the count sheet (20% in 004 篇3).
   */
  public abstract Percent countedToBook();

  /** Share of the count sheet's lines drawn and checked against the goods (30% in 004 篇3). */
  public abstract Percent bookToShelf();

  /** Share of the book value the samples must cover. */
  public abstract Percent minimumCoverage();

  /** The error rate above which the area is recounted. */
  public abstract Percent maximumErrorRate();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AuditPolicy}; rejects what {@link AuditPolicy} rejects. */
  public static final class Builder extends ImmutableAuditPolicy.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    share(countedToBook(), "countedToBook");
    share(bookToShelf(), "bookToShelf");
    share(minimumCoverage(), "minimumCoverage");
    share(maximumErrorRate(), "maximumErrorRate");
  }

  private static void share(Percent p, String name) {
    Arguments.check(
        !p.isNegative() && !p.isGreaterThan(Percent.HUNDRED),
        "%s must be between 0%% and 100%%, was %s",
        name,
        p);
  }
}
