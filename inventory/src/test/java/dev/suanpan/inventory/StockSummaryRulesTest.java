package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.PCS;
import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * The stock summary's rules (库存汇总): one balance per ledger in the order given, the total their sum
 * in one currency, a ledger with nothing yet on the day counted at zero; a summary of no ledger, or
 * of ledgers in two currencies, is refused.
 */
class StockSummaryRulesTest {
  @Test
  void theTotalAddsEveryLedgerAndALedgerEmptyOnTheDayCountsZero() {
    // PARTS-1: 10 at 4.00 on 1 March = 40.00; PARTS-2: 3 at 5.50 on 20 March = 16.50.
    StockLedger one =
        post(Ledgers.open(CostingMethod.FIFO), receipt("2024-03-01", "GRN-1", "10", "4.00"));
    StockLedger two =
        post(
            StockLedger.open(
                Ledgers.ITEM,
                WarehouseId.of("PARTS-2"),
                PCS,
                Ledgers.CNY,
                CostingPolicy.of(CostingMethod.FIFO)),
            receipt("2024-03-20", "GRN-2", "3", "5.50"));
    // on 10 March PARTS-2 has nothing yet: 40.00 + 0.00
    StockSummary early = StockSummary.at(day("2024-03-10"), List.of(two, one));
    assertThat(early.balances())
        .extracting(StockBalance::value)
        .containsExactly(cny("0.00"), cny("40.00"));
    assertThat(early.totalValue()).isEqualTo(cny("40.00"));
    // on 31 March: 16.50 + 40.00 = 56.50
    assertThat(StockSummary.at(day("2024-03-31"), List.of(two, one)).totalValue())
        .isEqualTo(cny("56.50"));
  }

  @Test
  void aSummaryOfNoLedgerIsRefused() {
    assertThatThrownBy(() -> StockSummary.at(day("2024-03-31"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ledgers must not be empty");
  }

  @Test
  void ledgersInTwoCurrenciesAreNotAddedUp() {
    StockLedger yuan = Ledgers.open(CostingMethod.FIFO);
    StockLedger dollars =
        StockLedger.open(
            Ledgers.ITEM,
            WarehouseId.of("HK-1"),
            PCS,
            CurrencyUnit.USD,
            CostingPolicy.of(CostingMethod.FIFO));
    assertThatThrownBy(() -> StockSummary.at(day("2024-03-31"), List.of(yuan, dollars)))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
