package dev.suanpan.core.pricing.derivation;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.ProductId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link PriceListDeriver} made: the derived {@link #priceList()}, ready for a {@code
 * PricingPolicy}, and each of its {@link #entries()} with how it was derived.
 *
 * <p>Rejects nothing beyond missing fields: the deriver builds it.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DerivationReport {
  /** The base list derived from. */
  public abstract PriceList base();

  /** The derived list. */
  public abstract PriceList priceList();

  /** The derived entries with their explanations, in the base list's order. */
  public abstract ImmutableList<DerivedEntry> entries();

  /** The derived entry of {@code product} in force first, with its explanation. */
  public Optional<DerivedEntry> entryFor(ProductId product) {
    return entries().stream().filter(e -> e.entry().product().equals(product)).findFirst();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DerivationReport}. */
  public static final class Builder extends ImmutableDerivationReport.Builder {
    Builder() {}
  }
}
