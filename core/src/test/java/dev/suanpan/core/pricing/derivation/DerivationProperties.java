package dev.suanpan.core.pricing.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.money.Percent;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** A derived list's floor is never under its base floor unless the policy says so (issue 21). */
class DerivationProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final ProductId ITEM = ProductId.of("I-1");

  @Property
  void aDerivedFloorIsNeverUnderTheBaseFloorAndNoPriceUnderItsFloor(
      @ForAll @LongRange(min = 100, max = 10_000_000) long base,
      @ForAll @IntRange(min = 0, max = 100) int floorShare,
      @ForAll @IntRange(min = -9_000, max = 9_000) int changeBasisPoints,
      @ForAll boolean pricePoint,
      @ForAll boolean floorFollows) {
    Money basePrice = Money.ofMinor(CNY, base);
    Money floor = Money.ofMinor(CNY, base * floorShare / 100);
    PriceList list =
        PriceList.builder()
            .code("BASE")
            .validFrom(LocalDate.of(2024, 7, 1))
            .addEntry(PriceListEntry.of(ITEM, basePrice, floor))
            .build();
    DerivationPolicy.Builder policy =
        DerivationPolicy.builder()
            .code("DERIVED")
            .change(Percent.ofBasisPoints(changeBasisPoints))
            .floorFollowsPrice(floorFollows);
    if (pricePoint) {
      policy.pricePoint(PricePoint.of("1.00", "0.90"));
    }
    PriceListEntry derived =
        PriceListDeriver.of(policy.build()).derive(list).priceList().entry(ITEM).orElseThrow();
    Optional<Money> derivedFloor = derived.floor();
    assertThat(derivedFloor).isPresent();
    assertThat(derived.basePrice()).isGreaterThanOrEqualTo(derivedFloor.get());
    if (!floorFollows) {
      assertThat(derivedFloor.get()).isGreaterThanOrEqualTo(floor);
    }
  }
}
