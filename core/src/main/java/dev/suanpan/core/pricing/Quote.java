package dev.suanpan.core.pricing;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A written quote (统一格式的报价单): the {@link PricingContext} it is made in, its lines, and an optional
 * discount on the whole document, given as an amount or as a percent of the lines' net total. The
 * document discount is allocated across the lines in proportion to their net amounts, so a later
 * return of one line refunds the right net amount; a line {@link
 * QuoteLine#excludedFromDocumentDiscount() excluded from the document discount} takes no share and
 * is left out of the net total the percent is taken of.
 *
 * <p>Rejects a quote with no lines, a document discount given both as an amount and as a percent, a
 * negative document discount and a percent outside 0% to 100%.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Quote {
  /** The circumstances of the quote. */
  public abstract PricingContext context();

  /** The lines, in order. */
  public abstract ImmutableList<QuoteLine> lines();

  /** A discount on the whole document, as an amount. */
  public abstract Optional<Money> documentDiscount();

  /**
   * A discount on the whole document, as a percent of the net total of the lines not excluded from
   * it.
   */
  public abstract Optional<Percent> documentDiscountPercent();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quote}; rejects what {@link Quote} rejects. */
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.check(!lines().isEmpty(), "quote must have at least one line");
    Arguments.check(
        documentDiscount().isEmpty() || documentDiscountPercent().isEmpty(),
        "quote gives a document discount both as an amount %s and as a percent %s; give one",
        documentDiscount().map(Object::toString).orElse(""),
        documentDiscountPercent().map(Object::toString).orElse(""));
    documentDiscount().ifPresent(d -> Arguments.nonNegative(d, "documentDiscount"));
    documentDiscountPercent()
        .ifPresent(
            p ->
                Arguments.check(
                    !p.isNegative() && !p.isGreaterThan(Percent.HUNDRED),
                    "documentDiscountPercent must be between 0%% and 100%%, was %s",
                    p));
  }
}
