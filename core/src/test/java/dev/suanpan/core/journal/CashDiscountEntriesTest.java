package dev.suanpan.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Rounding;
import dev.suanpan.money.terms.CashDiscount;
import dev.suanpan.money.terms.CashDiscountTerms;
import dev.suanpan.money.terms.PartialPayment;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The seller's entry for a collection with a cash discount, by the gross method (总价法) as 初级会计实务
 * (应收账款, 现金折扣) teaches it: goods of 20,000 plus VAT 2,600 sold on 2/10, 1/20, n/30, the discount
 * computed on the price without VAT; paid within 10 days, 20,000 × 2% = 400 is a finance cost: Dr
 * 银行存款 22,200, Dr 财务费用 400, Cr 应收账款 22,600. Worked by hand.
 */
class CashDiscountEntriesTest {
  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static final CashDiscountTerms TERMS = CashDiscountTerms.parse("2/10, 1/20, n/30");
  static final LocalDate SOLD = LocalDate.of(2024, 3, 1);

  @Test
  void theTextbookSaleOnTwoTenOneTwentyNetThirtyPaidWithinTenDays() {
    CashDiscount d =
        TERMS.discountFor(cny("20000.00"), SOLD, LocalDate.of(2024, 3, 9), Rounding.FEN);
    assertThat(d.discount()).isEqualTo(cny("400.00"));

    JournalEntry e =
        CashDiscountEntries.collected(d.paymentDate(), "RC-1", cny("22600.00"), d.discount());

    assertThat(e.lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.BANK, cny("22200.00")),
            JournalLine.debit(LedgerAccount.CASH_DISCOUNT, cny("400.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_RECEIVABLE, cny("22600.00")));
    assertThat(LedgerAccount.CASH_DISCOUNT.chineseName()).startsWith("财务费用");
    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 9));
  }

  @Test
  void aDiscountOnTheWholeInvoiceAndOnAPartialPayment() {
    // Whole invoice of 10,000.00 paid on day 15 under 1/20: discount 100.00, received 9,900.00.
    CashDiscount whole =
        TERMS.discountFor(cny("10000.00"), SOLD, LocalDate.of(2024, 3, 16), Rounding.FEN);
    assertThat(CashDiscountEntries.collected(whole, "RC-2").lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.BANK, cny("9900.00")),
            JournalLine.debit(LedgerAccount.CASH_DISCOUNT, cny("100.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_RECEIVABLE, cny("10000.00")));

    // 4,900.00 paid on day 5 under 2/10: settles 4,900.00 / 0.98 = 5,000.00, discount 100.00.
    PartialPayment part =
        TERMS.partialPayment(
            cny("10000.00"), cny("4900.00"), SOLD, LocalDate.of(2024, 3, 6), Rounding.FEN);
    assertThat(CashDiscountEntries.collected(part, "RC-3").lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.BANK, cny("4900.00")),
            JournalLine.debit(LedgerAccount.CASH_DISCOUNT, cny("100.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_RECEIVABLE, cny("5000.00")));
  }

  @Test
  void withoutADiscountTheBankTakesItAll() {
    CashDiscount none =
        TERMS.discountFor(cny("10000.00"), SOLD, LocalDate.of(2024, 3, 31), Rounding.FEN);
    assertThat(CashDiscountEntries.collected(none, "RC-4").lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.BANK, cny("10000.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_RECEIVABLE, cny("10000.00")));
  }

  @Test
  void aDiscountAboveWhatIsSettledIsRefused() {
    assertThatThrownBy(
            () -> CashDiscountEntries.collected(SOLD, "RC-5", cny("100.00"), cny("100.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discount must not exceed the CNY 100.00 settled, was CNY 100.01");
    assertThatThrownBy(() -> CashDiscountEntries.collected(SOLD, " ", cny("100.00"), cny("1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reference");
  }
}
