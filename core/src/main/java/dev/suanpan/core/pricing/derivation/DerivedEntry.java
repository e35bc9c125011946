package dev.suanpan.core.pricing.derivation;

import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.decision.Explanation;
import org.immutables.value.Value;

/**
 * One entry of a derived list with how it was derived: the {@link #baseEntry()} it came from, the
 * {@link #entry()} made, and the {@link #explanation()} of every {@link DerivationRule} applied
 * with its amounts.
 *
 * <p>Rejects an entry for another product than its base entry.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DerivedEntry {
  /** The base list's entry. */
  public abstract PriceListEntry baseEntry();

  /** The derived entry. */
  public abstract PriceListEntry entry();

  /** How the entry was derived, rule by rule. */
  public abstract Explanation explanation();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DerivedEntry}; rejects what {@link DerivedEntry} rejects. */
  public static final class Builder extends ImmutableDerivedEntry.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    dev.suanpan.money.internal.Arguments.check(
        entry().product().equals(baseEntry().product()),
        "entry %s is for another product than its base entry %s",
        entry(),
        baseEntry());
  }
}
