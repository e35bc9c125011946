package dev.suanpan.core.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A price list (报价表): the base price and floor of each product it names, valid from one date up to
 * an optional last date (both inclusive), for one customer group or, when it names none, for every
 * customer. Base prices are set and changed by someone with the authority (定价或调价需经审批): the pricing
 * package decides a price change against the authority policy and, once approved, applies it with
 * {@link #withPriceFrom}, which keeps the old entry for the days before the change.
 *
 * <p>A product may therefore have several entries, each in force from its own {@link
 * PriceListEntry#effectiveFrom()} (the list's first day when it names none) until the next one
 * starts; {@link #entry(ProductId, LocalDate)} gives the one in force on a day.
 *
 * <p>Rejects a blank code, a list with no entries, two entries for one product starting on the same
 * day, an entry starting outside the list's validity, entries in more than one currency and a last
 * date before the first.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
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

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceList}; rejects what {@link PriceList} rejects. */
  public static final class Builder extends ImmutablePriceList.Builder {
    Builder() {}
  }

  /** The entries of each product, earliest first. */
  @Value.Derived
  @Value.Auxiliary
  protected ImmutableListMultimap<ProductId, PriceListEntry> byProduct() {
    Map<ProductId, List<PriceListEntry>> map = new LinkedHashMap<>();
    for (PriceListEntry e : entries()) {
      map.computeIfAbsent(e.product(), p -> new ArrayList<>()).add(e);
    }
    ImmutableListMultimap.Builder<ProductId, PriceListEntry> out = ImmutableListMultimap.builder();
    Comparator<PriceListEntry> byStart = Comparator.comparing(this::inForceFrom);
    map.forEach((p, es) -> out.putAll(p, es.stream().sorted(byStart).toList()));
    return out.build();
  }

  /** The currency of every price on the list. */
  public CurrencyUnit currency() {
    return entries().get(0).basePrice().getCurrencyUnit();
  }

  /**
   * The earliest entry for {@code product}, if the list names it: its only entry unless its price
   * was changed during the list's validity (then use {@link #entry(ProductId, LocalDate)}).
   */
  public Optional<PriceListEntry> entry(ProductId product) {
    ImmutableList<PriceListEntry> es = byProduct().get(Arguments.notNull(product, "product"));
    return es.isEmpty() ? Optional.empty() : Optional.of(es.get(0));
  }

  /**
   * The entry for {@code product} in force on {@code date}: empty if the list is not valid that day
   * or does not price the product yet.
   */
  public Optional<PriceListEntry> entry(ProductId product, LocalDate date) {
    Arguments.notNull(product, "product");
    if (!isValidOn(date)) {
      return Optional.empty();
    }
    PriceListEntry found = null;
    for (PriceListEntry e : byProduct().get(product)) {
      if (!inForceFrom(e).isAfter(date)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Every entry for {@code product}, earliest first; empty if the list does not name it. */
  public ImmutableList<PriceListEntry> entriesFor(ProductId product) {
    return byProduct().get(Arguments.notNull(product, "product"));
  }

  /** The first day {@code entry} is in force: its own effective date, else the list's first day. */
  public LocalDate inForceFrom(PriceListEntry entry) {
    Arguments.notNull(entry, "entry");
    return entry.effectiveFrom().orElse(validFrom());
  }

  /**
   * The last day {@code entry} of this list is in force: the day before the product's next entry
   * starts, else the list's last day (empty for an open-ended list).
   *
   * @throws IllegalArgumentException if {@code entry} is not an entry of this list
   */
  public Optional<LocalDate> inForceUntil(PriceListEntry entry) {
    Arguments.notNull(entry, "entry");
    ImmutableList<PriceListEntry> es = byProduct().get(entry.product());
    int i = es.indexOf(entry);
    Arguments.check(i >= 0, "entry %s is not on %s", entry, this);
    return i + 1 < es.size() ? Optional.of(inForceFrom(es.get(i + 1)).minusDays(1)) : validUntil();
  }

  /**
   * A copy of this list where {@code product} costs {@code newBasePrice} from {@code from} on: the
   * entry in force until then stays for the days before it (with its floor, which the new entry
   * keeps), and an entry that would have started on {@code from} itself is replaced. Entries of the
   * product starting after {@code from} stay and take over on their own dates. Meant for a price
   * change an authorised person approved; this list is not changed.
   *
   * @throws IllegalArgumentException if the list is not valid on {@code from}, does not price the
   *     product on that day, the new price is in another currency or not positive, or it is below
   *     the floor the entry keeps
   */
  public PriceList withPriceFrom(ProductId product, Money newBasePrice, LocalDate from) {
    Arguments.notNull(product, "product");
    Arguments.notNull(newBasePrice, "newBasePrice");
    Arguments.notNull(from, "from");
    Arguments.check(
        isValidOn(from), "%s is not valid on %s, the day the price changes", this, from);
    PriceListEntry current =
        entry(product, from)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "product " + product + " is not priced on " + this + " on " + from));
    Arguments.inCurrency(newBasePrice, currency(), "newBasePrice");
    PriceListEntry.Builder changed =
        PriceListEntry.builder().product(product).basePrice(newBasePrice);
    current.floor().ifPresent(changed::floor);
    if (from.isAfter(validFrom())) {
      changed.effectiveFrom(from);
    }
    PriceListEntry next = changed.build();
    List<PriceListEntry> out = new ArrayList<>(entries().size() + 1);
    boolean placed = false;
    for (PriceListEntry e : entries()) {
      if (e.equals(current) && inForceFrom(e).equals(from)) {
        out.add(next);
        placed = true;
      } else {
        out.add(e);
        if (e.equals(current)) {
          out.add(next);
          placed = true;
        }
      }
    }
    Arguments.check(placed, "entry %s is not on %s", current, this);
    return PriceList.builder().from(this).entries(out).build();
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
    for (ProductId p : byProduct().keySet()) {
      ImmutableList<PriceListEntry> es = byProduct().get(p);
      for (int i = 1; i < es.size(); i++) {
        Arguments.check(
            !inForceFrom(es.get(i)).equals(inForceFrom(es.get(i - 1))),
            "price list %s names a product more than once from the same day %s: %s and %s",
            code(),
            inForceFrom(es.get(i)),
            es.get(i - 1),
            es.get(i));
      }
    }
    CurrencyUnit currency = currency();
    for (PriceListEntry e : entries()) {
      Arguments.inCurrency(e.basePrice(), currency, "base price of " + e.product());
      e.effectiveFrom()
          .ifPresent(
              d ->
                  Arguments.check(
                      isValidOn(d),
                      "price list %s: entry %s starts on %s, outside the list's validity %s to %s",
                      code(),
                      e,
                      d,
                      validFrom(),
                      validUntil().map(LocalDate::toString).orElse("open")));
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
