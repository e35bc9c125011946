package dev.suanpan.core.receivables.bills;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.receivables.Collection;
import dev.suanpan.core.receivables.CollectionReversal;
import dev.suanpan.core.receivables.DebitNote;
import dev.suanpan.core.receivables.PaymentMethod;
import dev.suanpan.core.receivables.ReceivablesLedger;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.interest.DayCount;
import dev.suanpan.money.interest.InterestAccrual;
import dev.suanpan.money.interest.SimpleInterest;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The custody register of bills receivable (应收票据备查簿) of a business in one currency: each bill
 * received, where it stands and the entries of each step, as 002 §(六) 第二 asks (由专人保管应收票据,
 * 对即将到期的应收票据, 及时办理托收, 定期核对盘点; 票据贴现、背书应经恰当审批).
 *
 * <ul>
 *   <li>{@link #receive} a bill against the customer's invoices: the decision gives the {@link
 *       Collection} by {@link PaymentMethod#BILL} to post to the {@link ReceivablesLedger}, which
 *       books Dr notes receivable / Cr accounts receivable (the ledger stays the one source of
 *       receivables);
 *   <li>{@link #maturingWithin} lists the held bills due within N days (the maturity schedule);
 *       {@link #count} checks the bills on hand against the register;
 *   <li>{@link #collect} at maturity: Dr bank / Cr notes receivable;
 *   <li>{@link #endorse} to a supplier: Dr accounts payable / Cr notes receivable;
 *   <li>{@link #discount} at a bank: interest {@code face × rate × days / 360}; Dr bank, Dr
 *       interest expense / Cr notes receivable without recourse, Cr short-term borrowings with
 *       recourse;
 *   <li>{@link #dishonour} at maturity: the {@link CollectionReversal} of the bill's collection and
 *       a {@link DebitNote} of the interest to post to the ledger, and the bank's claim if the bill
 *       was discounted with recourse.
 * </ul>
 *
 * <p>Endorsing and discounting are approved within authority: the signer's role must hold a limit
 * on {@link #ENDORSEMENT} or {@link #DISCOUNT} in the register's {@link AuthorityPolicy} covering
 * the face; otherwise the decision is {@link Outcome#NEEDS_APPROVAL} (with the route to the lowest
 * superior who may sign) or {@link Outcome#REFUSED} (nobody may), and nothing is done.
 *
 * <p>Immutable and thread-safe: every operation returns a {@link BillDecision} holding the register
 * after it; this register never changes. An operation copies the register's index (linear in the
 * number of bills). Bad input or a bill in the wrong state is refused with an {@link
 * IllegalArgumentException} naming the bill (an unknown bill, a bill received twice, collecting or
 * endorsing a bill not held, a date before the bill's last step, collecting or dishonouring before
 * maturity, endorsing or discounting after it), and nothing is done; amounts in another currency
 * with a {@link org.joda.money.CurrencyMismatchException}.
 */
public final class BillRegister {
  /** The authority subject of endorsing a bill, measured by its face amount. */
  public static final Subject ENDORSEMENT = Subject.of("bill-endorsement");

  /** The authority subject of discounting a bill, measured by its face amount. */
  public static final Subject DISCOUNT = Subject.of("bill-discount");

  /**
   * The discount's day count: actual days from the discount date to the day before maturity (the
   * discount date counts, the maturity date does not), over a year of 360 days (日贴现率 = 年贴现率 / 360):
   * {@link DayCount#ACT_360}. This is the convention of the PBOC's 支付结算办法 (银发〔1997〕393号):
   * 实付贴现金额按票面金额扣除贴现日至汇票到期前1日的利息计算.
   */
  public static final DayCount DISCOUNT_DAY_COUNT = DayCount.ACT_360;

  /** The discount interest is rounded once, to the fen, half up. */
  public static final Rounding DISCOUNT_ROUNDING = Rounding.FEN;

  private final CurrencyUnit currency;
  private final AuthorityPolicy authority;
  private final ImmutableMap<String, BillHolding> holdings;

  private BillRegister(
      CurrencyUnit currency,
      AuthorityPolicy authority,
      ImmutableMap<String, BillHolding> holdings) {
    this.currency = currency;
    this.authority = authority;
    this.holdings = holdings;
  }

  /**
   * An empty register in {@code currency}, approving endorsements and discounts by {@code
   * authority}.
   */
  public static BillRegister of(CurrencyUnit currency, AuthorityPolicy authority) {
    Arguments.notNull(currency, "currency");
    Arguments.notNull(authority, "authority");
    return new BillRegister(currency, authority, ImmutableMap.of());
  }

  /** The register's currency. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The authority matrix endorsements and discounts are approved by. */
  public AuthorityPolicy authority() {
    return authority;
  }

  /**
   * Receives {@code bill} on {@code date} as collection {@code collection}, paying the customer's
   * oldest due first; see {@link #receive(BillReceivable, Collection)}.
   */
  public BillDecision receive(BillReceivable bill, String collection, LocalDate date) {
    Arguments.notNull(bill, "bill");
    Arguments.notBlank(collection, "collection");
    Arguments.notNull(date, "date");
    return receive(
        bill,
        Collection.builder()
            .number(collection)
            .customer(bill.customer())
            .date(date)
            .amount(bill.face())
            .method(PaymentMethod.BILL)
            .bill(bill.number())
            .build());
  }

  /**
   * Receives {@code bill} with {@code collection} (naming the instalments or the contract it pays,
   * if it does): the bill is held from the collection's date and the decision gives the collection
   * to post to the ledger.
   *
   * @throws IllegalArgumentException if the bill is already in the register, the collection is not
   *     by this bill for its face from its customer, or the date is before the bill's issue or
   *     after its maturity
   */
  public BillDecision receive(BillReceivable bill, Collection collection) {
    Arguments.notNull(bill, "bill");
    Arguments.notNull(collection, "collection");
    String n = bill.number();
    Arguments.inCurrency(bill.face(), currency, "bill " + n + " face");
    BillHolding known = holdings.get(n);
    Arguments.check(known == null, "bill %s is already in the register: %s", n, known);
    checkCollection(bill, collection);
    Explanation.Builder why = Explanation.builder();
    why.add(
        BillRule.RECEIVED,
        "%s %s of %s from %s, accepted by %s, due %s: collection %s pays %s",
        bill.kind().chineseName(),
        n,
        bill.face(),
        bill.customer(),
        bill.acceptor(),
        bill.maturityDate(),
        collection.number(),
        collection.appliesTo().isEmpty() ? "the oldest due first" : collection.appliesTo());
    BillHolding held =
        ImmutableBillHolding.builder()
            .bill(bill)
            .collection(collection)
            .status(BillStatus.HELD)
            .since(collection.date())
            .build();
    return allowed(bill, why, held).collection(collection).build();
  }

  private static void checkCollection(BillReceivable bill, Collection c) {
    String n = bill.number();
    Arguments.check(
        c.method() == PaymentMethod.BILL
            && c.bill().equals(Optional.of(n))
            && c.amount().equals(bill.face())
            && c.customer().equals(bill.customer()),
        "bill %s of %s from %s is received by collection %s, which must be by bill %s for %s from"
            + " %s, was by %s %s for %s from %s",
        n,
        bill.face(),
        bill.customer(),
        c.number(),
        n,
        bill.face(),
        bill.customer(),
        c.method(),
        c.bill().orElse(""),
        c.amount(),
        c.customer());
    Arguments.check(
        !c.date().isBefore(bill.issueDate()) && !c.date().isAfter(bill.maturityDate()),
        "bill %s is received on %s, outside its life from issue on %s to maturity on %s",
        n,
        c.date(),
        bill.issueDate(),
        bill.maturityDate());
  }

  /**
   * The maturity schedule: the held bills maturing on or before {@code asOf} plus {@code days}
   * (those past maturity and still held too), soonest first, each with its days to maturity.
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public ImmutableList<MaturityAlert> maturingWithin(LocalDate asOf, int days) {
    Arguments.notNull(asOf, "asOf");
    Arguments.nonNegative(days, "days");
    LocalDate horizon = asOf.plusDays(days);
    List<MaturityAlert> due = new ArrayList<>();
    for (BillHolding h : holdings.values()) {
      LocalDate m = h.bill().maturityDate();
      if (h.status() == BillStatus.HELD && !m.isAfter(horizon)) {
        due.add(new MaturityAlert(h.bill(), ChronoUnit.DAYS.between(asOf, m)));
      }
    }
    due.sort(
        Comparator.comparing((MaturityAlert a) -> a.bill().maturityDate())
            .thenComparing(a -> a.bill().number()));
    return ImmutableList.copyOf(due);
  }

  /**
   * Counts the bills on hand against the register (定期核对盘点): {@code onHand} are the numbers of the
   * bills found in custody on {@code date}.
   *
   * @throws IllegalArgumentException if a number is blank or given twice
   */
  public BillCountReport count(LocalDate date, java.util.Collection<String> onHand) {
    Arguments.notNull(date, "date");
    Arguments.notNull(onHand, "onHand");
    Set<String> found = new LinkedHashSet<>();
    for (String n : onHand) {
      Arguments.notBlank(n, "onHand bill number");
      Arguments.check(found.add(n), "bill %s is counted twice on hand on %s", n, date);
    }
    ImmutableBillCountReport.Builder report = ImmutableBillCountReport.builder().date(date);
    Money face = Money.zero(currency);
    for (BillHolding h : holdings.values()) {
      if (h.status() == BillStatus.HELD) {
        report.addHeld(h.bill());
        face = face.plus(h.bill().face());
        if (!found.remove(h.bill().number())) {
          report.addMissing(h.bill());
        }
      }
    }
    return report.heldFace(face).addAllUnexpected(found).build();
  }

  /**
   * Collects bill {@code bill} at maturity: a held bill is paid to the business (Dr bank / Cr notes
   * receivable); a bill discounted with recourse is paid to the bank, which ends the contingent
   * liability (Dr short-term borrowings / Cr notes receivable).
   *
   * @throws IllegalArgumentException if the bill is not in the register, neither held nor
   *     discounted with recourse, or {@code date} is before its maturity
   */
  public BillDecision collect(String bill, LocalDate date) {
    BillHolding h = holding(bill);
    Arguments.check(
        h.onTheBooks(),
        "bill %s cannot be collected: it is %s, not held nor discounted with recourse",
        bill,
        h);
    checkAtMaturity(h, date, "collected");
    Explanation.Builder why = Explanation.builder();
    boolean discounted = h.contingent();
    why.add(
        BillRule.COLLECTED,
        discounted
            ? "bill %s paid at maturity on %s to %s, which discounted it with recourse: the"
                + " contingent liability of %s ends"
            : "bill %s collected at maturity on %s%s: %s into the bank",
        bill,
        date,
        discounted ? h.counterparty().orElseThrow() : "",
        h.bill().face());
    BillHolding after = moved(h, BillStatus.COLLECTED, date).build();
    return allowed(h.bill(), why, after)
        .addEntries(BillEntries.collection(h.bill(), date, discounted))
        .build();
  }

  /**
   * Endorses held bill {@code bill} over to {@code supplier} in payment (背书转让), approved by {@code
   * approval}: when within the signer's authority on {@link #ENDORSEMENT}, Dr accounts payable / Cr
   * notes receivable.
   *
   * @throws IllegalArgumentException if the bill is not held, or {@code date} is before the bill's
   *     receipt or after its maturity
   */
  public BillDecision endorse(String bill, String supplier, LocalDate date, BillApproval approval) {
    BillHolding h = held(bill, "endorsed");
    Arguments.notBlank(supplier, "supplier");
    Arguments.notNull(approval, "approval");
    checkBeforeMaturity(h, date, "endorsed", false);
    Explanation.Builder why = Explanation.builder();
    Optional<BillDecision> unapproved = unapproved(h, ENDORSEMENT, "endorsement", approval, why);
    if (unapproved.isPresent()) {
      return unapproved.get();
    }
    why.add(
        BillRule.ENDORSED,
        "bill %s of %s endorsed to %s on %s in payment",
        bill,
        h.bill().face(),
        supplier,
        date);
    BillHolding after = moved(h, BillStatus.ENDORSED, date).counterparty(supplier).build();
    return allowed(h.bill(), why, after)
        .addEntries(BillEntries.endorsement(h.bill(), supplier, date))
        .build();
  }

  /**
   * Discounts held bill {@code bill} at {@code bank} on {@code date} at {@code annualRate},
   * approved by {@code approval}, with no clearing days; see {@link #discount(String, String,
   * LocalDate, Percent, boolean, BillApproval, int)}.
   */
  public BillDecision discount(
      String bill,
      String bank,
      LocalDate date,
      Percent annualRate,
      boolean withRecourse,
      BillApproval approval) {
    return discount(bill, bank, date, annualRate, withRecourse, approval, 0);
  }

  /**
   * Discounts held bill {@code bill} at {@code bank} on {@code date} at {@code annualRate},
   * approved by {@code approval}. Interest: {@code face × annualRate × days / 360}, days by {@link
   * #DISCOUNT_DAY_COUNT} from {@code date} to the maturity plus {@code clearingDays} (3 when the
   * acceptor is in another town: 承兑人在异地的 ... 贴现利息的计算应另加3天的划款日期, 支付结算办法), rounded once by {@link
   * #DISCOUNT_ROUNDING}; the proceeds are the face less the interest. When within the signer's
   * authority on {@link #DISCOUNT}: Dr bank (proceeds), Dr interest expense (interest) / Cr notes
   * receivable without recourse; with recourse Cr short-term borrowings, the bill staying on notes
   * receivable as a contingent liability until {@link #collect paid} or {@link #dishonour
   * dishonoured} at maturity.
   *
   * @throws IllegalArgumentException if the bill is not held, {@code date} is before its receipt or
   *     not before its maturity, the rate or the clearing days are negative, or the interest would
   *     take the whole face
   */
  public BillDecision discount(
      String bill,
      String bank,
      LocalDate date,
      Percent annualRate,
      boolean withRecourse,
      BillApproval approval,
      int clearingDays) {
    BillHolding h = held(bill, "discounted");
    Arguments.notBlank(bank, "bank");
    Arguments.notNull(approval, "approval");
    Arguments.nonNegative(clearingDays, "clearingDays");
    checkBeforeMaturity(h, date, "discounted", true);
    InterestAccrual interest = discountInterest(h.bill(), date, annualRate, clearingDays);
    Explanation.Builder why = Explanation.builder();
    Optional<BillDecision> unapproved = unapproved(h, DISCOUNT, "discount", approval, why);
    if (unapproved.isPresent()) {
      return unapproved.get();
    }
    Money proceeds = h.bill().face().minus(interest.interest());
    explainDiscount(h, bank, interest, clearingDays, proceeds, why);
    if (withRecourse) {
      why.add(
          BillRule.RECOURSE,
          "with recourse: %s stays on notes receivable against short-term borrowings, a contingent"
              + " liability until maturity on %s",
          h.bill().face(),
          h.bill().maturityDate());
    }
    BillHolding after =
        moved(h, BillStatus.DISCOUNTED, date)
            .counterparty(bank)
            .withRecourse(withRecourse)
            .discountInterest(interest.interest())
            .build();
    return allowed(h.bill(), why, after)
        .addEntries(
            BillEntries.discount(h.bill(), bank, date, proceeds, interest.interest(), withRecourse))
        .discountInterest(interest.interest())
        .proceeds(proceeds)
        .build();
  }

  private static InterestAccrual discountInterest(
      BillReceivable bill, LocalDate date, Percent annualRate, int clearingDays) {
    Arguments.notNull(annualRate, "annualRate");
    InterestAccrual interest =
        SimpleInterest.annual(annualRate, DISCOUNT_DAY_COUNT)
            .accrue(
                bill.face(), date, bill.maturityDate().plusDays(clearingDays), DISCOUNT_ROUNDING);
    Arguments.check(
        interest.interest().isLessThan(bill.face()),
        "bill %s discounted at %s for %d days: the interest %s would take all its face %s",
        bill.number(),
        annualRate,
        interest.days(),
        interest.interest(),
        bill.face());
    return interest;
  }

  private static void explainDiscount(
      BillHolding h,
      String bank,
      InterestAccrual i,
      int clearingDays,
      Money proceeds,
      Explanation.Builder why) {
    why.add(
        BillRule.DISCOUNTED,
        "bill %s discounted at %s on %s, %d days before maturity on %s%s: interest %s × %s × %d"
            + " / %d = %s; proceeds %s",
        h.bill().number(),
        bank,
        i.from(),
        i.days() - clearingDays,
        h.bill().maturityDate(),
        clearingDays == 0 ? "" : " + " + clearingDays + " clearing days",
        i.principal(),
        i.rate(),
        i.days(),
        DISCOUNT_DAY_COUNT.daysInYear(),
        i.interest(),
        proceeds);
  }

  /**
   * Records that bill {@code bill} was not paid at maturity (拒付), charging the customer {@code
   * interest} (zero for none). The decision gives, to post to the ledger, the reversal of the
   * bill's collection (the debt is open again: Dr accounts receivable / Cr notes receivable),
   * numbered {@code <bill>-DISHONOURED}, and, when the interest is positive, a debit note of it due
   * on {@code date} (Dr accounts receivable / Cr interest income), numbered {@code
   * <bill>-INTEREST}; copy them with another number ({@code
   * CollectionReversal.builder().from(r).number(...)}) if your series need one. A bill discounted
   * with recourse is also repaid to the bank: Dr short-term borrowings / Cr bank.
   *
   * @throws IllegalArgumentException if the bill is not held nor discounted with recourse (an
   *     endorsed bill or one discounted without recourse is the holder's to present), {@code date}
   *     is before its maturity, or the interest is negative
   */
  public BillDecision dishonour(String bill, LocalDate date, Money interest) {
    BillHolding h = holding(bill);
    Arguments.check(
        h.onTheBooks(),
        "bill %s cannot be dishonoured to this register: it is %s, not held nor discounted with"
            + " recourse",
        bill,
        h);
    checkAtMaturity(h, date, "dishonoured");
    Arguments.inCurrency(interest, currency, "bill " + bill + " interest");
    Arguments.nonNegative(interest, "bill " + bill + " interest");
    BillReceivable b = h.bill();
    CollectionReversal reversal =
        CollectionReversal.builder()
            .number(bill + "-DISHONOURED")
            .collection(h.collection().number())
            .date(date)
            .reason("bill " + bill + " dishonoured by " + b.acceptor())
            .build();
    Explanation.Builder why = Explanation.builder();
    why.add(
        BillRule.DISHONOURED,
        "bill %s of %s dishonoured by %s on %s: collection %s reversed, the debt is open again%s",
        bill,
        b.face(),
        b.acceptor(),
        date,
        h.collection().number(),
        interest.isPositive() ? ", with interest of " + interest : "");
    String bank = h.counterparty().orElse("");
    if (h.contingent()) {
      why.add(
          BillRule.BANK_CLAIM,
          "%s repaid to %s, which discounted it with recourse",
          b.face(),
          bank);
    }
    ImmutableBillDecision.Builder out =
        allowed(b, why, moved(h, BillStatus.DISHONOURED, date).build()).reversal(reversal);
    if (interest.isPositive()) {
      out.debitNote(interestNote(h, date, interest));
    }
    if (h.contingent()) {
      out.addEntries(BillEntries.bankClaim(b, bank, date));
    }
    return out.build();
  }

  private static DebitNote interestNote(BillHolding h, LocalDate date, Money interest) {
    String bill = h.bill().number();
    return DebitNote.builder()
        .number(bill + "-INTEREST")
        .customer(h.bill().customer())
        .date(date)
        .dueDate(date)
        .description("interest on dishonoured bill " + bill)
        .amount(interest)
        .account(LedgerAccount.INTEREST_INCOME)
        .contract(h.collection().contract())
        .build();
  }

  /**
   * {@link BillRule#AUTHORITY}: empty when the signer's role may grant the face on {@code subject};
   * otherwise the decision that needs a higher signature, or is refused.
   */
  private Optional<BillDecision> unapproved(
      BillHolding h, Subject subject, String act, BillApproval approval, Explanation.Builder why) {
    BillReceivable b = h.bill();
    AuthorityRoute route =
        authority.route(approval.role(), AuthorityRequest.ofAmount(subject, b.face()));
    if (route.withinOwnAuthority()) {
      why.add(
          BillRule.AUTHORITY,
          "%s of bill %s (%s) approved by %s, within their authority",
          act,
          b.number(),
          b.face(),
          approval);
      return Optional.empty();
    }
    Outcome outcome = route.beyondEveryAuthority() ? Outcome.REFUSED : Outcome.NEEDS_APPROVAL;
    why.add(
        BillRule.AUTHORITY,
        "%s of bill %s (%s) is beyond the authority of %s; %s",
        act,
        b.number(),
        b.face(),
        approval.role(),
        route.beyondEveryAuthority()
            ? "beyond every role's authority"
            : "needs " + route.approver().orElseThrow());
    return Optional.of(
        ImmutableBillDecision.builder()
            .bill(b)
            .outcome(outcome)
            .explanation(why.build())
            .approval(route)
            .register(this)
            .build());
  }

  private ImmutableBillDecision.Builder allowed(
      BillReceivable bill, Explanation.Builder why, BillHolding after) {
    return ImmutableBillDecision.builder()
        .bill(bill)
        .outcome(Outcome.ALLOWED)
        .explanation(why.build())
        .register(with(after));
  }

  private BillRegister with(BillHolding h) {
    return new BillRegister(
        currency,
        authority,
        ImmutableMap.<String, BillHolding>builderWithExpectedSize(holdings.size() + 1)
            .putAll(holdings)
            .put(h.bill().number(), h)
            .buildKeepingLast());
  }

  private static ImmutableBillHolding.Builder moved(
      BillHolding h, BillStatus status, LocalDate date) {
    return ImmutableBillHolding.builder().from(h).status(status).since(date);
  }

  private BillHolding held(String bill, String act) {
    BillHolding h = holding(bill);
    Arguments.check(
        h.status() == BillStatus.HELD, "bill %s cannot be %s: it is %s, not held", bill, act, h);
    return h;
  }

  private static void checkAtMaturity(BillHolding h, LocalDate date, String act) {
    Arguments.notNull(date, "date");
    Arguments.check(
        !date.isBefore(h.bill().maturityDate()),
        "bill %s cannot be %s on %s, before it matures on %s",
        h.bill().number(),
        act,
        date,
        h.bill().maturityDate());
  }

  private static void checkBeforeMaturity(
      BillHolding h, LocalDate date, String act, boolean strictly) {
    Arguments.notNull(date, "date");
    LocalDate m = h.bill().maturityDate();
    Arguments.check(
        !date.isBefore(h.since()) && (strictly ? date.isBefore(m) : !date.isAfter(m)),
        "bill %s cannot be %s on %s: it was received on %s and matures on %s",
        h.bill().number(),
        act,
        date,
        h.since(),
        m);
  }

  /**
   * Where bill {@code bill} stands.
   *
   * @throws IllegalArgumentException if the bill is not in the register
   */
  public BillHolding holding(String bill) {
    Arguments.notNull(bill, "bill");
    BillHolding h = holdings.get(bill);
    Arguments.check(h != null, "bill %s is not in the register", bill);
    return h;
  }

  /** Every bill received, in the order received. */
  public ImmutableList<BillHolding> holdings() {
    return holdings.values().asList();
  }

  /** The bills in {@code status}, in the order received. */
  public ImmutableList<BillHolding> holdings(BillStatus status) {
    Arguments.notNull(status, "status");
    ImmutableList.Builder<BillHolding> out = ImmutableList.builder();
    for (BillHolding h : holdings.values()) {
      if (h.status() == status) {
        out.add(h);
      }
    }
    return out.build();
  }

  /**
   * The face of the bills on the notes-receivable account: held, or discounted with recourse and
   * not yet paid. It equals the account's balance from the entries of the ledger and the register.
   */
  public Money notesReceivable() {
    Money total = Money.zero(currency);
    for (BillHolding h : holdings.values()) {
      if (h.onTheBooks()) {
        total = total.plus(h.bill().face());
      }
    }
    return total;
  }

  /** The face of the bills discounted with recourse and not yet paid: the contingent liability. */
  public Money contingentLiability() {
    Money total = Money.zero(currency);
    for (BillHolding h : holdings.values()) {
      if (h.contingent()) {
        total = total.plus(h.bill().face());
      }
    }
    return total;
  }

  @Override
  public String toString() {
    return "BillRegister{" + currency + ", " + holdings.size() + " bills}";
  }
}
