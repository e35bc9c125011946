package dev.suanpan.core.pricing;

import com.google.common.collect.ImmutableMap;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatRate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a {@link Pricer} shows the VAT of a line, through {@code money.tax}: the {@link #rate()} of
 * every product whose group has none in {@link #ratesByGroup()}, and whether list prices (and so
 * every amount of a line) include VAT ({@link #listPricesInclude()}: the line's net amount is then
 * split into net of VAT and VAT) or not (VAT is added to it). A product with no rate shows no VAT.
 *
 * <p>Rejects no rate at all (neither a rate nor a rate by group) and a blank product group.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PricingVat {
  /** The rate of every product whose group has none of its own. */
  public abstract Optional<VatRate> rate();

  /** Rates by product group ({@code flats} at 9%, {@code hardware} at 13%). */
  public abstract ImmutableMap<String, VatRate> ratesByGroup();

  /** True if list prices include VAT; false (the default) if VAT is added to them. */
  @Value.Default
  public boolean listPricesInclude() {
    return false;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PricingVat}; rejects what {@link PricingVat} rejects. */
  public static final class Builder extends ImmutablePricingVat.Builder {
    Builder() {}
  }

  /** VAT at {@code rate} added to list prices that do not include it. */
  public static PricingVat addedAt(VatRate rate) {
    return builder().rate(rate).build();
  }

  /** List prices that include VAT at {@code rate}. */
  public static PricingVat includedAt(VatRate rate) {
    return builder().rate(rate).listPricesInclude(true).build();
  }

  /** The rate of a product of {@code group}, if there is one. */
  public Optional<VatRate> rateFor(String group) {
    VatRate own = ratesByGroup().get(Arguments.notNull(group, "group"));
    return own != null ? Optional.of(own) : rate();
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        rate().isPresent() || !ratesByGroup().isEmpty(),
        "VAT needs a rate or rates by group, there is none");
    ratesByGroup().keySet().forEach(g -> Arguments.notBlank(g, "group of a VAT rate"));
  }
}
