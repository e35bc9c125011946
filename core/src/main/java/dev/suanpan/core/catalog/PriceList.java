package dev.suanpan.core.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.money.Arguments;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * A price list (报价表): the base price and floor of each product it names, valid from one date up to
 * an optional last date (both inclusive), for one customer group or, when it names none, for every
 * customer. Base prices are set and changed by someone with the authority (定价或调价需经审批); the library
 * takes the approved list as given.
 *
 * <p>Rejects a blank code, a list with no entries, two entries for one product, entries in more
 * than one currency and a last date before the first.
 */
@Value.Immutable
@dev.suanpan.money.ValueStyle
public abstract class PriceList {
  /** The list's own code, quoted in explanations ({@code 2024-H2}). */
  public abstract String code();

  /** The first day the list is valid. */
  public abstract LocalDate validFrom();

  /** The last day the list is valid; empty for open-ended. */
  public abstract Optional<LocalDate> validUntil();

  /** The customer group the list is for; empty for every customer. */
  public abstract Optional<CustomerGroup> customerGroup();

  /** The entries, one per product. */
  public abstract ImmutableList<PriceListEntry> entries();

  /** A builder. */
  public static ImmutablePriceList.Builder builder() {
    return ImmutablePriceList.builder();
  }

  /** The entries by product. */
  @Value.Derived
  @Value.Auxiliary
  protected ImmutableMap<ProductId, PriceListEntry> byProduct() {
    Map<ProductId, PriceListEntry> map = new LinkedHashMap<>();
    for (PriceListEntry e : entries()) {
      map.putIfAbsent(e.product(), e);
    }
    return ImmutableMap.copyOf(map);
  }

  /** The currency of every price on the list. */
  public CurrencyUnit currency() {
    return entries().get(0).basePrice().getCurrencyUnit();
  }

  /** The entry for {@code product}, if the list names it. */
  public Optional<PriceListEntry> entry(ProductId product) {
    return Optional.ofNullable(byProduct().get(Arguments.notNull(product, "product")));
  }

  /** True if the list is valid on {@code date}. */
  public boolean isValidOn(LocalDate date) {
    Arguments.notNull(date, "date");
    return !date.isBefore(validFrom()) && validUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * True if the validity of this list and {@code other} share at least one day, whatever their
   * customer groups.
   */
  public boolean overlaps(PriceList other) {
    Arguments.notNull(other, "other");
    boolean startsBeforeOtherEnds =
        other.validUntil().map(u -> !validFrom().isAfter(u)).orElse(true);
    boolean otherStartsBeforeThisEnds =
        validUntil().map(u -> !other.validFrom().isAfter(u)).orElse(true);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(code(), "code");
    Arguments.check(!entries().isEmpty(), "price list %s must have at least one entry", code());
    Arguments.check(
        byProduct().size() == entries().size(),
        "price list %s names a product more than once: %s",
        code(),
        entries());
    CurrencyUnit currency = currency();
    for (PriceListEntry e : entries()) {
      Arguments.inCurrency(e.basePrice(), currency, "base price of " + e.product());
    }
    validUntil()
        .ifPresent(
            u ->
                Arguments.check(
                    !u.isBefore(validFrom()),
                    "price list %s: validUntil %s is before validFrom %s",
                    code(),
                    u,
                    validFrom()));
  }

  @Override
  public String toString() {
    return "price list "
        + code()
        + " ("
        + customerGroup().map(g -> "group " + g).orElse("all customers")
        + ", "
        + validFrom()
        + " to "
        + validUntil().map(LocalDate::toString).orElse("open")
        + ")";
  }
}
