package dev.suanpan.core.receivables;

import dev.suanpan.core.party.CustomerId;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One contract's line of the contract performance list (合同履行一览表, 003 (一) §1): its value, what its
 * invoices and debit notes billed, what its credit notes credited and what was collected for it, in
 * the period and from the start to the period's end. All amounts include VAT; what was collected
 * counts a contract's collected amount as the invoice gate does (paid on its documents plus
 * advances received for it), a bounced collection reducing it on the reversal's date.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ContractPerformance {
  /** The contract. */
  public abstract String contract();

  /** Its customer. */
  public abstract CustomerId customer();

  /** Its registered value. */
  public abstract Money value();

  /** What its invoices and debit notes dated in the period billed. */
  public abstract Money billed();

  /** What the credit notes dated in the period credited on its invoices. */
  public abstract Money credited();

  /** What was collected for it in the period (negative if more bounced than came in). */
  public abstract Money collected();

  /** What its invoices and debit notes billed up to the period's end. */
  public abstract Money billedToDate();

  /** What credit notes credited on its invoices up to the period's end. */
  public abstract Money creditedToDate();

  /** What was collected for it up to the period's end. */
  public abstract Money collectedToDate();

  /** What of its value was not billed by the period's end (never below zero). */
  public Money unbilled() {
    Money rest = value().minus(billedToDate());
    return rest.isNegative() ? rest.multipliedBy(0) : rest;
  }

  /** What of its value was not collected by the period's end (never below zero). */
  public Money uncollected() {
    Money rest = value().minus(collectedToDate());
    return rest.isNegative() ? rest.multipliedBy(0) : rest;
  }

  @Override
  public String toString() {
    return contract()
        + " "
        + customer()
        + " value "
        + value()
        + ": billed "
        + billed()
        + (credited().isZero() ? "" : ", credited " + credited())
        + ", collected "
        + collected()
        + "; to date billed "
        + billedToDate()
        + ", collected "
        + collectedToDate();
  }
}
