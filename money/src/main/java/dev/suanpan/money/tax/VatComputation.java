package dev.suanpan.money.tax;

import com.google.common.collect.ImmutableMap;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The VAT of a whole document (an invoice, a settlement sheet) computed both ways, so the caller
 * sees the difference instead of losing it:
 *
 * <ul>
 *   <li><b>line level</b>: every line is split (tax-inclusive) or grossed up (net) on its own and
 *       the rounded lines are added up per rate;
 *   <li><b>document level</b>: per rate, the tax-inclusive lines are added up and split once, and
 *       the net lines are added up and grossed up once.
 * </ul>
 *
 * Tax-inclusive lines keep their gross either way and net lines keep their net, so the two ways
 * differ only in the tax (and, by the same amount, in the net of tax-inclusive lines or the gross
 * of net lines). {@link DocumentVat#roundingDifference()} is line-level tax minus document-level
 * tax; {@link DocumentVat#documentLevelLines()} spreads it back over the lines with {@link
 * Allocation} so that line details add up to the document-level totals.
 *
 * <p>Rejects a null or empty list, a null line or rounding, and lines in more than one currency.
 */
public final class VatComputation {
  private VatComputation() {}

  /**
   * Computes the VAT of {@code lines} at line level and at document level with {@code rounding}.
   *
   * @throws IllegalArgumentException naming {@code lines[i].amount} when currencies are mixed, or
   *     {@code lines} when it is empty
   */
  public static DocumentVat of(List<VatLine> lines, Rounding rounding) {
    Arguments.notEmpty(lines, "lines");
    Arguments.notNull(rounding, "rounding");
    CurrencyUnit currency = Arguments.notNull(lines.get(0), "lines[0]").amount().getCurrencyUnit();
    List<VatSplit> splits = new ArrayList<>(lines.size());
    Map<VatRate, VatSplit> lineLevel = new LinkedHashMap<>();
    Map<VatRate, Money> inclusiveSums = new LinkedHashMap<>();
    Map<VatRate, Money> exclusiveSums = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      VatLine line = Arguments.notNull(lines.get(i), "lines[" + i + "]");
      Arguments.inCurrency(line.amount(), currency, "lines[" + i + "].amount");
      VatSplit split = line.split(rounding);
      splits.add(split);
      lineLevel.merge(line.rate(), split, VatComputation::add);
      (line.taxInclusive() ? inclusiveSums : exclusiveSums)
          .merge(line.rate(), line.amount(), Money::plus);
    }
    Map<VatRate, VatSplit> documentLevel = new LinkedHashMap<>();
    for (VatRate rate : lineLevel.keySet()) {
      Money zero = Money.zero(currency);
      VatSplit inclusive = rate.splitGross(inclusiveSums.getOrDefault(rate, zero), rounding);
      VatSplit exclusive = rate.grossUp(exclusiveSums.getOrDefault(rate, zero), rounding);
      documentLevel.put(rate, add(inclusive, exclusive));
    }
    List<VatSplit> adjusted = new ArrayList<>(splits);
    for (VatRate rate : lineLevel.keySet()) {
      spread(lines, splits, adjusted, rate, true, inclusiveSums, rounding);
      spread(lines, splits, adjusted, rate, false, exclusiveSums, rounding);
    }
    return ImmutableDocumentVat.builder()
        .currency(currency)
        .rounding(rounding)
        .lines(lines)
        .lineSplits(splits)
        .documentLevelLines(adjusted)
        .lineLevel(ImmutableMap.copyOf(lineLevel))
        .documentLevel(ImmutableMap.copyOf(documentLevel))
        .build();
  }

  /**
   * Allocates the document-level tax of one (rate, pricing basis) group over its lines in
   * proportion to the size of their amounts, replacing their splits in {@code adjusted}.
   */
  private static void spread(
      List<VatLine> lines,
      List<VatSplit> splits,
      List<VatSplit> adjusted,
      VatRate rate,
      boolean inclusive,
      Map<VatRate, Money> sums,
      Rounding rounding) {
    if (!sums.containsKey(rate)) {
      return;
    }
    List<Integer> members = new ArrayList<>();
    Money lineTax = Money.zero(sums.get(rate).getCurrencyUnit());
    for (int i = 0; i < lines.size(); i++) {
      VatLine line = lines.get(i);
      if (line.rate().equals(rate) && line.taxInclusive() == inclusive) {
        members.add(i);
        lineTax = lineTax.plus(splits.get(i).tax());
      }
    }
    Money documentTax =
        inclusive
            ? rate.splitGross(sums.get(rate), rounding).tax()
            : rate.grossUp(sums.get(rate), rounding).tax();
    Money correction = documentTax.minus(lineTax);
    if (correction.isZero()) {
      return;
    }
    List<BigDecimal> weights = new ArrayList<>(members.size());
    for (int i : members) {
      weights.add(lines.get(i).amount().getAmount().abs());
    }
    List<Money> parts = Allocation.byWeights(correction, weights);
    for (int k = 0; k < members.size(); k++) {
      int i = members.get(k);
      VatSplit s = splits.get(i);
      Money part = parts.get(k);
      adjusted.set(
          i,
          inclusive
              ? new VatSplit(s.net().minus(part), s.tax().plus(part), s.gross(), rate)
              : new VatSplit(s.net(), s.tax().plus(part), s.gross().plus(part), rate));
    }
  }

  private static VatSplit add(VatSplit a, VatSplit b) {
    return new VatSplit(
        a.net().plus(b.net()), a.tax().plus(b.tax()), a.gross().plus(b.gross()), a.rate());
  }
}
