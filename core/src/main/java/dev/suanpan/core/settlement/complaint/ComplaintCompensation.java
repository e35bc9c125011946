package dev.suanpan.core.settlement.complaint;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.settlement.IncurredCost;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * Decides a complaint's compensation by a {@link CompensationPolicy}: the one verb is {@link
 * #decide(Complaint)}.
 *
 * <p>The rules, in order: {@link CompensationRule#LOSS} (compensation plus other losses); {@code
 * compensation.approval} (the compensation routed from the requester up the tiers: under 1,000 the
 * sales department manager, 1,000 to 5,000 the deputy general manager, over 5,000 the general
 * manager, in 001 第二十七条); {@link CompensationRule#DEDUCTION} (the policy's share of the loss, split
 * over the responsible parties by their shares with {@link Allocation}); {@code
 * compensation.staff-cap} (a member of staff is charged at most the cap, the rest returns to the
 * company); {@link CompensationRule#COMPANY} (what the company bears). Immutable and thread-safe.
 */
public final class ComplaintCompensation {
  private final CompensationPolicy policy;

  private ComplaintCompensation(CompensationPolicy policy) {
    this.policy = policy;
  }

  /** An engine applying {@code policy}. */
  public static ComplaintCompensation of(CompensationPolicy policy) {
    return new ComplaintCompensation(Arguments.notNull(policy, "policy"));
  }

  /**
   * Decides {@code complaint}'s approval and deductions.
   *
   * @throws IllegalArgumentException if the complaint's currency differs from the policy's tiers
   */
  public CompensationDecision decide(Complaint complaint) {
    Arguments.notNull(complaint, "complaint");
    Money compensation = complaint.compensation();
    Money loss = complaint.loss();
    Money zero = Money.zero(complaint.currency());
    policy.staffCap().ifPresent(c -> Arguments.sameCurrency(c, compensation, "compensation"));
    Explanation.Builder why = Explanation.builder();
    List<String> lossText = new ArrayList<>();
    lossText.add("compensation " + compensation);
    for (IncurredCost c : complaint.otherLosses()) {
      lossText.add(c.description() + " " + c.amount());
    }
    why.add(CompensationRule.LOSS, "loss %s: %s", loss, String.join(", ", lossText));

    AuthorityRoute route =
        policy
            .authority()
            .route(
                policy.requester(),
                AuthorityRequest.ofAmount(CompensationPolicy.COMPLAINT_COMPENSATION, compensation));
    why.add(
        CompensationRule.APPROVAL,
        "compensation %s in tier %s: %s",
        compensation,
        tierOf(route),
        SignOff.describe(route));

    List<Deduction> deductions = deductions(why, complaint);
    Money deducted = zero;
    for (Deduction d : deductions) {
      deducted = deducted.plus(d.amount());
    }
    Money company = loss.minus(deducted);
    why.add(CompensationRule.COMPANY, "the company bears %s of the loss %s", company, loss);
    return ImmutableCompensationDecision.builder()
        .reference(complaint.reference())
        .compensation(compensation)
        .loss(loss)
        .deductions(deductions)
        .borneByCompany(company)
        .outcome(SignOff.outcomeOf(route))
        .explanation(why.build())
        .approval(route)
        .build();
  }

  /**
   * {@link CompensationRule#DEDUCTION} for each party held responsible, and {@link
   * CompensationRule#STAFF_CAP} where a member of staff's part is capped.
   */
  private List<Deduction> deductions(Explanation.Builder why, Complaint complaint) {
    List<Deduction> deductions = new ArrayList<>();
    if (complaint.responsible().isEmpty()) {
      why.add(CompensationRule.DEDUCTION, "nobody is held responsible; nothing is charged");
      return deductions;
    }
    Money loss = complaint.loss();
    Money charged = policy.chargedShare().of(loss, policy.rounding());
    List<BigDecimal> weights = new ArrayList<>();
    for (Responsibility r : complaint.responsible()) {
      weights.add(r.share().value());
    }
    ImmutableList<Money> parts = Allocation.byWeights(charged, weights);
    for (int i = 0; i < parts.size(); i++) {
      Responsibility r = complaint.responsible().get(i);
      Money part = parts.get(i);
      why.add(
          CompensationRule.DEDUCTION,
          "%s responsible for %s of %s of the loss %s: %s",
          r.party(),
          r.share(),
          policy.chargedShare(),
          loss,
          part);
      if (r.party() instanceof ResponsibleParty.Staff
          && policy.staffCap().isPresent()
          && part.isGreaterThan(policy.staffCap().get())) {
        Money cap = policy.staffCap().get();
        why.add(
            CompensationRule.STAFF_CAP,
            "%s is charged at most %s; %s stays with the company",
            r.party(),
            cap,
            part.minus(cap));
        part = cap;
      }
      deductions.add(new Deduction(r.party(), part));
    }
    return deductions;
  }

  private String tierOf(AuthorityRoute route) {
    for (ApprovalTier t : policy.tiers()) {
      if (route.approver().isPresent() && t.approver().equals(route.approver().get())) {
        return t.amounts().toString();
      }
    }
    return "none";
  }
}
