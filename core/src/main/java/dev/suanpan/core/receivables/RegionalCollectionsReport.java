package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Collections (资金回笼) by region and month of a year (各片区的年、月资金回笼, 003 (二) §2): what each region's
 * customers paid in each month, by cash, transfer or bill, less the collections reversed (a bounce
 * counts in the month of its reversal). Advance applications move no money and are not counted. The
 * regions add up to the year's collections. From {@link ReceivablesLedger#regionalCollections(int,
 * java.util.Map)}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class RegionalCollectionsReport {
  /** The year. */
  public abstract int year();

  /** The ledger's currency. */
  public abstract CurrencyUnit currency();

  /** One line per region that collected or had a reversal in the year, by region name. */
  public abstract ImmutableList<RegionCollections> regions();

  /** The line of region {@code region}, zero in every month if it collected nothing. */
  public RegionCollections region(String region) {
    Arguments.notBlank(region, "region");
    for (RegionCollections r : regions()) {
      if (r.region().equals(region)) {
        return r;
      }
    }
    return ImmutableRegionCollections.builder()
        .region(region)
        .months(java.util.Collections.nCopies(12, Money.zero(currency())))
        .build();
  }

  /** All regions' collections in month {@code month} (1 to 12); rejects another month. */
  public Money month(int month) {
    Arguments.check(month >= 1 && month <= 12, "month must be 1 to 12, was %s", month);
    Money t = Money.zero(currency());
    for (RegionCollections r : regions()) {
      t = t.plus(r.month(month));
    }
    return t;
  }

  /** The year's collections. */
  public Money total() {
    Money t = Money.zero(currency());
    for (RegionCollections r : regions()) {
      t = t.plus(r.total());
    }
    return t;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Collections " + year() + " by region: " + total());
    for (RegionCollections r : regions()) {
      s.append("\n  ").append(r);
    }
    return s.toString();
  }
}
