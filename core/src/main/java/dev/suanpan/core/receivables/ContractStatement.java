package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.party.CustomerId;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The receivables detail of one contract (按合同的应收账款明细, 003 (二) §8-9): its value, what was collected
 * for it, and each invoice and debit note against it, by date, with what it billed and what is
 * open. From {@link ReceivablesLedger#statement(String)}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ContractStatement {
  /** The contract. */
  public abstract String contract();

  /** Its customer. */
  public abstract CustomerId customer();

  /** Its registered value. */
  public abstract Money value();

  /** What was collected for it: paid on its documents plus advances received for it. */
  public abstract Money collected();

  /** Its invoices and debit notes, by date then number. */
  public abstract ImmutableList<StatementLine> lines();

  /** What its documents billed. */
  public Money billed() {
    Money t = Money.zero(value().getCurrencyUnit());
    for (StatementLine l : lines()) {
      t = t.plus(l.billed());
    }
    return t;
  }

  /** What is open on its documents. */
  public Money open() {
    Money t = Money.zero(value().getCurrencyUnit());
    for (StatementLine l : lines()) {
      t = t.plus(l.open());
    }
    return t;
  }

  /** What of its value is not yet billed (never below zero). */
  public Money unbilled() {
    Money rest = value().minus(billed());
    return rest.isNegative() ? Money.zero(value().getCurrencyUnit()) : rest;
  }
}
