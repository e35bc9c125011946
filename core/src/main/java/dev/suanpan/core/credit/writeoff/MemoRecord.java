package dev.suanpan.core.credit.writeoff;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A written-off debt kept on the memo register (账销案存): off the books, still owed, still chased.
 * Created by an approved {@link BadDebtWriteOff}; each later recovery ({@link #recover}) returns a
 * new record and the entries that book the money at once.
 *
 * <p>Rejects recoveries beyond what is still owed and recoveries dated before the write-off.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class MemoRecord {
  /** Who owes it. */
  public abstract CustomerId customer();

  /** The invoice written off. */
  public abstract String document();

  /** The amount written off. */
  public abstract Money writtenOff();

  /** The write-off date. */
  public abstract LocalDate writtenOffOn();

  /** The investigated cause. */
  public abstract String cause();

  /** Who was held responsible, if anyone. */
  public abstract Optional<PersonId> responsible();

  /** Who approved the write-off. */
  public abstract PersonId approvedBy();

  /** What has been recovered since, in order. */
  public abstract ImmutableList<RecoveryRecord> recoveries();

  /** The memo record of an approved write-off; the engine is {@link BadDebtWriteOff}. */
  static MemoRecord of(WriteOffRequest request) {
    Receivable r = request.receivable();
    return ImmutableMemoRecord.builder()
        .customer(r.customer())
        .document(r.document())
        .writtenOff(request.amount())
        .writtenOffOn(request.on())
        .cause(request.cause())
        .responsible(request.responsible())
        .approvedBy(request.approvedBy())
        .build();
  }

  /** The total recovered so far. */
  public Money recovered() {
    Money sum = Money.zero(writtenOff().getCurrencyUnit());
    for (RecoveryRecord r : recoveries()) {
      sum = sum.plus(r.amount());
    }
    return sum;
  }

  /** What is still owed: written off less recovered. */
  public Money stillOwed() {
    return writtenOff().minus(recovered());
  }

  /**
   * Records {@code amount} recovered on {@code on}: a new memo record and the entries reinstating
   * the receivable (Dr accounts receivable / Cr bad-debt allowance) and collecting it (Dr bank / Cr
   * accounts receivable).
   *
   * @throws IllegalArgumentException if the amount is not positive, in another currency, more than
   *     is still owed, or dated before the write-off or an earlier recovery
   */
  public RecoveryReport recover(Money amount, LocalDate on) {
    Arguments.positive(amount, "amount");
    Arguments.inCurrency(amount, writtenOff().getCurrencyUnit(), "amount");
    Arguments.notNull(on, "on");
    Arguments.check(
        !amount.isGreaterThan(stillOwed()),
        "amount %s exceeds what is still owed on %s, %s",
        amount,
        document(),
        stillOwed());
    LocalDate last =
        recoveries().isEmpty() ? writtenOffOn() : recoveries().get(recoveries().size() - 1).on();
    Arguments.check(
        !on.isBefore(last),
        "on %s must not be before %s, the last event on %s",
        on,
        last,
        document());
    MemoRecord next =
        ImmutableMemoRecord.builder()
            .from(this)
            .addRecoveries(new RecoveryRecord(on, amount))
            .build();
    String what = document() + " of " + customer();
    return new RecoveryReport(
        next,
        ImmutableList.of(
            JournalEntry.builder()
                .date(on)
                .reference(document())
                .description("Written-off debt reinstated on recovery: " + what)
                .debit(LedgerAccount.ACCOUNTS_RECEIVABLE, amount)
                .credit(LedgerAccount.BAD_DEBT_ALLOWANCE, amount)
                .putDimension(Dimensions.CUSTOMER, customer().code())
                .build(),
            JournalEntry.builder()
                .date(on)
                .reference(document())
                .description("Recovery collected: " + what)
                .debit(LedgerAccount.BANK, amount)
                .credit(LedgerAccount.ACCOUNTS_RECEIVABLE, amount)
                .putDimension(Dimensions.CUSTOMER, customer().code())
                .build()));
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(customer(), "customer");
    Arguments.notBlank(document(), "document");
    Arguments.positive(writtenOff(), "writtenOff");
    Arguments.notNull(writtenOffOn(), "writtenOffOn");
    Arguments.notBlank(cause(), "cause");
    Arguments.notNull(approvedBy(), "approvedBy");
    Arguments.check(
        !recovered().isGreaterThan(writtenOff()),
        "recovered %s exceeds written off %s on %s",
        recovered(),
        writtenOff(),
        document());
  }
}
