package dev.suanpan.core.pricing;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.decision.Reason;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The decision on a whole {@link Quote}: one {@link PricingDecision} per line, each carrying its
 * allocated share of the document discount, and the quote's totals. The quote is refused when any
 * line is refused or the document discount cannot be given; otherwise it needs approval when any
 * line does, and {@link #approval()} names the most senior approver any line needs (who, signing,
 * covers every line); otherwise it is allowed.
 *
 * <p>No source asks for the quote itself to be approved (002 has the quote prepared and sent to the
 * customer). For a business that wants a signature on it, {@link #quoteApprover()} names, as an
 * interpretation, who would sign: the requester's superior or the approver some line needs.
 *
 * <p>Immutable and thread-safe; the explanation (the quote's own steps, then each line's steps
 * prefixed with its line number) is put together the first time it is read. Building one rejects
 * (IllegalArgumentException) a number of line decisions other than the quote's lines, a document
 * discount in another currency than the lines, an empty reporting chain, and an approval on a quote
 * that does not need one (or none on one that does).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class QuoteDecision implements Decision {
  /** The quote decided. */
  public abstract Quote quote();

  /** The decision on each line, in the quote's order. */
  public abstract ImmutableList<PricingDecision> lines();

  /** The document discount given, allocated over the lines (zero when none). */
  public abstract Money documentDiscount();

  @Override
  public abstract Outcome outcome();

  /** The most senior approver any line needs, when the quote needs approval. */
  @Override
  public abstract Optional<AuthorityRoute> approval();

  /**
   * The requester followed by its superiors, nearest first, as the authority policy has them: the
   * roles {@link #quoteApprover()} is chosen from.
   */
  public abstract ImmutableList<Role> reportingChain();

  /**
   * The quote's own steps ({@link PricingRule#DOCUMENT_DISCOUNT}, {@link PricingRule#QUOTE}),
   * without the lines' steps; {@link #explanation()} has both.
   */
  public abstract Explanation quoteExplanation();

  /** The list amounts of all lines. */
  public Money listTotal() {
    Money sum = documentDiscount().withAmount(0);
    for (PricingDecision d : lines()) {
      sum = sum.plus(d.listAmount());
    }
    return sum;
  }

  /** All discount of all lines: standard offers, extra discounts and the document discount. */
  public Money discountTotal() {
    Money sum = documentDiscount().withAmount(0);
    for (PricingDecision d : lines()) {
      sum = sum.plus(d.discount());
    }
    return sum;
  }

  /** The net amounts of all lines. */
  public Money netTotal() {
    Money sum = documentDiscount().withAmount(0);
    for (PricingDecision d : lines()) {
      sum = sum.plus(d.netAmount());
    }
    return sum;
  }

  /**
   * Who would sign the quote before the contract, where a business asks for it (an interpretation:
   * no source does): the requester's direct superior in the authority policy, or the more senior
   * approver some line's extra discount needs; the requester itself when it reports to nobody.
   * Empty when the quote is refused (there is nothing to sign).
   */
  public Optional<Role> quoteApprover() {
    if (outcome() == Outcome.REFUSED) {
      return Optional.empty();
    }
    return Optional.of(reportingChain().get(quoteApproverIndex()));
  }

  /**
   * The superiors the quote passes through to {@link #quoteApprover()}, from the requester's direct
   * superior up to and including the quote approver; empty when the requester reports to nobody or
   * the quote is refused.
   */
  public ImmutableList<Role> quoteApprovalChain() {
    if (outcome() == Outcome.REFUSED) {
      return ImmutableList.of();
    }
    return reportingChain().subList(1, quoteApproverIndex() + 1);
  }

  /** Position of the quote approver in the requester's reporting chain (0 is the requester). */
  private int quoteApproverIndex() {
    int needed = approval().map(a -> a.chain().size()).orElse(0);
    return Math.min(Math.max(1, needed), reportingChain().size() - 1);
  }

  /** The quote's own steps, then each line's steps prefixed with its line number and product. */
  @Override
  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out = Explanation.builder().addAll(quoteExplanation());
    for (int i = 0; i < lines().size(); i++) {
      PricingDecision d = lines().get(i);
      String prefix = "line " + (i + 1) + " (" + d.line().product().id() + "): ";
      for (Reason r : d.explanation().steps()) {
        out.add(new Reason(r.rule(), prefix + r.text()));
      }
    }
    return out.build();
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        lines().size() == quote().lines().size(),
        "lines must decide each of the quote's %s lines, were %s decisions",
        quote().lines().size(),
        lines().size());
    for (PricingDecision d : lines()) {
      if (!d.listAmount().getCurrencyUnit().equals(documentDiscount().getCurrencyUnit())) {
        Arguments.inCurrency(
            documentDiscount(), d.listAmount().getCurrencyUnit(), "documentDiscount");
      }
    }
    Arguments.check(!reportingChain().isEmpty(), "reportingChain must name the requester");
    Arguments.check(
        approval().isPresent() == (outcome() == Outcome.NEEDS_APPROVAL),
        "approval must be present exactly when the quote needs approval, was %s with %s",
        outcome(),
        approval());
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuoteDecision}; rejects what {@link QuoteDecision} rejects. */
  public static final class Builder extends ImmutableQuoteDecision.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return "quote of "
        + lines().size()
        + " lines: "
        + outcome()
        + ", net "
        + netTotal()
        + approval().map(a -> ", needs " + a.approver().orElseThrow()).orElse("");
  }
}
