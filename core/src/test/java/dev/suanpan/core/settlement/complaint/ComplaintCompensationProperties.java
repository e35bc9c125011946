package dev.suanpan.core.settlement.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.settlement.IncurredCost;
import dev.suanpan.money.Percent;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class ComplaintCompensationProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final Role LOW = CompanyRoles.SALES_DEPARTMENT_MANAGER;
  static final Role MID = CompanyRoles.DEPUTY_GENERAL_MANAGER;
  static final Role TOP = CompanyRoles.GENERAL_MANAGER;

  @Property
  void theApproverIsTheRoleOfTheOneTierContainingTheAmount(
      @ForAll @LongRange(min = 1, max = 1_000_000_00L) long firstFen,
      @ForAll @LongRange(min = 0, max = 1_000_000_00L) long widthFen,
      @ForAll boolean firstClosed,
      @ForAll @LongRange(min = 0, max = 3_000_000_00L) long amountFen) {
    Money a = Money.ofMinor(CNY, firstFen);
    Money b = a.plus(Money.ofMinor(CNY, widthFen));
    Range<Money> low = firstClosed ? Range.lessThan(a) : Range.atMost(a);
    Range<Money> mid = firstClosed ? Range.closed(a, b) : Range.openClosed(a, b);
    Assume.that(firstClosed || widthFen > 0); // (a, a] holds no amount: rejected, see the test
    CompensationPolicy p =
        CompensationPolicy.builder()
            .tier(low, LOW)
            .tier(mid, MID)
            .tier(Range.greaterThan(b), TOP)
            .requester(CompanyRoles.CUSTOMER_SERVICE_MANAGER)
            .build();
    Money amount = Money.ofMinor(CNY, amountFen);
    Role expected = low.contains(amount) ? LOW : mid.contains(amount) ? MID : TOP;

    assertThat(p.approverFor(amount)).isEqualTo(expected);
    CompensationDecision d =
        ComplaintCompensation.of(p)
            .decide(
                Complaint.builder()
                    .reference("K")
                    .customer(CustomerId.of("C"))
                    .compensation(amount)
                    .build());
    assertThat(d.requiredApprover()).contains(expected);
  }

  @Property
  void deductionsPlusWhatTheCompanyBearsIsExactlyTheLoss(
      @ForAll @LongRange(min = 0, max = 100_000_00L) long compensationFen,
      @ForAll @LongRange(min = 0, max = 10_000_00L) long reworkFen,
      @ForAll @IntRange(min = 1, max = 99) int staffShare,
      @ForAll @IntRange(min = 0, max = 10000) int chargedBasisPoints,
      @ForAll @LongRange(min = 0, max = 50_000_00L) long capFen) {
    CompensationPolicy p =
        CompensationPolicy.builder()
            .tier(Range.lessThan(Money.of(CNY, 1000)), LOW)
            .tier(Range.atLeast(Money.of(CNY, 1000)), TOP)
            .requester(CompanyRoles.CUSTOMER_SERVICE_MANAGER)
            .chargedShare(Percent.ofBasisPoints(chargedBasisPoints))
            .staffCap(Money.ofMinor(CNY, capFen))
            .build();
    Complaint c =
        Complaint.builder()
            .reference("K")
            .customer(CustomerId.of("C"))
            .compensation(Money.ofMinor(CNY, compensationFen))
            .addOtherLosses(IncurredCost.of("rework", Money.ofMinor(CNY, reworkFen)))
            .addResponsible(
                Responsibility.of(ResponsibleParty.staff(PersonId.of("S")), Percent.of(staffShare)))
            .addResponsible(
                Responsibility.of(ResponsibleParty.department("D"), Percent.of(100 - staffShare)))
            .build();
    CompensationDecision d = ComplaintCompensation.of(p).decide(c);

    assertThat(d.totalDeducted().plus(d.borneByCompany())).isEqualTo(c.loss());
    assertThat(d.deductions().get(0).amount().isGreaterThan(Money.ofMinor(CNY, capFen))).isFalse();
    assertThat(d.borneByCompany().isNegative()).isFalse();
  }
}
