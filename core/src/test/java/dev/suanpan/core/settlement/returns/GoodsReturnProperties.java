package dev.suanpan.core.settlement.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class GoodsReturnProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final LocalDate SOLD = LocalDate.of(2024, 5, 6);

  @Provide
  Arbitrary<Sale> sales() {
    Arbitrary<SoldLine> line =
        Combinators.combine(
                Arbitraries.integers().between(1, 20),
                Arbitraries.integers().between(0, 2),
                Arbitraries.longs().between(0L, 1_000_000_00L),
                Arbitraries.of(
                    VatRate.STANDARD_13, VatRate.REDUCED_9, VatRate.REDUCED_6, VatRate.ZERO))
            .as(
                (qty, scale, fen, rate) ->
                    SoldLine.builder()
                        .lineId("x")
                        .description("goods")
                        .quantity(BigDecimal.valueOf(qty).movePointLeft(scale))
                        .amount(Money.ofMinor(CNY, fen))
                        .vatRate(rate)
                        .build());
    return Combinators.combine(
            line.list().ofMinSize(1).ofMaxSize(5), Arbitraries.integers().between(0, 100))
        .as(
            (lines, discountPct) -> {
              List<SoldLine> numbered = new ArrayList<>();
              Money total = Money.zero(CNY);
              for (int i = 0; i < lines.size(); i++) {
                numbered.add(SoldLine.builder().from(lines.get(i)).lineId("L" + i).build());
                total = total.plus(lines.get(i).amount());
              }
              return Sale.builder()
                  .reference("S")
                  .customer(CustomerId.of("C"))
                  .soldOn(SOLD)
                  .lines(numbered)
                  .documentDiscount(
                      Percent.of(discountPct).of(total, Rounding.toMinorUnit(RoundingMode.DOWN)))
                  .build();
            });
  }

  @Provide
  Arbitrary<Percent> deductions() {
    return Arbitraries.longs().between(0, 100_00).map(Percent::ofBasisPoints);
  }

  static GoodsReturn engine(ReturnReason reason, Percent deduction) {
    return GoodsReturn.of(
        ReturnPolicy.builder().returnWindowDays(7).putDeduction(reason, deduction).build());
  }

  @Property
  void returningAllLinesOneByOneRefundsTheSameAsOneFullReturn(
      @ForAll("sales") Sale sale, @ForAll ReturnReason reason, @ForAll("deductions") Percent pct) {
    GoodsReturn engine = engine(reason, pct);
    ReturnRequest.Builder full = ReturnRequest.builder().returnedOn(SOLD).reason(reason);
    Money refund = Money.zero(CNY);
    Money deducted = Money.zero(CNY);
    Money vat = Money.zero(CNY);
    for (SoldLine l : sale.lines()) {
      full.addLines(ReturnLine.of(l.lineId(), l.quantity()));
      ReturnDecision one =
          engine.settle(
              sale,
              ReturnRequest.builder()
                  .returnedOn(SOLD)
                  .reason(reason)
                  .addLines(ReturnLine.of(l.lineId(), l.quantity()))
                  .build());
      refund = refund.plus(one.refund());
      deducted = deducted.plus(one.deductions());
      vat = vat.plus(one.vatCredited());
    }
    ReturnDecision all = engine.settle(sale, full.build());

    assertThat(refund).isEqualTo(all.refund());
    assertThat(deducted).isEqualTo(all.deductions());
    assertThat(vat).isEqualTo(all.vatCredited());
    assertThat(all.valuePaid()).isEqualTo(sale.totalPaid());
    assertThat(all.refund().plus(all.deductions())).isEqualTo(sale.totalPaid());
  }

  @Property
  void aLineReturnedInPartsRefundsAndCreditsVatExactlyAsReturningItWhole(
      @ForAll("sales") Sale sale,
      @ForAll ReturnReason reason,
      @ForAll("deductions") Percent pct,
      @ForAll @IntRange(min = 1, max = 6) int parts) {
    GoodsReturn engine = engine(reason, pct);
    SoldLine line = sale.lines().get(0);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(line.quantity().scale());
    BigDecimal step = line.quantity().divideToIntegralValue(BigDecimal.valueOf(parts));
    if (step.signum() == 0) {
      step = unit;
    }
    BigDecimal returned = BigDecimal.ZERO;
    Money refund = Money.zero(CNY);
    Money vat = Money.zero(CNY);
    Money paid = Money.zero(CNY);
    while (returned.compareTo(line.quantity()) < 0) {
      BigDecimal q = step.min(line.quantity().subtract(returned));
      ReturnDecision part =
          engine.settle(
              sale,
              ReturnRequest.builder()
                  .returnedOn(SOLD.plusDays(3))
                  .reason(reason)
                  .addLines(ReturnLine.of(line.lineId(), q))
                  .putAlreadyReturned(line.lineId(), returned)
                  .build());
      assertThat(part.refund().plus(part.deductions())).isEqualTo(part.valuePaid());
      assertThat(part.refund().isGreaterThan(part.valuePaid())).isFalse();
      assertThat(part.vatCredited().isNegative()).isFalse();
      refund = refund.plus(part.refund());
      vat = vat.plus(part.vatCredited());
      paid = paid.plus(part.valuePaid());
      returned = returned.add(q);
    }
    ReturnDecision whole =
        engine.settle(
            sale,
            ReturnRequest.builder()
                .returnedOn(SOLD.plusDays(3))
                .reason(reason)
                .addLines(ReturnLine.of(line.lineId(), line.quantity()))
                .build());

    assertThat(refund).isEqualTo(whole.refund());
    assertThat(vat).isEqualTo(whole.vatCredited());
    assertThat(paid).isEqualTo(sale.paidPerLine().get(line.lineId()));
  }
}
