package dev.suanpan.core.pricing;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The decision on a whole {@link Quote}: one {@link PricingDecision} per line, each carrying its
 * allocated share of the document discount, and the quote's totals. The quote is refused when any
 * line is refused or the document discount cannot be given; otherwise it needs approval when any
 * line does, and {@link #approval()} names the most senior approver any line needs (who, signing,
 * covers every line); otherwise it is allowed.
 *
 * <p>Whatever the lines need, a written quote is approved by the salesperson's supervisor before
 * the contract (报价经主管审批): {@link #quoteApprover()} names who signs the quote itself.
 *
 * <p>Immutable and thread-safe; the explanation (the quote's own steps, then each line's steps
 * prefixed with its line number) is formatted the first time it is read.
 */
public final class QuoteDecision implements Decision {
  private final Quote quote;
  private final ImmutableList<PricingDecision> lines;
  private final Money documentDiscount;
  private final Outcome outcome;
  private final AuthorityRoute approval;
  private final Steps steps;
  private final Role[] reportingChain;
  private volatile Explanation explanation;

  /**
   * {@code reportingChain} is the requester followed by its superiors, nearest first, as the
   * authority policy has them; it is read, never changed.
   */
  QuoteDecision(
      Quote quote,
      ImmutableList<PricingDecision> lines,
      Money documentDiscount,
      Outcome outcome,
      AuthorityRoute approval,
      Steps steps,
      Role[] reportingChain) {
    this.reportingChain = reportingChain;
    this.quote = quote;
    this.lines = lines;
    this.documentDiscount = documentDiscount;
    this.outcome = outcome;
    this.approval = approval;
    this.steps = steps;
  }

  /** The quote decided. */
  public Quote quote() {
    return quote;
  }

  /** The decision on each line, in the quote's order. */
  public ImmutableList<PricingDecision> lines() {
    return lines;
  }

  /** The document discount given, allocated over the lines (zero when none). */
  public Money documentDiscount() {
    return documentDiscount;
  }

  /** The list amounts of all lines. */
  public Money listTotal() {
    Money sum = documentDiscount.withAmount(0);
    for (PricingDecision d : lines) {
      sum = sum.plus(d.listAmount());
    }
    return sum;
  }

  /** All discount of all lines: standard offers, extra discounts and the document discount. */
  public Money discountTotal() {
    Money sum = documentDiscount.withAmount(0);
    for (PricingDecision d : lines) {
      sum = sum.plus(d.discount());
    }
    return sum;
  }

  /** The net amounts of all lines. */
  public Money netTotal() {
    Money sum = documentDiscount.withAmount(0);
    for (PricingDecision d : lines) {
      sum = sum.plus(d.netAmount());
    }
    return sum;
  }

  /**
   * Who must sign the quote before the contract (rule 1.7): the requester's direct superior in the
   * authority policy, or the more senior approver some line's extra discount needs; the requester
   * itself when it reports to nobody. Empty when the quote is refused (there is nothing to sign).
   */
  public Optional<Role> quoteApprover() {
    if (outcome == Outcome.REFUSED) {
      return Optional.empty();
    }
    return Optional.of(reportingChain[quoteApproverIndex()]);
  }

  /**
   * The superiors the quote passes through to {@link #quoteApprover()}, from the requester's direct
   * superior up to and including the quote approver; empty when the requester reports to nobody or
   * the quote is refused.
   */
  public ImmutableList<Role> quoteApprovalChain() {
    if (outcome == Outcome.REFUSED) {
      return ImmutableList.of();
    }
    return ImmutableList.copyOf(reportingChain).subList(1, quoteApproverIndex() + 1);
  }

  /** Position of the quote approver in the requester's reporting chain (0 is the requester). */
  private int quoteApproverIndex() {
    int needed = approval == null ? 0 : approval.chain().size();
    return Math.min(Math.max(1, needed), reportingChain.length - 1);
  }

  @Override
  public Outcome outcome() {
    return outcome;
  }

  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.ofNullable(approval);
  }

  @Override
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      Explanation.Builder out = Explanation.builder();
      steps.renderInto(out, "");
      for (int i = 0; i < lines.size(); i++) {
        PricingDecision d = lines.get(i);
        d.steps().renderInto(out, "line " + (i + 1) + " (" + d.line().product().id() + "): ");
      }
      e = out.build();
      explanation = e;
    }
    return e;
  }

  @Override
  public String toString() {
    return "quote of "
        + lines.size()
        + " lines: "
        + outcome
        + ", net "
        + netTotal()
        + (approval == null ? "" : ", needs " + approval.approver().orElseThrow());
  }
}
