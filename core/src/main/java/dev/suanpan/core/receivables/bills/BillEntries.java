package dev.suanpan.core.receivables.bills;

import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import java.time.LocalDate;
import org.joda.money.Money;

/** The journal entries a {@link BillRegister} books; each names the bill and its customer. */
final class BillEntries {
  private BillEntries() {}

  private static JournalEntry.Builder entry(BillReceivable bill, LocalDate date, String what) {
    return JournalEntry.builder()
        .date(date)
        .reference(bill.number())
        .description(what)
        .putDimension(Dimensions.CUSTOMER, bill.customer().code())
        .putDimension(Dimensions.BILL, bill.number());
  }

  /** Dr accounts payable / Cr notes receivable: the bill pays the supplier. */
  static JournalEntry endorsement(BillReceivable bill, String supplier, LocalDate date) {
    return entry(bill, date, "Bill " + bill.number() + " endorsed to " + supplier)
        .putDimension(Dimensions.SUPPLIER, supplier)
        .debit(LedgerAccount.ACCOUNTS_PAYABLE, bill.face())
        .credit(LedgerAccount.NOTES_RECEIVABLE, bill.face())
        .build();
  }

  /**
   * Dr bank (the proceeds), Dr financial expense (the interest) / Cr notes receivable without
   * recourse, Cr short-term borrowings with recourse.
   */
  static JournalEntry discount(
      BillReceivable bill,
      String bank,
      LocalDate date,
      Money proceeds,
      Money interest,
      boolean withRecourse) {
    JournalEntry.Builder e =
        entry(
                bill,
                date,
                "Bill "
                    + bill.number()
                    + " discounted at "
                    + bank
                    + (withRecourse ? " with recourse" : " without recourse"))
            .debit(LedgerAccount.BANK, proceeds);
    if (interest.isPositive()) {
      e.debit(LedgerAccount.INTEREST_EXPENSE, interest);
    }
    LedgerAccount credited =
        withRecourse ? LedgerAccount.SHORT_TERM_BORROWINGS : LedgerAccount.NOTES_RECEIVABLE;
    return e.credit(credited, bill.face()).build();
  }

  /**
   * Dr bank / Cr notes receivable when the business collects the bill; Dr short-term borrowings /
   * Cr notes receivable when the acceptor paid the bank that discounted it with recourse.
   */
  static JournalEntry collection(BillReceivable bill, LocalDate date, boolean discounted) {
    LedgerAccount debited = discounted ? LedgerAccount.SHORT_TERM_BORROWINGS : LedgerAccount.BANK;
    String what =
        discounted
            ? "Bill " + bill.number() + " paid to the discounting bank at maturity"
            : "Bill " + bill.number() + " collected at maturity";
    return entry(bill, date, what)
        .debit(debited, bill.face())
        .credit(LedgerAccount.NOTES_RECEIVABLE, bill.face())
        .build();
  }

  /** Dr short-term borrowings / Cr bank: the discounting bank takes the face back. */
  static JournalEntry bankClaim(BillReceivable bill, String bank, LocalDate date) {
    return entry(bill, date, "Bill " + bill.number() + " dishonoured: repaid to " + bank)
        .debit(LedgerAccount.SHORT_TERM_BORROWINGS, bill.face())
        .credit(LedgerAccount.BANK, bill.face())
        .build();
  }
}
