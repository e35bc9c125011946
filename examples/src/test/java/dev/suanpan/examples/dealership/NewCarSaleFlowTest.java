package dev.suanpan.examples.dealership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.examples.tour.FlowReport;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class NewCarSaleFlowTest {
  private final NewCarSaleFlow.Result sale = new NewCarSaleFlow().walk();
  private final FlowReport account = sale.account();

  @Test
  void theBankLendsSeventyPercentAndTheDealerPaysThirty() {
    assertThat(sale.floorPlan())
        .containsExactly(Money.parse("CNY 117600.00"), Money.parse("CNY 50400.00"));
    assertThat(account.lines())
        .contains(
            "  manufacturer's invoice CNY 168000.00 split 70:30",
            "  bank lends CNY 117600.00, dealer pays CNY 50400.00 from its own funds",
            "  daily check: bank's certificates 3, stock ledger 3: they match");
  }

  @Test
  void anExtraDiscountOfPointEightPercentNeedsTheSalesManager() {
    assertThat(sale.quote().outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(sale.quote().requiredApprover())
        .contains(PropertyOfficeDiscountAuthority.SALES_MANAGER);
    assertThat(sale.quote().netTotal()).isEqualTo(Money.parse("CNY 180921.60"));
    assertThat(account.lines())
        .contains(
            "  Sedan S5 1.5T Comfort  list CNY 179800.00, offers CNY 3000.00, extra CNY 1438.40,"
                + " net CNY 175361.60",
            "  quote: list CNY 185360.00, discount CNY 4438.40, net CNY 180921.60: NEEDS_APPROVAL"
                + " by Sales manager",
            "    [pricing.quota] Sales manager has approved 4 special discounts for 40 cases this"
                + " period; the quota of 15% allows 6",
            "  the sales manager's grants this month: 5 of 40 cases, at most 6 allowed (15%)");
  }

  @Test
  void theGrantedDiscountIsFiledWithAmountReasonAndApprover() {
    assertThat(sale.grant().amount()).isEqualTo(Money.parse("CNY 1438.40"));
    assertThat(sale.grant().approver()).isEqualTo(PersonId.of("manager-he"));
    assertThat(account.lines())
        .contains(
            "  manager-he signs the special-discount form; grant filed: CNY 1438.40 off"
                + " S5-15T-COMFORT x 1 for C-4S-0316 on 2024-03-16, asked by consultant-lin,"
                + " reason \"matched a competing dealer's quote\"");
  }

  @Test
  void theInsurancePremiumIsCollectedForTheInsurerAndOnlyTheAgencyCommissionIsRevenue() {
    assertThat(account.lines())
        .contains(
            "  premium CNY 5860.00 collected for the insurer: not the dealer's revenue",
            "  agency commission 12% of the premium = CNY 703.20, invoiced to the insurer: net CNY"
                + " 663.40 + VAT 6% CNY 39.80");
  }

  @Test
  void theVatInvoicesSplitEachTaxInclusiveLineAt13Percent() {
    assertThat(sale.vat().lineLevelTax()).isEqualTo(Money.parse("CNY 20813.99"));
    assertThat(sale.vat().roundingDifference()).isEqualTo(Money.parse("CNY 0.00"));
    assertThat(account.lines())
        .contains(
            "  Sedan S5 1.5T Comfort  net CNY 155187.26 + VAT CNY 20174.34 = CNY 175361.60",
            "  Floor mats S5          net CNY 601.77 + VAT CNY 78.23 = CNY 680.00",
            "  total net CNY 160107.61 + VAT CNY 20813.99 = CNY 180921.60 (document-level VAT CNY"
                + " 20813.99, difference CNY 0.00)",
            "  the customer pays CNY 180921.60 for the car and accessories and CNY 5860.00 of"
                + " premium: CNY 186781.60");
  }

  @Test
  void repayingTheCarReleasesItsCertificateAndTheListsStillMatch() {
    assertThat(sale.interest().days()).isEqualTo(17);
    assertThat(sale.interest().interest()).isEqualTo(Money.parse("CNY 241.57"));
    assertThat(account.lines())
        .contains(
            "  loan CNY 117600.00 at 4.35% a year, ACT/360, 17 days: interest CNY 241.57; repaid"
                + " CNY 117841.57",
            "  daily check: bank's certificates 2, stock ledger 2: they match",
            "  sold net of VAT CNY 155187.26, cost net of VAT CNY 148672.57: gross margin CNY"
                + " 6514.69",
            "  less floor-plan interest CNY 241.57: CNY 6273.12 before the manufacturer's rebate");
  }

  @Test
  void theVolumeRebateIsAccruedMonthlyRoundedHalfUpToTheFen() {
    assertThat(sale.rebate()).isEqualTo(Money.parse("CNY 118685.19"));
    assertThat(account.lines())
        .contains(
            "  1.5% x CNY 7912345.70 = 118685.18550 exactly, accrued CNY 118685.19 (rounded to the"
                + " fen, half up)",
            "  2024-03-31 REBATE-2403 Manufacturer's volume rebate accrued (返利)",
            "    Dr 122102 Other receivables - manufacturer rebate CNY 118685.19",
            "    Cr 640101 Cost of sales - new cars CNY 118685.19");
    assertThat(sale.rebateEntry().summary().balanceOf(LedgerAccount.REBATE_RECEIVABLE))
        .isEqualTo(sale.rebate());
    assertThat(sale.rebateEntry().summary().balanceOf(NewCarSaleFlow.NEW_CAR_COST))
        .isEqualTo(sale.rebate().negated());
  }
}
