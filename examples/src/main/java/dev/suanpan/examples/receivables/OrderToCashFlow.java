package dev.suanpan.examples.receivables;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.credit.ageing.AgeingReport;
import dev.suanpan.core.credit.provision.BadDebtProvision;
import dev.suanpan.core.credit.provision.ProvisionDecision;
import dev.suanpan.core.credit.writeoff.BadDebtWriteOff;
import dev.suanpan.core.credit.writeoff.WriteOffDecision;
import dev.suanpan.core.credit.writeoff.WriteOffRequest;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.DistributorDunningLevels;
import dev.suanpan.core.receivables.AdvanceApplication;
import dev.suanpan.core.receivables.Collection;
import dev.suanpan.core.receivables.CollectionReversal;
import dev.suanpan.core.receivables.CreditNote;
import dev.suanpan.core.receivables.CreditReason;
import dev.suanpan.core.receivables.DebitNote;
import dev.suanpan.core.receivables.InstalmentRef;
import dev.suanpan.core.receivables.InvoiceKind;
import dev.suanpan.core.receivables.InvoiceLine;
import dev.suanpan.core.receivables.Milestone;
import dev.suanpan.core.receivables.PaymentMethod;
import dev.suanpan.core.receivables.PaymentTerms;
import dev.suanpan.core.receivables.ReceivablesLedger;
import dev.suanpan.core.receivables.ReceivablesPosting;
import dev.suanpan.core.receivables.RegionCollections;
import dev.suanpan.core.receivables.ReportPeriod;
import dev.suanpan.core.receivables.SalesInvoice;
import dev.suanpan.core.receivables.TermLine;
import dev.suanpan.core.receivables.bills.BillApproval;
import dev.suanpan.core.receivables.bills.BillDecision;
import dev.suanpan.core.receivables.bills.BillKind;
import dev.suanpan.core.receivables.bills.BillReceivable;
import dev.suanpan.core.receivables.bills.BillRegister;
import dev.suanpan.core.receivables.dunning.Dunning;
import dev.suanpan.core.receivables.dunning.DunningNotice;
import dev.suanpan.examples.policies.PolicyFiles;
import dev.suanpan.examples.tour.Flow;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.money.Percent;
import dev.suanpan.money.tax.VatRate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Order to cash for one customer over 2026, through one {@link ReceivablesLedger}: a contract of
 * CNY 226,000.00 paid 30% at signing, 60% at delivery and 10% thirty days after acceptance; the
 * deposit kept as an advance; the invoice held until 60% is collected (002 第一篇 §11); the advance
 * applied; a transfer that bounces and is paid again; a price allowance on a red-letter credit
 * note; the last instalment overdue, dunned with interest (002 第一篇 §5); the interest written off to
 * the memo register; the year-end ageing and provision (002 §(八)); the contract performance list by
 * quarter and the collections by month (003). Every entry is shown.
 */
public final class OrderToCashFlow implements Flow {
  /** The customer. */
  public static final CustomerId CUSTOMER = CustomerId.of("HUAXIN-MACHINERY");

  /** The contract. */
  public static final String CONTRACT = "K-2026-01";

  /** The customer's sales region (片区), for the collections by region. */
  public static final String REGION = "East China";

  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final LocalDate SIGNED = LocalDate.of(2026, 1, 10);
  static final LocalDate DELIVERED = LocalDate.of(2026, 3, 15);
  static final LocalDate ACCEPTED = LocalDate.of(2026, 4, 20);
  static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

  /** What the flow leaves: the ledger, every entry booked, the provision and the write-off. */
  public record Result(
      FlowReport account,
      ReceivablesLedger ledger,
      List<JournalEntry> entries,
      ProvisionDecision provision,
      WriteOffDecision writeOff) {}

  @Override
  public FlowReport run() {
    return play().account();
  }

  /** Runs the flow and returns its account with the values behind it. */
  public Result play() {
    Run run = new Run();
    run.contract();
    run.invoice();
    run.collections();
    run.allowance();
    run.dunning();
    run.bills();
    ProvisionDecision provision = run.yearEnd();
    WriteOffDecision writeOff = run.writeOff();
    run.books();
    run.reports();
    return new Result(run.account.build(), run.ledger, run.entries, provision, writeOff);
  }

  private static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  /** One run of the flow: the ledger as it goes and the account printed. */
  private static final class Run {
    final CreditPolicy policy = PolicyFiles.distributorCreditTerms();
    final FlowReport.Builder account =
        FlowReport.titled("Order to cash: one customer's year in the receivables ledger");
    final List<JournalEntry> entries = new ArrayList<>();
    ReceivablesLedger ledger = ReceivablesLedger.of(policy);
    SalesInvoice invoice;

    void post(ReceivablesPosting p) {
      account.line("%s %s", p.document(), p.outcome());
      p.explanation().steps().forEach(s -> account.line("  %s", s));
      for (JournalEntry e : p.entries()) {
        entries.add(e);
        account.block(e);
      }
      ledger = p.ledger();
    }

    void contract() {
      account.step(
          "Contract " + CONTRACT + " signed " + SIGNED + ", the deposit kept as an advance");
      ledger = ledger.withContract(CONTRACT, CUSTOMER, cny("226000.00"));
      post(ledger.post(collection("COL-01", SIGNED, "67800.00", true)));
    }

    void invoice() {
      account.step("Delivered " + DELIVERED + ": the invoice waits for 60% collected");
      invoice =
          SalesInvoice.builder()
              .number("INV-01")
              .customer(CUSTOMER)
              .date(DELIVERED)
              .kind(InvoiceKind.VAT_SPECIAL)
              .contract(CONTRACT)
              .addLines(
                  InvoiceLine.inclusive("cold-rolling line", cny("226000.00"), VatRate.STANDARD_13))
              .terms(
                  PaymentTerms.milestones(
                      TermLine.share(Percent.of(30), Milestone.SIGNING, 0),
                      TermLine.share(Percent.of(60), Milestone.DELIVERY, 0),
                      TermLine.share(Percent.of(10), Milestone.ACCEPTANCE, 30)))
              .milestoneDates(
                  Map.of(
                      Milestone.SIGNING,
                      SIGNED,
                      Milestone.DELIVERY,
                      DELIVERED,
                      Milestone.ACCEPTANCE,
                      ACCEPTED))
              .build();
      post(ledger.post(invoice));
      post(ledger.post(collection("COL-02", LocalDate.of(2026, 3, 20), "67800.00", true)));
      account.line("Collected for %s: %s", CONTRACT, ledger.collected(CONTRACT));
      invoice = SalesInvoice.builder().from(invoice).date(LocalDate.of(2026, 3, 20)).build();
      post(ledger.post(invoice));
      post(
          ledger.post(
              AdvanceApplication.builder()
                  .number("ADV-01")
                  .customer(CUSTOMER)
                  .date(LocalDate.of(2026, 3, 20))
                  .amount(cny("135600.00"))
                  .build()));
    }

    void collections() {
      account.step("A transfer bounces and is paid again");
      post(ledger.post(collection("COL-03", LocalDate.of(2026, 4, 10), "67800.00", false)));
      post(
          ledger.post(
              CollectionReversal.builder()
                  .number("REV-01")
                  .collection("COL-03")
                  .date(LocalDate.of(2026, 4, 13))
                  .reason("transfer returned by the bank")
                  .build()));
      post(ledger.post(collection("COL-04", LocalDate.of(2026, 4, 25), "67800.00", false)));
    }

    void allowance() {
      account.step("A price allowance on a red-letter credit note");
      post(
          ledger.post(
              CreditNote.builder()
                  .number("RED-01")
                  .invoice("INV-01")
                  .date(LocalDate.of(2026, 5, 8))
                  .reason(CreditReason.ALLOWANCE)
                  .addLines(
                      InvoiceLine.inclusive(
                          "surface defect allowance", cny("2260.00"), VatRate.STANDARD_13))
                  .build()));
      printOpen();
    }

    void dunning() {
      LocalDate asOf = LocalDate.of(2026, 7, 31);
      account.step("Dunning on " + asOf);
      DunningNotice notice =
          Dunning.of(DistributorDunningLevels.policy(policy))
              .assess(ledger.openItems(CUSTOMER), asOf)
              .notice(CUSTOMER)
              .orElseThrow();
      notice.explanation().steps().forEach(s -> account.line("  %s", s));
      DebitNote interest = notice.interestNote("DN-01", LocalDate.of(2026, 8, 31)).orElseThrow();
      post(ledger.post(interest));
    }

    /**
     * Spare parts invoiced 2026-06-01 (CNY 339,000.00, net 30) and paid with three acceptance bills
     * of CNY 113,000.00 maturing 2026-12-20: one endorsed to a supplier, one discounted at the
     * bank, one dishonoured at maturity.
     */
    void bills() {
      account.step("Spare parts paid with three acceptance bills");
      post(
          ledger.post(
              SalesInvoice.builder()
                  .number("INV-02")
                  .customer(CUSTOMER)
                  .date(LocalDate.of(2026, 8, 3))
                  .kind(InvoiceKind.VAT_SPECIAL)
                  .addLines(
                      InvoiceLine.inclusive("spare rolls", cny("339000.00"), VatRate.STANDARD_13))
                  .terms(PaymentTerms.net(30))
                  .build()));
      BillApproval finance =
          BillApproval.of(PersonId.of("finance-vp-wang"), CompanyRoles.FINANCE_DEPUTY_GM);
      register = BillRegister.of(CNY, billAuthority());
      for (String b : List.of("B-1", "B-2", "B-3")) {
        bill(b, b.equals("B-3") ? BillKind.COMMERCIAL_ACCEPTANCE : BillKind.BANK_ACCEPTANCE);
      }
      show(register.endorse("B-1", "BAOSTEEL-SUPPLY", LocalDate.of(2026, 8, 20), finance));
      show(
          register.discount(
              "B-2", "ICBC", LocalDate.of(2026, 9, 21), Percent.parse("3.6%"), false, finance));
      BillDecision dishonoured =
          show(register.dishonour("B-3", LocalDate.of(2026, 12, 21), cny("56.50")));
      post(ledger.post(dishonoured.reversal().orElseThrow()));
      post(ledger.post(dishonoured.debitNote().orElseThrow()));
    }

    BillRegister register;

    private void bill(String number, BillKind kind) {
      BillReceivable bill =
          BillReceivable.builder()
              .number(number)
              .kind(kind)
              .drawer("Huaxin Machinery Co.")
              .acceptor(kind == BillKind.BANK_ACCEPTANCE ? "ICBC Wuxi" : "Huaxin Machinery Co.")
              .customer(CUSTOMER)
              .issueDate(LocalDate.of(2026, 8, 10))
              .maturityDate(LocalDate.of(2026, 12, 20))
              .face(cny("113000.00"))
              .build();
      Collection paying =
          Collection.builder()
              .number("COL-" + number)
              .customer(CUSTOMER)
              .date(LocalDate.of(2026, 8, 10))
              .amount(bill.face())
              .method(PaymentMethod.BILL)
              .bill(number)
              .addAppliesTo(InstalmentRef.of("INV-02"))
              .build();
      BillDecision received = show(register.receive(bill, paying));
      post(ledger.post(received.collection().orElseThrow()));
    }

    private BillDecision show(BillDecision d) {
      account.line("%s %s", d.bill().number(), d.outcome());
      d.explanation().steps().forEach(s -> account.line("  %s", s));
      for (JournalEntry e : d.entries()) {
        entries.add(e);
        account.block(e);
      }
      register = d.register();
      return d;
    }

    /** The finance deputy GM endorses and discounts bills up to CNY 500,000.00 (an example). */
    private static AuthorityPolicy billAuthority() {
      Limit upTo = Limit.upToAmount(cny("500000.00"));
      return AuthorityPolicy.builder()
          .role(CompanyRoles.FINANCE_DEPUTY_GM)
          .limit(CompanyRoles.FINANCE_DEPUTY_GM, BillRegister.ENDORSEMENT, upTo)
          .limit(CompanyRoles.FINANCE_DEPUTY_GM, BillRegister.DISCOUNT, upTo)
          .build();
    }

    WriteOffDecision writeOff() {
      account.step("The interest, waived in the settlement, written off to the memo register");
      Receivable dn =
          ledger.openItems(CUSTOMER).stream()
              .filter(r -> r.document().equals("DN-01"))
              .findFirst()
              .orElseThrow();
      WriteOffDecision w =
          BadDebtWriteOff.of(policy)
              .writeOff(
                  WriteOffRequest.builder()
                      .receivable(dn)
                      .on(YEAR_END)
                      .cause("interest waived in the settlement with the customer")
                      .approvedBy(PersonId.of("credit-manager-li"))
                      .approverRole(CompanyRoles.CREDIT_MANAGER)
                      .build());
      account.line("Write-off %s", w.outcome());
      post(ledger.post(w));
      return w;
    }

    ProvisionDecision yearEnd() {
      account.step("Year end " + YEAR_END + ": ageing and provision");
      printOpen();
      AgeingReport ageing = Ageing.of(policy).age(ledger.openItems(CUSTOMER), YEAR_END);
      ageing.lines().stream()
          .filter(l -> l.amount().isPositive())
          .forEach(l -> account.line("  %-8s %s", l.bucket().label(), l.amount()));
      ProvisionDecision p = BadDebtProvision.of(policy).provide(ageing, Money.zero(CNY));
      p.explanation().steps().forEach(s -> account.line("  %s", s));
      account.line(
          "Provision %s by %s; approved, booked:", p.outcome(), p.requiredApprover().orElseThrow());
      JournalEntry e = p.entry().orElseThrow();
      entries.add(e);
      account.block(e);
      return p;
    }

    void books() {
      account.step("The books at year end");
      JournalSummary books = JournalSummary.of(CNY, entries);
      account.line(
          "Accounts receivable Dr %s = open in the ledger %s",
          books.balanceOf(LedgerAccount.ACCOUNTS_RECEIVABLE), ledger.openBalance(CUSTOMER));
      account.line(
          "Revenue Cr %s, output VAT Cr %s, bad-debt allowance Cr %s",
          books.balanceOf(LedgerAccount.REVENUE).negated(),
          books.balanceOf(LedgerAccount.OUTPUT_VAT).negated(),
          books.balanceOf(LedgerAccount.BAD_DEBT_ALLOWANCE).negated());
    }

    /**
     * The back office's reports of the year (003): the contract's performance list by quarter and
     * the collections by month of the customer's region.
     */
    void reports() {
      account.step("The contract performance list by quarter and the collections by month");
      for (ReportPeriod q : ReportPeriod.year(YEAR_END.getYear()).quarters()) {
        account.line("%s %s", q, ledger.performance(q).line(CONTRACT));
      }
      RegionCollections region =
          ledger.regionalCollections(YEAR_END.getYear(), Map.of(CUSTOMER, REGION)).region(REGION);
      for (int m = 1; m <= 12; m++) {
        if (!region.month(m).isZero()) {
          account.line("%s %d-%02d collected %s", REGION, YEAR_END.getYear(), m, region.month(m));
        }
      }
      account.line("%s %d collected %s", REGION, YEAR_END.getYear(), region.total());
    }

    void printOpen() {
      for (Receivable r : ledger.openItems(CUSTOMER)) {
        account.line("  open %s due %s %s", r.document(), r.dueDate(), r.openAmount());
      }
      account.line("  exposure %s", ledger.exposure(CUSTOMER));
    }

    Collection collection(String number, LocalDate date, String amount, boolean advance) {
      return Collection.builder()
          .number(number)
          .customer(CUSTOMER)
          .date(date)
          .amount(cny(amount))
          .method(PaymentMethod.TRANSFER)
          .contract(CONTRACT)
          .asAdvance(advance)
          .build();
    }
  }
}
