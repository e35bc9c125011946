package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.credit.invoice.InvoiceDecision;
import dev.suanpan.core.credit.invoice.InvoiceGate;
import dev.suanpan.core.credit.writeoff.MemoRecord;
import dev.suanpan.core.credit.writeoff.WriteOffDecision;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The receivables ledger (应收账款明细账) of a business in one currency: the invoices, credit notes, debit
 * notes, collections, advance applications and reversals posted to it, each customer's open
 * instalments, advance and credit {@link Exposure}, and each registered contract's collected
 * amount. It is the one source the gates read: {@link #exposure} for the credit check, {@link
 * #openItems} for ageing, provision, write-off and overdue interest, {@link #collected} for the
 * invoice and commission gates. Immutable and thread-safe: {@code post} returns a {@link
 * ReceivablesPosting} holding the new ledger and the entries to book; this ledger never changes. An
 * update costs the same whatever the number of documents and open items (persistent storage shared
 * between versions), except a collection paying the oldest due first, which reads the instalments
 * it pays.
 *
 * <p>Bad input is refused with an {@link IllegalArgumentException} naming the document and the
 * values, and nothing is posted: a document number already posted (invoices, credit notes and debit
 * notes share one series, collections, advance applications and reversals another), an amount in
 * another currency, a document of another customer, a collection naming an instalment already paid,
 * a credit note crediting more than its invoice has open, an advance application beyond the
 * advance, a second reversal of a collection, an invoice against a contract not registered. Amounts
 * are bounded by {@link Exposure#MAX_MINOR}.
 *
 * <p>A business "no" is a result: an invoice against a contract whose collected share (the {@link
 * CreditPolicy#invoiceShare() policy's}, 60% in 002 第一篇 §11) is not reached is {@link
 * Outcome#HELD}, with the {@link InvoiceGate}'s explanation, and posts nothing.
 *
 * <p>A contract's collected amount is what was paid on its documents plus the advances received
 * naming it and not yet applied to its documents.
 */
public final class ReceivablesLedger {
  private final CreditPolicy policy;
  private final PersistentMap<String, Doc> documents;
  private final PersistentMap<String, Receipt> receipts;
  private final PersistentMap<String, ContractBalance> contracts;
  private final PersistentMap<CustomerId, Account> accounts;

  ReceivablesLedger(
      CreditPolicy policy,
      PersistentMap<String, Doc> documents,
      PersistentMap<String, Receipt> receipts,
      PersistentMap<String, ContractBalance> contracts,
      PersistentMap<CustomerId, Account> accounts) {
    this.policy = policy;
    this.documents = documents;
    this.receipts = receipts;
    this.contracts = contracts;
    this.accounts = accounts;
  }

  /** An empty ledger in {@code policy}'s currency, gating invoices by its invoice share. */
  public static ReceivablesLedger of(CreditPolicy policy) {
    Arguments.notNull(policy, "policy");
    return new ReceivablesLedger(
        policy,
        PersistentMap.empty(),
        PersistentMap.empty(),
        PersistentMap.empty(),
        PersistentMap.empty());
  }

  /** The credit policy: its currency and the invoice gate's share. */
  public CreditPolicy policy() {
    return policy;
  }

  /** The ledger's currency. */
  public CurrencyUnit currency() {
    return policy.currency();
  }

  /** The number of invoices, credit notes and debit notes posted. */
  public int documentCount() {
    return documents.size();
  }

  /**
   * This ledger with contract {@code contract} of {@code customer} worth {@code value} registered,
   * so that invoices against it pass the invoice gate.
   *
   * @throws IllegalArgumentException if the contract is already registered or the value is not a
   *     positive amount in the ledger's currency
   */
  public ReceivablesLedger withContract(String contract, CustomerId customer, Money value) {
    Arguments.notBlank(contract, "contract");
    Arguments.notNull(customer, "customer");
    long v = minor(Arguments.positive(value, "contract " + contract + " value"), "contract value");
    ContractBalance known = contracts.get(contract);
    Arguments.check(
        known == null, "contract %s is already registered, for %s", contract, known(known));
    return new ReceivablesLedger(
        policy,
        documents,
        receipts,
        contracts.put(contract, new ContractBalance(customer, v, 0, 0, null)),
        accounts);
  }

  private static Object known(ContractBalance c) {
    return c == null ? "" : c.customer;
  }

  /** This ledger with an order of {@code amount} approved for {@code customer} (open orders). */
  public ReceivablesLedger withOrderApproved(CustomerId customer, Money amount) {
    Account a = account(customer);
    return withAccount(customer, a.with(a.exposure.orderApproved(amount)));
  }

  /** This ledger with goods of {@code amount} shipped to {@code customer} against an order. */
  public ReceivablesLedger withShipment(CustomerId customer, Money amount) {
    Account a = account(customer);
    return withAccount(customer, a.with(a.exposure.shipped(amount)));
  }

  /** This ledger with an approved order of {@code customer}, or its unshipped rest, cancelled. */
  public ReceivablesLedger withOrderCancelled(CustomerId customer, Money amount) {
    Account a = account(customer);
    return withAccount(customer, a.with(a.exposure.orderCancelled(amount)));
  }

  private ReceivablesLedger withAccount(CustomerId customer, Account a) {
    return new ReceivablesLedger(policy, documents, receipts, contracts, accounts.put(customer, a));
  }

  /**
   * Posts a sales invoice: held if it is against a contract whose collected share is not reached;
   * otherwise its instalments are open and Dr accounts receivable / Cr revenue, Cr output VAT.
   */
  public ReceivablesPosting post(SalesInvoice invoice) {
    Arguments.notNull(invoice, "invoice");
    String n = invoice.number();
    checkNewDocument(n, "invoice");
    minor(invoice.gross(), "invoice " + n + " gross");
    Posting p = new Posting(this);
    if (invoice.contract().isPresent()) {
      ContractBalance c = contract(invoice.contract().get(), invoice.customer(), "invoice " + n);
      InvoiceDecision gate =
          InvoiceGate.of(policy).check(money(c.value), money(c.paid + c.advance));
      p.why.addAll(gate.explanation());
      if (!gate.isAllowed()) {
        return p.held(n, gate.outcome());
      }
    }
    p.invoice(invoice);
    return p.posted(n);
  }

  /** Posts a red-letter credit note against a posted invoice, latest instalment first. */
  public ReceivablesPosting post(CreditNote note) {
    Arguments.notNull(note, "note");
    String n = note.number();
    checkNewDocument(n, "credit note");
    Doc invoice = documents.get(note.invoice());
    Arguments.check(
        invoice != null && invoice.kind.equals(Doc.INVOICE),
        "credit note %s credits invoice %s, which is not a posted invoice",
        n,
        note.invoice());
    long credit = minor(note.gross(), "credit note " + n + " gross");
    Arguments.check(
        credit <= invoice.openTotal(),
        "credit note %s credits %s, more than invoice %s has open (%s)",
        n,
        note.gross(),
        invoice.number,
        money(invoice.openTotal()));
    Posting p = new Posting(this);
    p.credit(note, invoice, credit);
    return p.posted(n);
  }

  /** Posts a debit note: one instalment owed, Dr accounts receivable / Cr its account. */
  public ReceivablesPosting post(DebitNote note) {
    Arguments.notNull(note, "note");
    checkNewDocument(note.number(), "debit note");
    minor(note.amount(), "debit note " + note.number() + " amount");
    note.contract().ifPresent(c -> contract(c, note.customer(), "debit note " + note.number()));
    Posting p = new Posting(this);
    p.debit(note);
    return p.posted(note.number());
  }

  /**
   * Posts a collection: it pays the instalments named, or the oldest due first, and keeps what is
   * left as an advance.
   */
  public ReceivablesPosting post(Collection collection) {
    Arguments.notNull(collection, "collection");
    String n = collection.number();
    checkNewReceipt(n, "collection");
    minor(collection.amount(), "collection " + n + " amount");
    collection.contract().ifPresent(c -> contract(c, collection.customer(), "collection " + n));
    Posting p = new Posting(this);
    p.collect(collection);
    return p.posted(n);
  }

  /** Posts an advance application: the customer's advance pays open instalments. */
  public ReceivablesPosting post(AdvanceApplication application) {
    Arguments.notNull(application, "application");
    String n = application.number();
    checkNewReceipt(n, "advance application");
    long amount = minor(application.amount(), "advance application " + n + " amount");
    long advance = account(application.customer()).advance;
    Arguments.check(
        amount <= advance,
        "advance application %s applies %s, more than the advance of %s held for %s",
        n,
        application.amount(),
        money(advance),
        application.customer());
    Posting p = new Posting(this);
    p.applyAdvance(application);
    return p.posted(n);
  }

  /** Posts the reversal of a bounced collection. */
  public ReceivablesPosting post(CollectionReversal reversal) {
    Arguments.notNull(reversal, "reversal");
    String n = reversal.number();
    checkNewReceipt(n, "reversal");
    Receipt original = receipts.get(reversal.collection());
    Arguments.check(
        original != null && original.reversible,
        "reversal %s reverses %s, which is not a posted collection that is not yet reversed",
        n,
        reversal.collection());
    Posting p = new Posting(this);
    p.reverse(reversal, original);
    return p.posted(n);
  }

  /**
   * Posts an allowed bad-debt write-off (from {@link
   * dev.suanpan.core.credit.writeoff.BadDebtWriteOff}, made for one of {@link #openItems}): the
   * instalment it names falls by the amount written off. The posting's entry is the decision's (Dr
   * bad-debt allowance / Cr accounts receivable): book it once.
   *
   * @throws IllegalArgumentException if the decision is not allowed, names no open instalment of
   *     the ledger, or writes off more than is open on it
   */
  public ReceivablesPosting post(WriteOffDecision writeOff) {
    Arguments.notNull(writeOff, "writeOff");
    Arguments.check(
        writeOff.isAllowed() && writeOff.memo().isPresent(),
        "write-off %s is %s, not allowed: nothing to post",
        writeOff.memo().map(MemoRecord::document).orElse(""),
        writeOff.outcome());
    MemoRecord memo = writeOff.memo().get();
    ItemKey key = itemKey(memo.document());
    long amount = minor(memo.writtenOff(), "write-off " + memo.document() + " amount");
    Doc d = documents.get(key.document());
    Arguments.check(
        amount <= d.open[key.instalment()],
        "write-off of %s writes off %s, more than its open %s",
        memo.document(),
        memo.writtenOff(),
        money(d.open[key.instalment()]));
    Posting p = new Posting(this);
    p.writeOff(memo, key, amount, writeOff.entry().orElseThrow());
    return p.posted(memo.document());
  }

  /** The instalment an open item's name ({@code INV-1} or {@code INV-1#2}) stands for. */
  ItemKey itemKey(String item) {
    int hash = item.lastIndexOf('#');
    Doc d = documents.get(item);
    if (d != null && d.due.length == 1) {
      return d.key(0);
    }
    Arguments.check(hash > 0, "%s is not an open item of the ledger", item);
    d = documents.get(item.substring(0, hash));
    int i;
    try {
      i = Integer.parseInt(item.substring(hash + 1)) - 1;
    } catch (NumberFormatException e) {
      i = -1;
    }
    Arguments.check(
        d != null && d.due.length > 1 && i >= 0 && i < d.due.length,
        "%s is not an open item of the ledger",
        item);
    return d.key(i);
  }

  /** The credit exposure of {@code customer} as the posted documents leave it. */
  public Exposure exposure(CustomerId customer) {
    return account(customer).exposure;
  }

  /** The advance (预收账款) held for {@code customer}, not yet applied. */
  public Money advance(CustomerId customer) {
    return money(account(customer).advance);
  }

  /** What {@code customer} has open on invoices and debit notes. */
  public Money openBalance(CustomerId customer) {
    return account(customer).exposure.receivables();
  }

  /**
   * What {@code customer} has open, one {@link Receivable} per open instalment (named by the
   * document number, with {@code #n} when the document has several instalments), oldest due first,
   * then in posting order: the input of ageing, provision, write-off and overdue interest.
   */
  public ImmutableList<Receivable> openItems(CustomerId customer) {
    ImmutableList.Builder<Receivable> out = ImmutableList.builder();
    account(customer)
        .items
        .forEachOldestFirst(
            key -> {
              out.add(receivable(key));
              return true;
            });
    return out.build();
  }

  /**
   * Every customer's open instalments: by customer code, then as {@link #openItems(CustomerId)}.
   */
  public ImmutableList<Receivable> openItems() {
    ImmutableList.Builder<Receivable> out = ImmutableList.builder();
    for (CustomerId c : customers()) {
      out.addAll(openItems(c));
    }
    return out.build();
  }

  /**
   * Visits every customer's open instalments in the order of {@link #openItems()} (by customer
   * code, then oldest due first, then in posting order) without building a {@link Receivable} for
   * each: for reports over a large ledger, such as {@link
   * dev.suanpan.core.credit.ageing.Ageing#age(ReceivablesLedger, java.time.LocalDate)}.
   */
  public void forEachOpenItem(OpenItemVisitor visitor) {
    Arguments.notNull(visitor, "visitor");
    for (CustomerId c : customers()) {
      account(c)
          .items
          .forEachOldestFirst(
              key -> {
                Doc d = documents.get(key.document());
                int i = key.instalment();
                visitor.visit(c, d.itemName(i), d.date, d.due[i], d.open[i]);
                return true;
              });
    }
  }

  /** The customers the ledger has posted for, by code. */
  public ImmutableList<CustomerId> customers() {
    List<CustomerId> all = new ArrayList<>(accounts.size());
    accounts.forEach((c, a) -> all.add(c));
    all.sort(Comparator.comparing(CustomerId::code));
    return ImmutableList.copyOf(all);
  }

  /** What is still open on invoice or debit note {@code document}. */
  public Money open(String document) {
    return money(document(document).openTotal());
  }

  /**
   * The receivables detail of contract {@code contract} (003 (二) §8-9): its value, what was
   * collected for it, and its invoices and debit notes with what each billed and what is open.
   * Reads every document of the ledger once.
   *
   * @throws IllegalArgumentException if the contract is not registered
   */
  public ContractStatement statement(String contract) {
    ContractBalance c = contractBalance(contract);
    List<Doc> docs = new ArrayList<>();
    documents.forEach(
        (n, d) -> {
          if (contract.equals(d.contract) && !d.kind.equals(Doc.CREDIT_NOTE)) {
            docs.add(d);
          }
        });
    docs.sort(Comparator.comparing((Doc d) -> d.date).thenComparing(d -> d.number));
    ImmutableContractStatement.Builder b =
        ImmutableContractStatement.builder()
            .contract(contract)
            .customer(c.customer)
            .value(money(c.value))
            .collected(money(c.paid + c.advance));
    for (Doc d : docs) {
      long billed = 0;
      for (long a : d.amount) {
        billed += a;
      }
      b.addLines(
          ImmutableStatementLine.builder()
              .document(d.number)
              .kind(d.kind)
              .date(d.date)
              .billed(money(billed))
              .open(money(d.openTotal()))
              .build());
    }
    return b.build();
  }

  /**
   * The contract performance list (合同履行一览表) of {@code period}, a month, quarter or year (003 (一)
   * §1): for each registered contract, what was billed, credited and collected in the period and up
   * to its end. Reads every document and contract of the ledger once.
   */
  public ContractPerformanceReport performance(ReportPeriod period) {
    return Reports.performance(this, Arguments.notNull(period, "period"));
  }

  /**
   * The sales statistics of {@code period} (每日销售情况统计 for a day, 003 (一) §2): each invoice line and
   * credit note line dated in it, with its quantity, amounts and dimensions, tallied by any
   * dimension or customer. Reads every document of the ledger once.
   */
  public SalesReport sales(ReportPeriod period) {
    return Reports.sales(this, Arguments.notNull(period, "period"));
  }

  /**
   * The month-end summary of {@code month} (003 (一) §5): the month's contract performance, the own
   * sales to customers not in {@code secondaryOutlets}, each secondary outlet's pick-ups (二级网点的提车)
   * and the month's collections.
   *
   * @throws NullPointerException if an argument or a secondary outlet is null
   */
  public MonthEndReport monthEnd(YearMonth month, Set<CustomerId> secondaryOutlets) {
    return Reports.monthEnd(this, month, secondaryOutlets);
  }

  /**
   * The collections (资金回笼) of {@code year} by region and month (003 (二) §2), each customer counted
   * in its region in {@code regions}: collections by cash, transfer or bill, less reversals.
   *
   * @throws IllegalArgumentException if a customer who paid, or had a collection reversed, in the
   *     year has no region, or a region is blank
   */
  public RegionalCollectionsReport regionalCollections(int year, Map<CustomerId, String> regions) {
    return Reports.regionalCollections(this, year, regions);
  }

  /** Contract {@code contract}'s registered value. */
  public Money contractValue(String contract) {
    return money(contractBalance(contract).value);
  }

  /**
   * What was collected for contract {@code contract}: paid on its documents, plus advances received
   * naming it and not yet applied to them. The input of the invoice and commission gates.
   */
  public Money collected(String contract) {
    ContractBalance c = contractBalance(contract);
    return money(c.paid + c.advance);
  }

  Receivable receivable(ItemKey key) {
    Doc d = documents.get(key.document());
    int i = key.instalment();
    return Receivable.builder()
        .document(d.itemName(i))
        .customer(d.customer)
        .invoiceDate(d.date)
        .dueDate(d.due[i])
        .openAmount(money(d.open[i]))
        .salesperson(d.salesperson)
        .build();
  }

  Doc document(String number) {
    Arguments.notNull(number, "document");
    Doc d = documents.get(number);
    Arguments.check(
        d != null && !d.kind.equals(Doc.CREDIT_NOTE),
        "document %s is not a posted invoice or debit note",
        number);
    return d;
  }

  private ContractBalance contractBalance(String contract) {
    Arguments.notNull(contract, "contract");
    ContractBalance c = contracts.get(contract);
    Arguments.check(c != null, "contract %s is not registered", contract);
    return c;
  }

  ContractBalance contract(String contract, CustomerId customer, String what) {
    ContractBalance c = contracts.get(contract);
    Arguments.check(c != null, "%s names contract %s, which is not registered", what, contract);
    Arguments.check(
        c.customer.equals(customer),
        "%s is for %s, but contract %s is %s's",
        what,
        customer,
        contract,
        c.customer);
    return c;
  }

  Account account(CustomerId customer) {
    Arguments.notNull(customer, "customer");
    Account a = accounts.get(customer);
    return a != null
        ? a
        : new Account(Exposure.none(customer, currency()), OpenItems.EMPTY, 0, null);
  }

  private void checkNewDocument(String number, String what) {
    Doc d = documents.get(number);
    Arguments.check(
        d == null,
        "%s number %s is already posted: %s of %s to %s",
        what,
        number,
        d == null ? "" : d.kind,
        d == null ? "" : d.date,
        d == null ? "" : d.customer);
  }

  private void checkNewReceipt(String number, String what) {
    Receipt r = receipts.get(number);
    Arguments.check(
        r == null,
        "%s number %s is already posted: of %s from %s",
        what,
        number,
        r == null ? "" : r.date,
        r == null ? "" : r.customer);
  }

  long minor(Money amount, String name) {
    Arguments.inCurrency(amount, currency(), name);
    return Exposure.boundedMinor(amount, name);
  }

  Money money(long minor) {
    return Money.ofMinor(currency(), minor);
  }

  PersistentMap<String, Doc> documents() {
    return documents;
  }

  PersistentMap<String, Receipt> receipts() {
    return receipts;
  }

  PersistentMap<String, ContractBalance> contracts() {
    return contracts;
  }

  PersistentMap<CustomerId, Account> accounts() {
    return accounts;
  }

  @Override
  public String toString() {
    return "ReceivablesLedger{"
        + currency()
        + ", "
        + documents.size()
        + " documents, "
        + receipts.size()
        + " receipts, "
        + accounts.size()
        + " customers}";
  }
}
