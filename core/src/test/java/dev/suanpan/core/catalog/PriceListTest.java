package dev.suanpan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PriceListTest {
  static final ProductId FLAT = ProductId.of("A-1801");

  static Money cny(String a) {
    return Money.parse("CNY " + a);
  }

  @Test
  void aListGivesTheBasePriceAndFloorOfTheProductsItNames() {
    PriceList list =
        PriceList.builder()
            .code("2024-H2")
            .validFrom(LocalDate.of(2024, 7, 1))
            .validUntil(LocalDate.of(2024, 12, 31))
            .addEntry(PriceListEntry.of(FLAT, cny("1000000.00"), cny("950000.00")))
            .build();

    assertThat(list.entry(FLAT).orElseThrow().floor()).contains(cny("950000.00"));
    assertThat(list.entry(ProductId.of("B-1"))).isEmpty();
    assertThat(list.isValidOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(list.isValidOn(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(list.isValidOn(LocalDate.of(2024, 6, 30))).isFalse();
  }

  @Test
  void aFloorAboveTheBasePriceIsRejected() {
    assertThatThrownBy(() -> PriceListEntry.of(FLAT, cny("100.00"), cny("100.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("floor of A-1801 must not be above its base price CNY 100.00");
  }

  @Test
  void aProductNamedTwiceIsRejected() {
    assertThatThrownBy(
            () ->
                PriceList.builder()
                    .code("X")
                    .validFrom(LocalDate.of(2024, 1, 1))
                    .addEntry(PriceListEntry.of(FLAT, cny("1.00")))
                    .addEntry(PriceListEntry.of(FLAT, cny("2.00")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("price list X names a product more than once");
  }

  @Test
  void aListEndingBeforeItStartsIsRejected() {
    assertThatThrownBy(
            () ->
                PriceList.builder()
                    .code("X")
                    .validFrom(LocalDate.of(2024, 2, 1))
                    .validUntil(LocalDate.of(2024, 1, 31))
                    .addEntry(PriceListEntry.of(FLAT, cny("1.00")))
                    .build())
        .hasMessageContaining("validUntil 2024-01-31 is before validFrom 2024-02-01");
  }

  @Test
  void overlappingValidityIsDetected() {
    PriceList h2 =
        PriceList.builder()
            .code("H2")
            .validFrom(LocalDate.of(2024, 7, 1))
            .validUntil(LocalDate.of(2024, 12, 31))
            .addEntry(PriceListEntry.of(FLAT, cny("1.00")))
            .build();
    PriceList next =
        PriceList.builder()
            .from(h2)
            .code("NEXT")
            .validFrom(LocalDate.of(2025, 1, 1))
            .validUntil(Optional.empty())
            .build();

    assertThat(h2.overlaps(next)).isFalse();
    assertThat(
            h2.overlaps(
                PriceList.builder().from(next).validFrom(LocalDate.of(2024, 12, 31)).build()))
        .isTrue();
  }

  @Test
  void boughtInGoodsNeedAPurchasePrice() {
    assertThatThrownBy(
            () ->
                Product.builder()
                    .id(ProductId.of("HRB400"))
                    .name("Rebar")
                    .group("spot-steel")
                    .boughtIn(true)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("product HRB400 is bought in, so it needs a purchasePrice");
  }

  @Test
  void aPriceChangedDuringTheListsValidityKeepsTheOldPriceForTheDaysBefore() {
    PriceList list =
        PriceList.builder()
            .code("2024-H2")
            .validFrom(LocalDate.of(2024, 7, 1))
            .validUntil(LocalDate.of(2024, 12, 31))
            .addEntry(PriceListEntry.of(FLAT, cny("1000000.00"), cny("950000.00")))
            .build();

    PriceList changed = list.withPriceFrom(FLAT, cny("980000.00"), LocalDate.of(2024, 10, 1));

    assertThat(changed.entry(FLAT, LocalDate.of(2024, 9, 30)).orElseThrow().basePrice())
        .isEqualTo(cny("1000000.00"));
    assertThat(changed.entry(FLAT, LocalDate.of(2024, 10, 1)).orElseThrow().basePrice())
        .isEqualTo(cny("980000.00"));
    assertThat(changed.entry(FLAT, LocalDate.of(2024, 10, 1)).orElseThrow().floor())
        .contains(cny("950000.00"));
    assertThat(changed.entry(FLAT, LocalDate.of(2025, 1, 1))).isEmpty();
    assertThat(changed.entry(FLAT).orElseThrow().basePrice()).isEqualTo(cny("1000000.00"));
    assertThat(list.entriesFor(FLAT)).hasSize(1);
    assertThatThrownBy(() -> list.withPriceFrom(FLAT, cny("940000.00"), LocalDate.of(2024, 10, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("floor of A-1801 must not be above its base price CNY 940000.00");
  }

  @Test
  void anEntryStartingOutsideTheListOrTwoFromOneDayAreRejected() {
    PriceList.Builder base =
        PriceList.builder()
            .code("X")
            .validFrom(LocalDate.of(2024, 1, 1))
            .validUntil(LocalDate.of(2024, 6, 30))
            .addEntry(PriceListEntry.of(FLAT, cny("1.00")));
    PriceListEntry july =
        PriceListEntry.builder()
            .product(FLAT)
            .basePrice(cny("2.00"))
            .effectiveFrom(LocalDate.of(2024, 7, 1))
            .build();
    PriceListEntry newYear =
        PriceListEntry.builder()
            .product(FLAT)
            .basePrice(cny("2.00"))
            .effectiveFrom(LocalDate.of(2024, 1, 1))
            .build();

    assertThatThrownBy(() -> PriceList.builder().from(base.build()).addEntry(july).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts on 2024-07-01, outside the list's validity");
    assertThatThrownBy(() -> PriceList.builder().from(base.build()).addEntry(newYear).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("price list X names a product more than once from the same day");
  }
}
