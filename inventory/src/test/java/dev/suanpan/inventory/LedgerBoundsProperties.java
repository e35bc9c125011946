package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/**
 * Receipts with quantities and unit costs up to the ledger's bounds and beyond, then an issue of
 * everything: each posting is exact (the value on hand is the sum of quantity × unit cost, each
 * rounded half up to the fen, worked here in {@link BigDecimal}) or refused with an {@link
 * IllegalArgumentException} that leaves the ledger as it was; never a wrong number nor another
 * exception.
 */
class LedgerBoundsProperties {
  static final BigDecimal MAX_VALUE = BigDecimal.valueOf(StockLedger.MAX_VALUE_MINOR, 2);

  record Line(BigDecimal quantity, BigDecimal unitCost) {}

  @Provide
  Arbitrary<List<Line>> lines() {
    Arbitrary<BigDecimal> quantities =
        Arbitraries.oneOf(
            Arbitraries.bigDecimals()
                .between(new BigDecimal("0.0001"), new BigDecimal("1000"))
                .ofScale(4),
            Arbitraries.bigDecimals()
                .between(new BigDecimal("1000000"), new BigDecimal("200000000000000"))
                .ofScale(4));
    Arbitrary<BigDecimal> costs =
        Arbitraries.oneOf(
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(6),
            Arbitraries.bigDecimals()
                .between(new BigDecimal("1000000"), new BigDecimal("2000000000000"))
                .ofScale(6));
    return Combinators.combine(quantities, costs).as(Line::new).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 300)
  void receiptsAreExactOrRefusedAndAnIssueOfEverythingEmptiesTheStock(
      @ForAll("lines") List<Line> lines, @ForAll("methods") CostingMethod method) {
    StockLedger l = Ledgers.open(CostingPolicy.of(method));
    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal value = BigDecimal.ZERO;
    LocalDate date = LocalDate.of(2024, 3, 1);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String doc = "G" + i;
      if (line.quantity().compareTo(StockLedger.MAX_QUANTITY) > 0
          || line.unitCost().compareTo(StockLedger.MAX_UNIT_COST) > 0) {
        assertThatThrownBy(
                () ->
                    Movement.receipt(
                        date, doc, line.quantity(), Ledgers.PCS, line.unitCost(), "PO"))
            .isExactlyInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("of " + doc + " must be at most");
        continue;
      }
      Movement m = Movement.receipt(date, doc, line.quantity(), Ledgers.PCS, line.unitCost(), "PO");
      BigDecimal own = line.quantity().multiply(line.unitCost()).setScale(2, RoundingMode.HALF_UP);
      BigDecimal nextQuantity = quantity.add(line.quantity());
      BigDecimal nextValue = value.add(own);
      StockLedger before = l;
      if (nextQuantity.compareTo(StockLedger.MAX_QUANTITY) > 0
          || nextValue.compareTo(MAX_VALUE) > 0) {
        assertThatThrownBy(() -> before.post(m))
            .isExactlyInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("RECEIPT " + doc)
            .hasMessageContaining("is refused");
        assertThat(before.size()).isEqualTo(i - skipped(lines, i, quantity, value));
        assertThat(before.valueOnHand()).isEqualTo(Money.of(Ledgers.CNY, value));
        continue;
      }
      l = before.post(m).ledger();
      quantity = nextQuantity;
      value = nextValue;
      assertThat(l.quantityOnHand()).isEqualByComparingTo(quantity);
      assertThat(l.valueOnHand()).isEqualTo(Money.of(Ledgers.CNY, value));
    }
    if (quantity.signum() > 0) {
      Posting out = l.post(Movement.saleIssue(date.plusDays(1), "OUT", quantity, Ledgers.PCS));
      assertThat(out.ledger().valueOnHand()).isEqualTo(Money.zero(Ledgers.CNY));
      assertThat(out.ledger().line(out.ledger().size() - 1).amount())
          .isEqualTo(Money.of(Ledgers.CNY, value));
    }
  }

  /** How many of the first {@code i} lines were not posted, from the ledger's own count. */
  private static int skipped(List<Line> lines, int i, BigDecimal q, BigDecimal v) {
    int skipped = 0;
    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal value = BigDecimal.ZERO;
    for (int k = 0; k < i; k++) {
      Line line = lines.get(k);
      BigDecimal own = line.quantity().multiply(line.unitCost()).setScale(2, RoundingMode.HALF_UP);
      if (line.quantity().compareTo(StockLedger.MAX_QUANTITY) > 0
          || line.unitCost().compareTo(StockLedger.MAX_UNIT_COST) > 0
          || quantity.add(line.quantity()).compareTo(StockLedger.MAX_QUANTITY) > 0
          || value.add(own).compareTo(MAX_VALUE) > 0) {
        skipped++;
      } else {
        quantity = quantity.add(line.quantity());
        value = value.add(own);
      }
    }
    assertThat(quantity).isEqualByComparingTo(q);
    assertThat(value).isEqualByComparingTo(v);
    return skipped;
  }

  @Provide
  Arbitrary<CostingMethod> methods() {
    return Arbitraries.of(
        CostingMethod.FIFO, CostingMethod.MOVING_AVERAGE, CostingMethod.MONTHLY_AVERAGE);
  }
}
