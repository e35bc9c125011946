package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorCreditAuthority;
import dev.suanpan.core.receivables.bills.BillReceivable;
import dev.suanpan.core.receivables.bills.BillRegister;
import dev.suanpan.core.receivables.bills.BillStatus;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;

/** The bill arbitraries give bills a register receives and schedules. */
class BillArbitrariesTest {
  static final CustomerId CUSTOMER = CustomerId.of("C-001");
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  @Provide
  Arbitrary<BillReceivable> bills() {
    return BillArbitraries.bills(CUSTOMER, CurrencyUnit.of("CNY"), AS_OF);
  }

  @Property(tries = 200)
  void aGeneratedBillIsReceivedOnItsIssueDateAndScheduledForItsMaturity(
      @ForAll("bills") BillReceivable bill) {
    assertThat(bill.customer()).isEqualTo(CUSTOMER);
    assertThat(bill.maturityDate()).isAfterOrEqualTo(bill.issueDate());
    assertThat(bill.issueDate()).isBeforeOrEqualTo(AS_OF);
    assertThat(bill.face().isPositive()).isTrue();
    BillRegister register =
        BillRegister.of(CurrencyUnit.of("CNY"), DistributorCreditAuthority.policy())
            .receive(bill, "COL-1", bill.issueDate())
            .register();
    assertThat(register.holding(bill.number()).status()).isEqualTo(BillStatus.HELD);
    assertThat(register.maturingWithin(bill.issueDate(), 365))
        .singleElement()
        .satisfies(a -> assertThat(a.daysToMaturity()).isBetween(0L, 365L));
  }
}
