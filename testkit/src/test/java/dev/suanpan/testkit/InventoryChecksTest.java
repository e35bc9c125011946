package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.StockCard;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The costing check and the ledger assertions, on the textbook's March (domain rules 4.5) and on
 * generated histories, and two broken valuations of a user's own ERP.
 */
class InventoryChecksTest {
  static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static Movement receipt(String day, String doc, String quantity, String unitCost) {
    return Movement.receipt(
        LocalDate.parse(day), doc, new BigDecimal(quantity), PCS, new BigDecimal(unitCost), "PO-1");
  }

  static Movement issue(String day, String doc, String quantity) {
    return Movement.saleIssue(LocalDate.parse(day), doc, new BigDecimal(quantity), PCS);
  }

  static final List<Movement> MARCH =
      List.of(
          receipt("2024-03-01", "GRN-1", "100", "10.00"),
          receipt("2024-03-05", "GRN-2", "200", "12.00"),
          issue("2024-03-10", "OUT-1", "150"),
          receipt("2024-03-15", "GRN-3", "100", "11.00"),
          issue("2024-03-20", "OUT-2", "200"));

  @Test
  void fifoMarchConservesValueAndLeavesFiftyUnitsWorthFiveHundredFifty() {
    StockLedger ledger = InventoryArbitraries.post(CostingPolicy.of(CostingMethod.FIFO), MARCH);

    InventoryAssertions.assertThat(ledger)
        .conservesValue()
        .neverGoesNegative()
        .holdsNoValueWhenEmpty()
        .hasQuantityOnHand(new BigDecimal("50"))
        .hasValueOnHand(cny("550.00"));
    InventoryAssertions.assertThat(ledger.card())
        .hasClosingQuantity(new BigDecimal("50"))
        .hasClosingValue(cny("550.00"));
    assertThatThrownBy(() -> InventoryAssertions.assertThat(ledger).hasValueOnHand(cny("560.00")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected CNY 560.00 of ITEM-1 on hand but it is worth CNY 550.00");
  }

  @Provide
  Arbitrary<CostingPolicy> policies() {
    return InventoryArbitraries.costingPolicies();
  }

  @Provide
  Arbitrary<List<Movement>> histories() {
    return InventoryArbitraries.movements();
  }

  @Provide
  Arbitrary<StockLedger> ledgers() {
    return InventoryArbitraries.ledgers();
  }

  @Property(tries = 200)
  void everyCostingChoiceConservesValueOverGeneratedHistories(
      @ForAll("policies") CostingPolicy policy, @ForAll("histories") List<Movement> movements) {
    CostingChecks.assertConservesValue(policy, movements);
  }

  @Property(tries = 200)
  void withOnlyGoodsComingInEveryCostingChoiceReconcilesToTheActualCost(
      @ForAll("policies") CostingPolicy policy, @ForAll("histories") List<Movement> movements) {
    CostingChecks.assertReconcilesToActualCost(policy, movements);
  }

  @Test
  void standardCostReconcilesTheTextbookReceiptsThroughVarianceAndRevaluation() {
    // 10.00 from 1 March, 11.00 from 1 April; 100 received at 10.50 in March, 10 at 11.20 in April
    CostingPolicy standard =
        CostingPolicy.builder()
            .method(CostingMethod.STANDARD)
            .putStandardCost(LocalDate.parse("2024-03-01"), new BigDecimal("10.00"))
            .putStandardCost(LocalDate.parse("2024-04-01"), new BigDecimal("11.00"))
            .build();
    List<Movement> in =
        List.of(
            receipt("2024-03-05", "GRN-1", "100", "10.50"),
            receipt("2024-04-03", "GRN-2", "10", "11.20"));
    CostingChecks.assertReconcilesToActualCost(standard, in);
    CostingChecks.assertConservesValue(standard, in);
    StockLedger ledger = InventoryArbitraries.post(standard, in);
    InventoryAssertions.assertThat(ledger)
        .conservesValue()
        .holdsNoValueWhenEmpty()
        .hasValueOnHand(cny("1210.00")); // 110 x 11.00 = 1,162.00 actual - 52.00 variance + 100.00
    InventoryAssertions.assertThat(ledger.card()).hasClosingValue(cny("1210.00"));
  }

  @Test
  void theConservationCheckCountsTheStandardCostRevaluationOfEachLine() {
    CostingPolicy standard =
        CostingPolicy.builder()
            .method(CostingMethod.STANDARD)
            .putStandardCost(LocalDate.parse("2024-03-01"), new BigDecimal("10.00"))
            .putStandardCost(LocalDate.parse("2024-04-01"), new BigDecimal("11.00"))
            .build();
    List<Movement> in =
        List.of(receipt("2024-03-05", "GRN-1", "100", "10.50"), issue("2024-04-03", "OUT-1", "10"));
    StockCard card = InventoryArbitraries.post(standard, in).card();
    // A card that drops the revaluation is caught, with the figures.
    StockCard dropped =
        StockCard.builder()
            .from(card)
            .lines(
                List.of(
                    card.lines().get(0),
                    StockCardLine.builder()
                        .from(card.lines().get(1))
                        .standardRevaluation(cny("0.00"))
                        .build()))
            .build();
    assertThatThrownBy(() -> InventoryAssertions.assertThat(dropped).conservesValue())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "line 1 OUT-1 SALE_ISSUE: 100.0000 pcs worth CNY 1000.00 - 10.0000 pcs for CNY 110.00"
                + " (true-up CNY 0.00) should leave 90.0000 pcs worth CNY 890.00, the card shows"
                + " 90.0000 pcs worth CNY 990.00");
    InventoryAssertions.assertThat(card).conservesValue();
  }

  @Property(tries = 100)
  void generatedLedgersNeverGoNegativeAndHoldWhatTheirMovementsLeft(
      @ForAll("ledgers") StockLedger ledger) {
    BigDecimal onHand = BigDecimal.ZERO;
    for (int i = 0; i < ledger.size(); i++) {
      Movement m = ledger.movement(i);
      onHand = m.kind().isInbound() ? onHand.add(m.quantity()) : onHand.subtract(m.quantity());
    }
    InventoryAssertions.assertThat(ledger)
        .conservesValue()
        .neverGoesNegative()
        .hasQuantityOnHand(onHand);
  }

  /**
   * A user's ERP values by moving average its own way: receipts only and sale issues, the unit cost
   * rounded to the fen, each issue valued at the rounded unit cost; {@code balanceFromUnitCost}
   * says whether it then shows the balance as quantity × rounded unit cost (instead of carrying the
   * value forward).
   */
  static Function<List<Movement>, StockCard> myErp(boolean balanceFromUnitCost) {
    return movements -> {
      StockCard.Builder card =
          StockCard.builder()
              .item(InventoryArbitraries.ITEM)
              .warehouse(InventoryArbitraries.WAREHOUSE)
              .method(CostingMethod.MOVING_AVERAGE)
              .unit(PCS)
              .openingQuantity(BigDecimal.ZERO)
              .openingValue(cny("0.00"));
      BigDecimal quantity = BigDecimal.ZERO;
      Money value = cny("0.00");
      for (int i = 0; i < movements.size(); i++) {
        Movement m = movements.get(i);
        boolean in = m.kind().isInbound();
        BigDecimal unitCost;
        Money amount;
        if (in) {
          unitCost = m.unitCost().orElseThrow();
          amount =
              Rounding.FEN.round(
                  BigMoney.of(value.getCurrencyUnit(), m.quantity().multiply(unitCost)));
          quantity = quantity.add(m.quantity());
          value = value.plus(amount);
        } else {
          unitCost = value.getAmount().divide(quantity, 2, RoundingMode.HALF_UP);
          amount =
              Rounding.FEN.round(
                  BigMoney.of(value.getCurrencyUnit(), m.quantity().multiply(unitCost)));
          quantity = quantity.subtract(m.quantity());
          value = value.minus(amount);
        }
        if (balanceFromUnitCost && quantity.signum() > 0) {
          BigDecimal average = value.getAmount().divide(quantity, 2, RoundingMode.HALF_UP);
          value =
              Rounding.FEN.round(BigMoney.of(value.getCurrencyUnit(), quantity.multiply(average)));
        }
        card.addLines(
            StockCardLine.builder()
                .index(i)
                .date(m.date())
                .document(m.document())
                .kind(m.kind())
                .quantityIn(in ? m.quantity() : BigDecimal.ZERO)
                .quantityOut(in ? BigDecimal.ZERO : m.quantity())
                .unitCost(unitCost)
                .amount(amount)
                .trueUp(cny("0.00"))
                .balanceQuantity(quantity)
                .balanceValue(value)
                .provisional(false)
                .build());
      }
      return card.build();
    };
  }

  static final List<Movement> RESIDUE =
      List.of(
          receipt("2024-04-01", "GRN-1", "1", "10.01"),
          receipt("2024-04-02", "GRN-2", "2", "10.00"),
          issue("2024-04-03", "OUT-1", "3"));

  @Test
  void theLibrarysMovingAverageEmptiesTheStockWithoutResidue() {
    CostingChecks.assertConservesValue(CostingPolicy.of(CostingMethod.MOVING_AVERAGE), RESIDUE);
  }

  @Test
  void theCheckCatchesARoundedUnitCostThatLeavesAResidueInAnEmptyStock() {
    assertThatThrownBy(() -> CostingChecks.assertConservesValue(myErp(false), RESIDUE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("costing does not conserve value by MOVING_AVERAGE")
        .hasMessageContaining("line 2 OUT-1 SALE_ISSUE empties the stock but leaves CNY 0.01");
  }

  @Test
  void theCheckCatchesABalanceShownAsQuantityTimesTheRoundedUnitCost() {
    assertThatThrownBy(() -> CostingChecks.assertConservesValue(myErp(true), RESIDUE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "line 1 GRN-2 RECEIPT: 1.0000 pcs worth CNY 10.01 + 2.0000 pcs for CNY 20.00"
                + " (true-up CNY 0.00) should leave 3.0000 pcs worth CNY 30.01, the card shows"
                + " 3.0000 pcs worth CNY 30.00")
        .hasMessageContaining("opening CNY 0.00 + in CNY 30.01 = CNY 30.01, but out CNY 30.00");
  }
}
