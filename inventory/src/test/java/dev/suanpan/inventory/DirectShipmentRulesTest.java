package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.qty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.LedgerAccount;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The direct shipment rules (直运, 004 篇2): the purchase and sales invoices are matched on quantity
 * (by value, whatever the scale); the purchase invoice books goods in transit and input VAT against
 * the payable, the sales invoice moves the purchase cost from goods in transit to the cost of the
 * sale; an amount of zero books no line, and an entry with no line is not booked at all.
 */
class DirectShipmentRulesTest {
  static DirectShipment.Builder shipment() {
    return DirectShipment.builder()
        .date(day("2024-03-08"))
        .purchaseInvoice("PI-90")
        .salesInvoice("SI-80")
        .item(Ledgers.ITEM)
        .warehouse(Ledgers.MAIN)
        .purchasedQuantity(qty("20"))
        .soldQuantity(qty("20"))
        .purchaseCost(cny("800.00"))
        .inputVat(cny("104.00"));
  }

  @Test
  void theInvoicesMatchOnQuantityWhateverItsScale() {
    // 20 bought, 20.000 sold: the same twenty units
    assertThat(shipment().soldQuantity(qty("20.000")).build().soldQuantity())
        .isEqualByComparingTo("20");
    assertThatThrownBy(() -> shipment().soldQuantity(qty("21")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sales invoice SI-80 of 21 does not match purchase invoice PI-90 of 20");
  }

  @Test
  void thePurchaseInvoiceBooksTheCostAndVatAsPayableAndTheSaleTakesTheCost() {
    // 800.00 net + 104.00 VAT (13%) = 904.00 payable; the sale takes the 800.00
    DirectShipment d = shipment().build();
    assertThat(d.journal()).extracting(JournalEntry::reference).containsExactly("PI-90", "SI-80");
    assertThat(d.journal().get(0).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.GOODS_IN_TRANSIT, cny("800.00")),
            JournalLine.debit(LedgerAccount.INPUT_VAT, cny("104.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_PAYABLE, cny("904.00")));
    assertThat(d.journal().get(0).description())
        .isEqualTo("Direct shipment bought of OIL-FILTER-A (PARTS-1), sold on SI-80");
    assertThat(d.journal().get(1).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.COST_OF_GOODS_SOLD, cny("800.00")),
            JournalLine.credit(LedgerAccount.GOODS_IN_TRANSIT, cny("800.00")));
    assertThat(d.journal().get(1).description())
        .isEqualTo("Direct shipment delivered of OIL-FILTER-A (PARTS-1), bought on PI-90");
  }

  @Test
  void anInvoiceFreeOfVatBooksNoVatLine() {
    // a VAT-exempt purchase: 800.00 payable, all of it goods in transit
    DirectShipment d = shipment().inputVat(cny("0.00")).build();
    assertThat(d.journal().get(0).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.GOODS_IN_TRANSIT, cny("800.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_PAYABLE, cny("800.00")));
    assertThat(d.journal()).hasSize(2);
  }

  @Test
  void goodsOfNoCostMoveNoCostToTheSale() {
    // free goods with 0.00 net and 0.00 VAT: nothing is payable and nothing is booked
    assertThat(shipment().purchaseCost(cny("0.00")).inputVat(cny("0.00")).build().journal())
        .isEmpty();
    // free goods on which VAT of 13.00 is charged: the payable is the VAT alone, no cost of sale
    DirectShipment vatOnly = shipment().purchaseCost(cny("0.00")).inputVat(cny("13.00")).build();
    assertThat(vatOnly.journal()).hasSize(1);
    assertThat(vatOnly.journal().get(0).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.INPUT_VAT, cny("13.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_PAYABLE, cny("13.00")));
  }

  @Test
  void badInputIsRefusedByName() {
    assertThatThrownBy(() -> shipment().purchaseInvoice(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchaseInvoice must not be blank, was \" \"");
    assertThatThrownBy(() -> shipment().salesInvoice("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("salesInvoice must not be blank, was \"\"");
    assertThatThrownBy(() -> shipment().purchasedQuantity(qty("0")).soldQuantity(qty("0")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchasedQuantity must be positive, was 0");
    assertThatThrownBy(() -> shipment().purchaseCost(cny("-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchaseCost must not be negative, was CNY -0.01");
    assertThatThrownBy(() -> shipment().inputVat(cny("-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inputVat must not be negative, was CNY -0.01");
    assertThatThrownBy(() -> shipment().inputVat(Money.parse("USD 1.00")).build())
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
