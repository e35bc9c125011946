package dev.suanpan.core.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The daily sales statistics (003 (一) §2), the month-end summary with the secondary outlets'
 * pick-ups (003 (一) §5) and the collections by region and month (003 (二) §2) of a car dealer's
 * March, worked by hand. Every car is sold at 13% VAT included: 169,500.00 / 1.13 = 150,000.00 net
 * and 19,500.00 VAT; 158,200.00 / 1.13 = 140,000.00 and 18,200.00; 226,000.00 / 1.13 = 200,000.00
 * and 26,000.00; 452,000.00 / 1.13 = 400,000.00 and 52,000.00.
 *
 * <p>14 Mar: INV-C1 to the retail customer C-1, a white luxury sedan (E1001) for 169,500.00 and a
 * black standard sedan (E1002) for 158,200.00; INV-C2 to the secondary outlet OUT-1, a white
 * standard SUV (E2001) for 226,000.00; C-1 pays 169,500.00. 15 Mar: C-1 returns the black sedan
 * (CN-1, 158,200.00); OUT-1 picks up two grey SUVs (INV-C3, 452,000.00). 20 Mar: OUT-1 pays
 * 300,000.00. 2 Apr: OUT-1 pays 378,000.00. C-2 (East) pays a 20,000.00 deposit on 6 May, which
 * bounces on 1 Jun; C-1 paid 10,000.00 on 30 Dec 2025.
 */
class SalesReportsTest {
  static final CustomerId C1 = CustomerId.of("C-1");
  static final CustomerId C2 = CustomerId.of("C-2");
  static final CustomerId OUT1 = CustomerId.of("OUT-1");
  static final CustomerId OUT2 = CustomerId.of("OUT-2");
  static final LocalDate MAR_14 = LocalDate.of(2026, 3, 14);
  static final LocalDate MAR_15 = LocalDate.of(2026, 3, 15);

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static InvoiceLine car(
      String model, String colour, String engine, String configuration, String gross) {
    return InvoiceLine.inclusive(model, cny(gross), VatRate.STANDARD_13)
        .withDimensions(
            Map.of(
                Dimensions.MODEL, model,
                Dimensions.COLOUR, colour,
                Dimensions.ENGINE_NUMBER, engine,
                Dimensions.CONFIGURATION, configuration));
  }

  static SalesInvoice invoice(String n, CustomerId c, LocalDate d, InvoiceLine... lines) {
    return SalesInvoice.builder()
        .number(n)
        .customer(c)
        .date(d)
        .kind(InvoiceKind.VAT_ORDINARY)
        .addLines(lines)
        .terms(PaymentTerms.net(0))
        .build();
  }

  static Collection collection(String n, CustomerId c, LocalDate d, String amount) {
    return Collection.builder()
        .number(n)
        .customer(c)
        .date(d)
        .amount(cny(amount))
        .method(PaymentMethod.TRANSFER)
        .build();
  }

  static ReceivablesLedger dealer() {
    ReceivablesLedger l = ReceivablesLedger.of(DistributorCreditTerms.policy());
    l = l.post(collection("COL-C0", C1, LocalDate.of(2025, 12, 30), "10000.00")).ledger();
    l =
        l.post(
                invoice(
                    "INV-C1",
                    C1,
                    MAR_14,
                    car("SEDAN-1.6", "white", "E1001", "luxury", "169500.00"),
                    car("SEDAN-1.6", "black", "E1002", "standard", "158200.00")))
            .ledger();
    l =
        l.post(
                invoice(
                    "INV-C2",
                    OUT1,
                    MAR_14,
                    car("SUV-2.0", "white", "E2001", "standard", "226000.00")))
            .ledger();
    l =
        l.post(
                Collection.builder()
                    .number("COL-C1")
                    .customer(C1)
                    .date(MAR_14)
                    .amount(cny("169500.00"))
                    .method(PaymentMethod.CASH)
                    .addAppliesTo(InstalmentRef.of("INV-C1"))
                    .build())
            .ledger();
    l =
        l.post(
                CreditNote.builder()
                    .number("CN-1")
                    .invoice("INV-C1")
                    .date(MAR_15)
                    .reason(CreditReason.RETURN)
                    .addLines(car("SEDAN-1.6", "black", "E1002", "standard", "158200.00"))
                    .build())
            .ledger();
    InvoiceLine twoSuvs =
        InvoiceLine.inclusive("SUV-2.0", cny("452000.00"), VatRate.STANDARD_13)
            .withQuantity(new BigDecimal("2"))
            .withDimensions(Map.of(Dimensions.MODEL, "SUV-2.0", Dimensions.COLOUR, "grey"));
    l = l.post(invoice("INV-C3", OUT1, MAR_15, twoSuvs)).ledger();
    l = l.post(collection("COL-C2", OUT1, LocalDate.of(2026, 3, 20), "300000.00")).ledger();
    l = l.post(collection("COL-C3", OUT1, LocalDate.of(2026, 4, 2), "378000.00")).ledger();
    l = l.post(collection("COL-C4", C2, LocalDate.of(2026, 5, 6), "20000.00")).ledger();
    return l.post(
            CollectionReversal.builder()
                .number("REV-C4")
                .collection("COL-C4")
                .date(LocalDate.of(2026, 6, 1))
                .reason("bounced")
                .build())
        .ledger();
  }

  static SalesTally tally(java.util.List<SalesTally> tallies, String key) {
    return tallies.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void theDaysSalesAreCountedByModelColourEngineConfigurationAndCustomer() {
    SalesReport day = dealer().sales(ReportPeriod.day(MAR_14));

    // Three cars: 169,500 + 158,200 + 226,000 = 553,700.00 gross;
    // 150,000 + 140,000 + 200,000 = 490,000.00 net; 19,500 + 18,200 + 26,000 = 63,700.00 VAT.
    assertThat(day.lines()).hasSize(3);
    assertThat(day.quantity()).isEqualByComparingTo("3");
    assertThat(day.gross()).isEqualTo(cny("553700.00"));
    assertThat(day.net()).isEqualTo(cny("490000.00"));
    assertThat(day.tax()).isEqualTo(cny("63700.00"));
    // SEDAN-1.6: 169,500 + 158,200 = 327,700.00 for two; SUV-2.0: 226,000.00 for one.
    SalesTally sedans = tally(day.by(Dimensions.MODEL), "SEDAN-1.6");
    assertThat(sedans.quantity()).isEqualByComparingTo("2");
    assertThat(sedans.gross()).isEqualTo(cny("327700.00"));
    assertThat(tally(day.by(Dimensions.MODEL), "SUV-2.0").gross()).isEqualTo(cny("226000.00"));
    // white: 169,500 + 226,000 = 395,500.00; black: 158,200.00.
    assertThat(day.by(Dimensions.COLOUR))
        .extracting(SalesTally::toString)
        .containsExactly("black: 1 units, CNY 158200.00", "white: 2 units, CNY 395500.00");
    assertThat(day.by(Dimensions.ENGINE_NUMBER))
        .extracting(SalesTally::key)
        .containsExactly("E1001", "E1002", "E2001");
    // standard: 158,200 + 226,000 = 384,200.00; luxury: 169,500.00.
    assertThat(tally(day.by(Dimensions.CONFIGURATION), "standard").gross())
        .isEqualTo(cny("384200.00"));
    assertThat(tally(day.byCustomer(), "C-1").gross()).isEqualTo(cny("327700.00"));
    assertThat(tally(day.byCustomer(), "OUT-1").net()).isEqualTo(cny("200000.00"));
    assertThat(day.lines().get(1).dimension(Dimensions.ENGINE_NUMBER)).contains("E1002");
  }

  @Test
  void aReturnTakesTheCarBackAndALineWithoutTheDimensionIsNotGiven() {
    SalesReport day = dealer().sales(ReportPeriod.day(MAR_15));

    // CN-1 takes one black sedan back (-158,200.00); INV-C3 sells two grey SUVs (452,000.00):
    // 2 - 1 = 1 unit, 452,000 - 158,200 = 293,800.00.
    assertThat(day.lines()).extracting(SalesLine::document).containsExactly("CN-1", "INV-C3");
    assertThat(day.lines().get(0).quantity()).isEqualByComparingTo("-1");
    assertThat(day.lines().get(0).net()).isEqualTo(cny("-140000.00"));
    assertThat(day.quantity()).isEqualByComparingTo("1");
    assertThat(day.gross()).isEqualTo(cny("293800.00"));
    assertThat(tally(day.by(Dimensions.ENGINE_NUMBER), SalesTally.NOT_GIVEN).gross())
        .isEqualTo(cny("452000.00"));
    assertThatThrownBy(() -> day.by(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dimension");
  }

  @Test
  void theMonthEndSplitsOwnSalesFromTheSecondaryOutletsPickUps() {
    MonthEndReport march = dealer().monthEnd(YearMonth.of(2026, 3), Set.of(OUT1, OUT2));

    // Own sales: C-1 bought two sedans and returned one: 1 unit, 169,500.00.
    assertThat(march.ownSales().quantity()).isEqualByComparingTo("1");
    assertThat(march.ownSales().gross()).isEqualTo(cny("169500.00"));
    // OUT-1 picked up 1 + 2 = 3 SUVs for 226,000 + 452,000 = 678,000.00; OUT-2 nothing.
    assertThat(march.pickUps())
        .extracting(SalesTally::toString)
        .containsExactly("OUT-1: 3 units, CNY 678000.00", "OUT-2: 0 units, CNY 0.00");
    assertThat(march.pickUpQuantity()).isEqualByComparingTo("3");
    assertThat(march.pickUpGross()).isEqualTo(cny("678000.00"));
    // Collected in March: 169,500.00 (C-1) + 300,000.00 (OUT-1) = 469,500.00.
    assertThat(march.collections()).isEqualTo(cny("469500.00"));
    assertThat(march.performance().lines()).isEmpty();
  }

  @Test
  void collectionsAreSummedByRegionAndMonthWithBouncesInTheMonthOfTheirReversal() {
    RegionalCollectionsReport y =
        dealer().regionalCollections(2026, Map.of(C1, "North", OUT1, "East", C2, "East"));

    // East: March 300,000.00, April 378,000.00, May 20,000.00, June -20,000.00 = 678,000.00.
    RegionCollections east = y.region("East");
    assertThat(east.month(3)).isEqualTo(cny("300000.00"));
    assertThat(east.month(4)).isEqualTo(cny("378000.00"));
    assertThat(east.month(5)).isEqualTo(cny("20000.00"));
    assertThat(east.month(6)).isEqualTo(cny("-20000.00"));
    assertThat(east.total()).isEqualTo(cny("678000.00"));
    // North: 169,500.00 in March; the 10,000.00 of 30 Dec 2025 is last year's.
    assertThat(y.region("North").total()).isEqualTo(cny("169500.00"));
    assertThat(y.month(3)).isEqualTo(cny("469500.00"));
    assertThat(y.total()).isEqualTo(cny("847500.00"));
    assertThat(y.region("West").total()).isEqualTo(cny("0.00"));
  }

  @Test
  void aCustomerWhoPaidWithoutARegionIsRefusedByName() {
    assertThatThrownBy(() -> dealer().regionalCollections(2026, Map.of(C1, "North", OUT1, "East")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("regions has no region for customer C-2");
    assertThatThrownBy(() -> dealer().regionalCollections(2026, Map.of(C1, " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region of C-1");
    assertThatThrownBy(
            () ->
                InvoiceLine.inclusive("car", cny("1.00"), VatRate.STANDARD_13)
                    .withQuantity(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line quantity");
  }
}
