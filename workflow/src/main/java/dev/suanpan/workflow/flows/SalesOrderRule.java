package dev.suanpan.workflow.flows;

import dev.suanpan.core.decision.Rule;

/**
 * The guards of {@link SalesOrderFlow}, in the order of the flow, each with the rule id its
 * refusals carry.
 */
public enum SalesOrderRule implements Rule {
  /** An application names the customer. */
  CUSTOMER("order.customer"),
  /** An application gives the contract price. */
  PRICE("order.price"),
  /** A countersigned contract is entered in the ledger under its number. */
  CONTRACT_LEDGER("order.contract-ledger"),
  /** A payment recorded gives its amount. */
  PAYMENT("order.payment"),
  /** A restatement by weight gives the weighed amount. */
  WEIGHED_AMOUNT("order.weighed-amount"),
  /** The weighed amount is positive and in the currency of the price. */
  WEIGHED_AMOUNT_VALID("order.weighed-amount-valid"),
  /** A dispatch gives the ship date. */
  SHIP_DATE("order.ship-date"),
  /** Goods are dispatched only after the first payment. */
  FIRST_PAYMENT("order.first-payment"),
  /** Where the flow asks it, goods are dispatched only when paid in full. */
  PAID_IN_FULL("order.paid-in-full"),
  /** Receipt is confirmed with the customer's signature. */
  CUSTOMER_SIGNED("order.customer-signed"),
  /** An invoice is recorded with its number. */
  INVOICE_NUMBER("order.invoice-number"),
  /** An invoice is issued only when the share of the price the flow sets is collected. */
  INVOICE_GATE("order.invoice-gate"),
  /** Collection closes only when the whole price is collected. */
  FULLY_COLLECTED("order.fully-collected"),
  /** No commission without a contract. */
  NO_CONTRACT_NO_COMMISSION("order.no-contract-no-commission"),
  /** A commission paid gives its amount. */
  COMMISSION_SLIP("order.commission-slip");

  private final String id;

  SalesOrderRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
