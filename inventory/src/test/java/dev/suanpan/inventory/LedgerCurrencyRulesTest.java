package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.PCS;
import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.qty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.costing.CostingMethod;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A ledger and a stock-card stream keep one currency: a movement that brings its value in another
 * currency (an opening balance, a transfer in) is refused, naming it, and nothing is posted.
 */
class LedgerCurrencyRulesTest {
  static final Movement DOLLAR_OPENING =
      Movement.openingBalance(day("2024-05-01"), "OB-1", qty("2"), PCS, Money.parse("USD 10.00"));

  @Test
  void aLedgerRefusesAValueInAnotherCurrency() {
    StockLedger ledger = Ledgers.open(CostingMethod.FIFO);
    assertThatThrownBy(() -> ledger.post(DOLLAR_OPENING))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("movement value must be in CNY, was USD 10.00");
    assertThat(ledger.size()).isZero();
    // the same movement in the ledger's currency is taken
    Movement yuanOpening =
        Movement.openingBalance(day("2024-05-01"), "OB-1", qty("2"), PCS, cny("10.00"));
    assertThat(Ledgers.post(ledger, yuanOpening).valueOnHand()).isEqualTo(cny("10.00"));
  }

  @Test
  void aStreamRefusesAValueInAnotherCurrency() {
    List<StockCardLine> lines = new ArrayList<>();
    StockCardStream stream =
        StockCardStream.open(
            Ledgers.ITEM,
            Ledgers.MAIN,
            PCS,
            Ledgers.CNY,
            Ledgers.policy(
                CostingMethod.FIFO, dev.suanpan.inventory.costing.NegativeStockPolicy.REJECT),
            lines::add);
    Movement dollarTransfer =
        Movement.transferIn(day("2024-05-01"), "TI-1", qty("2"), PCS, Money.parse("USD 10.00"));
    assertThatThrownBy(() -> stream.post(dollarTransfer))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("movement value must be in CNY, was USD 10.00");
    stream.finish();
    assertThat(stream.size()).isZero();
    assertThat(lines).isEmpty();
  }
}
