package dev.suanpan.money.tax;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.Collection;
import java.util.function.Function;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The VAT of one document at line level and at document level, from {@link VatComputation#of}. Both
 * totals are kept per rate, in the order the rates first appear in the lines; the {@link
 * #roundingDifference()} between them is shown, never dropped.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DocumentVat {
  /** The currency of every amount. */
  public abstract CurrencyUnit currency();

  /** The rounding used for every split. */
  public abstract Rounding rounding();

  /** The lines as given. */
  public abstract ImmutableList<VatLine> lines();

  /** Each line split on its own (line-level rounding), in line order. */
  public abstract ImmutableList<VatSplit> lineSplits();

  /**
   * Each line split so that, per rate and pricing basis, the lines add up to the document-level
   * totals: the rounding difference is allocated over the lines in proportion to the size of their
   * amounts (largest remainder, ties to the earlier line).
   */
  public abstract ImmutableList<VatSplit> documentLevelLines();

  /** Per rate, the sum of the line-level splits. */
  public abstract ImmutableMap<VatRate, VatSplit> lineLevel();

  /** Per rate, the split of the summed amounts, rounded once per pricing basis. */
  public abstract ImmutableMap<VatRate, VatSplit> documentLevel();

  /** The total line-level VAT over every rate. */
  public Money lineLevelTax() {
    return sum(lineLevel().values(), VatSplit::tax);
  }

  /** The total document-level VAT over every rate. */
  public Money documentLevelTax() {
    return sum(documentLevel().values(), VatSplit::tax);
  }

  /** The total line-level net amount over every rate. */
  public Money lineLevelNet() {
    return sum(lineLevel().values(), VatSplit::net);
  }

  /** The total document-level net amount over every rate. */
  public Money documentLevelNet() {
    return sum(documentLevel().values(), VatSplit::net);
  }

  /** The total line-level gross amount over every rate. */
  public Money lineLevelGross() {
    return sum(lineLevel().values(), VatSplit::gross);
  }

  /** The total document-level gross amount over every rate. */
  public Money documentLevelGross() {
    return sum(documentLevel().values(), VatSplit::gross);
  }

  /** Line-level VAT minus document-level VAT over every rate; zero when both ways agree. */
  public Money roundingDifference() {
    return lineLevelTax().minus(documentLevelTax());
  }

  /**
   * Line-level VAT minus document-level VAT at one rate.
   *
   * @throws IllegalArgumentException naming {@code rate} when no line has it
   */
  public Money roundingDifference(VatRate rate) {
    Arguments.notNull(rate, "rate");
    Arguments.check(
        lineLevel().containsKey(rate),
        "rate must be one of %s, was %s",
        lineLevel().keySet(),
        rate);
    return lineLevel().get(rate).tax().minus(documentLevel().get(rate).tax());
  }

  private Money sum(Collection<VatSplit> splits, Function<VatSplit, Money> part) {
    Money total = Money.zero(currency());
    for (VatSplit s : splits) {
      total = total.plus(part.apply(s));
    }
    return total;
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        lines().size() == lineSplits().size() && lines().size() == documentLevelLines().size(),
        "one split per line is required, was %s lines, %s splits, %s document-level splits",
        lines().size(),
        lineSplits().size(),
        documentLevelLines().size());
    Arguments.check(
        lineLevel().keySet().equals(documentLevel().keySet()),
        "line level and document level must have the same rates, were %s and %s",
        lineLevel().keySet(),
        documentLevel().keySet());
  }

  /** A summary: tax at both levels and the difference. */
  @Override
  public String toString() {
    return "VAT line level "
        + lineLevelTax()
        + ", document level "
        + documentLevelTax()
        + ", rounding difference "
        + roundingDifference()
        + " over "
        + lines().size()
        + " lines";
  }
}
