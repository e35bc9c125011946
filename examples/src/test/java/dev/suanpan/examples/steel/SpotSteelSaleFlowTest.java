package dev.suanpan.examples.steel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.workflow.flows.SalesOrderFlow;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class SpotSteelSaleFlowTest {
  private final SpotSteelSaleFlow.Result sale = new SpotSteelSaleFlow().walk();
  private final FlowReport account = sale.account();

  @Test
  void theQuoteComesFromThePriceListAtTheOrderedTonnes() {
    assertThat(sale.quote().netAmount()).isEqualTo(Money.parse("CNY 115965.00"));
    assertThat(account.lines())
        .contains(
            "  Rebar HRB400E 20 mm: 30.000 t x CNY 3865.50 per tonne = CNY 115965.00 (ALLOWED)");
  }

  @Test
  void anOrderOverTheLimitNeedsTheFinanceDeputyGmUntilTheDepositReleasesIt() {
    assertThat(sale.creditOnOrder().outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(sale.creditOnOrder().excess()).isEqualTo(Money.parse("CNY 35965.00"));
    assertThat(sale.creditAfterDeposit().outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(sale.creditAfterDeposit().exposureAfter()).isEqualTo(Money.parse("CNY 195965.00"));
    assertThat(account.lines())
        .contains(
            "  NEEDS_APPROVAL: excess CNY 35965.00 over the limit, approver Finance deputy general"
                + " manager",
            "    [credit.limit] exposure with order CNY 195965.00 within limit CNY 200000.00,"
                + " headroom CNY 4035.00");
  }

  @Test
  void theContractIsApprovedByTheGeneralManagerNotBySalesAlone() {
    assertThat(account.lines())
        .contains(
            "    [workflow.approval.requested] manager-zhou as Sales manager asked for check"
                + " (sales-contract CNY 115965.00); it needs General manager via [Sales head,"
                + " General manager]",
            "    [workflow.approval.granted] gm-sun as General manager approved check"
                + " (sales-contract CNY 115965.00) asked by manager-zhou; General manager holds"
                + " unlimited");
  }

  @Test
  void noDispatchBeforeTheMoneyArrives() {
    assertThat(account.lines())
        .contains(
            "  dispatch asked before any payment: REFUSED",
            "    [order.first-payment] no dispatch before the first payment arrives; collected"
                + " nothing",
            "    [order.paid-in-full] collected CNY 0.00 is below 100% of price CNY 115965.00"
                + " (0%)");
  }

  @Test
  void theAmountIsRecomputedFromTheWeighedTonnesRoundedOnceToTheFen() {
    assertThat(sale.weighed().netAmount()).isEqualTo(Money.parse("CNY 115450.89"));
    assertThat(account.lines())
        .contains(
            "  ordered 30.000 t, weighed 29.867 t, difference -0.133 t",
            "  29.867 t x CNY 3865.50 = 115450.88850 exactly, CNY 115450.89 rounded to the fen"
                + " half up",
            "  paid so far CNY 40000.00; balance to pay before the steel leaves: CNY 75450.89",
            "  amount re-stated by weight: ALLOWED",
            "    [workflow.moved] finance-wu as Finance fired restate-by-weight: CONTRACTED ->"
                + " CONTRACTED",
            "  the contract price is now the weighed amount CNY 115450.89 (ordered CNY"
                + " 115965.00)",
            "  the unshipped rest of the order, CNY 514.11, is closed");
    assertThat(sale.order().fact(SalesOrderFlow.PRICE)).contains(Money.parse("CNY 115450.89"));
    assertThat(sale.order().fact(SalesOrderFlow.ORDERED_PRICE))
        .contains(Money.parse("CNY 115965.00"));
    assertThat(sale.order().auditTrail().entries())
        .filteredOn(e -> e.action().equals("moved restate-by-weight"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.changes())
                    .containsEntry("price", "CNY 115450.89")
                    .containsEntry("ordered-price", "CNY 115965.00")
                    .containsEntry("weighed-quantity", "29.867"));
  }

  @Test
  void theSteelShipsOnlyWhenPaidInFull() {
    assertThat(account.lines())
        .contains(
            "  dispatch asked with the balance unpaid: REFUSED",
            "    [order.paid-in-full] collected CNY 40000.00 is below 100% of price CNY 115450.89"
                + " (34.65%)",
            "  balance recorded: ALLOWED",
            "  finance checks unit price CNY 3865.50 and amount CNY 115450.89: collected CNY"
                + " 115450.89, paid in full",
            "  dispatch approved by manager-zhou: ALLOWED");
  }

  @Test
  void theInvoiceWaitsForSixtyPercentCollectedAndSplitsTheVat() {
    assertThat(sale.invoiceGate().required()).isEqualTo(Money.parse("CNY 69270.54"));
    assertThat(sale.vat().net()).isEqualTo(Money.parse("CNY 102168.93"));
    assertThat(sale.vat().tax()).isEqualTo(Money.parse("CNY 13281.96"));
    assertThat(account.lines())
        .contains(
            "  gate ALLOWED: required CNY 69270.54, collected CNY 115450.89",
            "  net CNY 102168.93 + VAT 13% CNY 13281.96 = CNY 115450.89",
            "    [workflow.moved] deputy-zheng as Finance deputy general manager fired invoice:"
                + " ACCEPTED -> INVOICED",
            "  the prepayments settle the invoice; the customer's exposure is back to CNY"
                + " 120000.00");
  }

  @Test
  void commissionIsPaidOnWhatWasCollected() {
    assertThat(sale.commission().payable()).isEqualTo(Money.parse("CNY 1154.51"));
    assertThat(sale.order().state()).isEqualTo(SalesOrderFlow.COMMISSIONED);
    assertThat(sale.order().fact(SalesOrderFlow.COMMISSION)).contains(Money.parse("CNY 1154.51"));
    assertThat(account.lines())
        .contains(
            "  sales-wang: 1% of collected CNY 115450.89 = earned CNY 1154.51, offset CNY 0.00,"
                + " payable CNY 1154.51",
            "  order SO-2024-0603-01 ends in COMMISSIONED");
  }

  @Test
  void theFlowPrintsTheSameAccountEveryRun() {
    assertThat(new SpotSteelSaleFlow().run().lines()).isEqualTo(account.lines());
  }
}
