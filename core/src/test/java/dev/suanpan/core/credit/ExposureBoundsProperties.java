package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.CNY;
import static dev.suanpan.core.credit.CreditFixtures.CUSTOMER;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.core.credit.check.CreditOrder;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/**
 * Amounts up to the bound of {@link Exposure#MAX_MINOR} and beyond: every result is exact (checked
 * against a {@link BigInteger} sum) or refused with an {@link IllegalArgumentException}, never a
 * wrong number nor another exception, and a refused document leaves the exposure as it was.
 */
class ExposureBoundsProperties {
  static final BigInteger MAX = BigInteger.valueOf(Exposure.MAX_MINOR);

  /** Amounts in fen: small ones, ones near the bound, and ones far beyond a long. */
  @Provide
  Arbitrary<BigInteger> fen() {
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.valueOf(1_000_000)),
        Arbitraries.bigIntegers()
            .between(MAX.subtract(BigInteger.valueOf(1000)), MAX.add(BigInteger.valueOf(1000))),
        Arbitraries.bigIntegers().between(BigInteger.ONE, MAX.shiftLeft(1)),
        Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(21)));
  }

  static Money fen(BigInteger minor) {
    return Money.of(CNY, new java.math.BigDecimal(minor, 2));
  }

  @Property
  void orderApprovalsAreExactOrRefused(@ForAll("orders") List<BigInteger> orders) {
    Exposure e = Exposure.none(CUSTOMER, CNY);
    BigInteger open = BigInteger.ZERO;
    for (BigInteger o : orders) {
      BigInteger expected = open.add(o);
      Exposure before = e;
      if (o.compareTo(MAX) <= 0 && expected.compareTo(MAX) <= 0) {
        e = e.orderApproved(fen(o));
        open = expected;
        assertThat(e.openOrders()).isEqualTo(fen(open));
      } else {
        assertThatThrownBy(() -> before.orderApproved(fen(o)))
            .isExactlyInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("amount " + fen(o))
            .hasMessageContaining("bound of " + Exposure.MAX_MINOR + " minor units");
        assertThat(before.openOrders()).isEqualTo(fen(open));
      }
    }
  }

  @Provide
  Arbitrary<List<BigInteger>> orders() {
    return fen().list().ofMinSize(1).ofMaxSize(6);
  }

  @Property
  void theCreditCheckIsExactOrRefused(
      @ForAll("fen") BigInteger receivable,
      @ForAll("fen") BigInteger openOrder,
      @ForAll("fen") BigInteger order,
      @ForAll("fen") BigInteger limit) {
    boolean partsFit = receivable.compareTo(MAX) <= 0 && openOrder.compareTo(MAX) <= 0;
    if (!partsFit) {
      assertThatThrownBy(
              () ->
                  Exposure.none(CUSTOMER, CNY)
                      .invoicedWithoutShipment(fen(receivable), TODAY)
                      .orderApproved(fen(openOrder)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("bound of " + Exposure.MAX_MINOR);
      return;
    }
    Exposure e =
        Exposure.none(CUSTOMER, CNY)
            .invoicedWithoutShipment(fen(receivable), TODAY.plusDays(10))
            .orderApproved(fen(openOrder));
    CreditProfile p = CreditProfile.builder().from(profile("A", "1.00")).limit(fen(limit)).build();
    CreditOrder o = CreditOrder.of(CUSTOMER, "SO-1", fen(order));
    if (order.compareTo(MAX) > 0 || limit.compareTo(MAX) > 0) {
      assertThatThrownBy(() -> CreditCheck.of(POLICY).check(p, o, e, TODAY))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("bound of " + Exposure.MAX_MINOR + " minor units");
      return;
    }
    CreditDecision d = CreditCheck.of(POLICY).check(p, o, e, TODAY);
    BigInteger after = receivable.add(openOrder).add(order);
    assertThat(d.exposureAfter()).isEqualTo(fen(after));
    assertThat(d.excess()).isEqualTo(fen(after.subtract(limit).max(BigInteger.ZERO)));
  }
}
