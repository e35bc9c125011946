package dev.suanpan.workflow.flows;

import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * One line of a repair order's settlement sheet (维修结算清单): a part or a labour item, its amount, and
 * who pays it. A repair order mixes lines billed to the customer, lines claimed from the
 * manufacturer's warranty, and internal lines the store bears itself (a goodwill fix, a re-do).
 *
 * <p>Rejects a blank item, a null payer and a null or negative amount.
 *
 * @param item what the line is for: a part number and name, or the labour
 * @param payer who pays the line
 * @param amount the line's amount as billed to its payer
 */
public record RepairLine(String item, Payer payer, Money amount) {
  /** Who pays a repair line. */
  public enum Payer {
    /** The customer pays at settlement. */
    CUSTOMER,
    /** The manufacturer pays against a warranty claim; free to the customer. */
    WARRANTY,
    /** The store bears it (goodwill, a re-do, an internal vehicle); free to the customer. */
    INTERNAL
  }

  /** Validates every part. */
  public RepairLine {
    Arguments.notBlank(item, "item");
    Arguments.notNull(payer, "payer");
    Arguments.nonNegative(amount, "amount");
  }

  /** A line the customer pays. */
  public static RepairLine customer(String item, Money amount) {
    return new RepairLine(item, Payer.CUSTOMER, amount);
  }

  /** A line claimed from the manufacturer's warranty. */
  public static RepairLine warranty(String item, Money amount) {
    return new RepairLine(item, Payer.WARRANTY, amount);
  }

  /** A line the store bears itself. */
  public static RepairLine internal(String item, Money amount) {
    return new RepairLine(item, Payer.INTERNAL, amount);
  }

  /** {@code item PAYER amount}, as it appears in the audit trail. */
  @Override
  public String toString() {
    return item + " " + payer + " " + amount;
  }
}
