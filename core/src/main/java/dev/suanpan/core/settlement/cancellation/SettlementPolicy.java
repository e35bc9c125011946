package dev.suanpan.core.settlement.cancellation;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How cancelled sales and subscriptions are settled: the deposit cap, the {@link CancellationTerms}
 * for every stage and fault, which amounts collected on behalf are refunded in full at each stage,
 * who signs off, and how amounts are rounded. {@link
 * dev.suanpan.core.presets.PropertyOfficeCancellationTerms} is the property sales office's policy
 * (004 篇7 §12).
 *
 * <p>Approval subjects: a cancellation before the formal contract asks for {@link
 * #BEFORE_FORMAL_CONTRACT}, after it {@link #AFTER_FORMAL_CONTRACT}, and a special cancellation
 * {@link #SPECIAL_CANCELLATION}; the {@link SignOff}'s authority policy says which roles hold them.
 *
 * <p>Validated when built; it fails naming the stage, fault and values when terms are missing for a
 * stage and fault, a deposit is forfeited on anyone's fault but the buyer's or returned twofold on
 * anyone's but the seller's, damages are set for a mutual fault (each party bears its own loss),
 * the customer bears a larger share of costs on the seller's default than on its own, a price
 * payment is listed as collected on behalf, or the deposit cap is outside 0%-100%. Immutable and
 * thread-safe.
 */
public final class SettlementPolicy {
  /** The approval subject of a cancellation before the formal contract. */
  public static final Subject BEFORE_FORMAL_CONTRACT =
      Subject.of("cancellation").forGroup("before-formal-contract");

  /** The approval subject of a cancellation after the formal contract. */
  public static final Subject AFTER_FORMAL_CONTRACT =
      Subject.of("cancellation").forGroup("after-formal-contract");

  /** The approval subject of a special cancellation. */
  public static final Subject SPECIAL_CANCELLATION = Subject.of("cancellation").forGroup("special");

  private final Percent depositCap;
  private final Rounding rounding;
  private final ImmutableMap<ContractStage, ImmutableMap<Fault, CancellationTerms>> terms;
  private final ImmutableMap<ContractStage, ImmutableSet<PaymentKind>> refundedInFull;
  private final SignOff signOff;

  private SettlementPolicy(Builder b) {
    this.depositCap = b.depositCap;
    this.rounding = b.rounding;
    ImmutableMap.Builder<ContractStage, ImmutableMap<Fault, CancellationTerms>> t =
        ImmutableMap.builder();
    b.terms.forEach((stage, byFault) -> t.put(stage, ImmutableMap.copyOf(byFault)));
    this.terms = t.build();
    ImmutableMap.Builder<ContractStage, ImmutableSet<PaymentKind>> r = ImmutableMap.builder();
    for (ContractStage s : ContractStage.values()) {
      r.put(
          s,
          ImmutableSet.copyOf(b.refundedInFull.getOrDefault(s, EnumSet.noneOf(PaymentKind.class))));
    }
    this.refundedInFull = r.build();
    this.signOff = b.signOff;
  }

  /** A builder; the deposit cap starts at 20% and rounding at {@link Rounding#FEN}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The largest share of the contract price that counts as a deposit (20% under Chinese law). */
  public Percent depositCap() {
    return depositCap;
  }

  /** How computed amounts (cap, damages, cost shares) are rounded. */
  public Rounding rounding() {
    return rounding;
  }

  /** The terms for a cancellation at {@code stage} with {@code fault}. */
  public CancellationTerms terms(ContractStage stage, Fault fault) {
    Arguments.notNull(stage, "stage");
    Arguments.notNull(fault, "fault");
    return terms.get(stage).get(fault);
  }

  /** The kinds collected on behalf that are refunded in full at {@code stage}; others are kept. */
  public ImmutableSet<PaymentKind> refundedInFull(ContractStage stage) {
    return refundedInFull.get(Arguments.notNull(stage, "stage"));
  }

  /** Who signs off cancellations. */
  public SignOff signOff() {
    return signOff;
  }

  /** The approval subject of {@code cancellation}: special, before or after the formal contract. */
  public Subject approvalSubject(Cancellation cancellation) {
    Arguments.notNull(cancellation, "cancellation");
    if (cancellation.special()) {
      return SPECIAL_CANCELLATION;
    }
    return cancellation.stage().formalContract() ? AFTER_FORMAL_CONTRACT : BEFORE_FORMAL_CONTRACT;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SettlementPolicy deposit cap ").append(depositCap);
    terms.forEach(
        (stage, byFault) -> {
          byFault.forEach(
              (fault, t) ->
                  s.append("\n  ").append(stage).append('/').append(fault).append(": ").append(t));
          s.append("\n  ")
              .append(stage)
              .append(": refunded in full ")
              .append(refundedInFull.get(stage));
        });
    return s.toString();
  }

  /** Collects the policy's parts; {@link #build()} validates them together. */
  public static final class Builder {
    private Percent depositCap = Percent.of(20);
    private Rounding rounding = Rounding.FEN;
    private final Map<ContractStage, Map<Fault, CancellationTerms>> terms =
        new EnumMap<>(ContractStage.class);
    private final Map<ContractStage, Set<PaymentKind>> refundedInFull =
        new EnumMap<>(ContractStage.class);
    private SignOff signOff;

    private Builder() {}

    /** The largest share of the contract price that counts as a deposit. */
    public Builder depositCap(Percent cap) {
      this.depositCap = Arguments.notNull(cap, "depositCap");
      return this;
    }

    /** How computed amounts are rounded. */
    public Builder rounding(Rounding rounding) {
      this.rounding = Arguments.notNull(rounding, "rounding");
      return this;
    }

    /** The terms at {@code stage} when {@code fault} is at fault; set once per pair. */
    public Builder terms(ContractStage stage, Fault fault, CancellationTerms terms) {
      Arguments.notNull(stage, "stage");
      Arguments.notNull(fault, "fault");
      Arguments.notNull(terms, "terms");
      Map<Fault, CancellationTerms> byFault =
          this.terms.computeIfAbsent(stage, s -> new EnumMap<>(Fault.class));
      Arguments.check(
          !byFault.containsKey(fault), "terms for %s with fault %s are set twice", stage, fault);
      byFault.put(fault, terms);
      return this;
    }

    /** The same terms at every stage when {@code fault} is at fault. */
    public Builder termsAtEveryStage(Fault fault, CancellationTerms terms) {
      for (ContractStage s : ContractStage.values()) {
        terms(s, fault, terms);
      }
      return this;
    }

    /** Amounts of these kinds, collected on behalf, are refunded in full at {@code stage}. */
    public Builder refundInFull(ContractStage stage, PaymentKind... kinds) {
      Arguments.notNull(stage, "stage");
      Arguments.notNull(kinds, "kinds");
      Set<PaymentKind> set =
          refundedInFull.computeIfAbsent(stage, s -> EnumSet.noneOf(PaymentKind.class));
      for (PaymentKind k : kinds) {
        Arguments.notNull(k, "kind");
        Arguments.check(
            k.collectedOnBehalf(),
            "only amounts collected on behalf are listed for refund in full, %s is part of the price",
            k);
        set.add(k);
      }
      return this;
    }

    /** Who signs off cancellations. */
    public Builder signOff(SignOff signOff) {
      this.signOff = Arguments.notNull(signOff, "signOff");
      return this;
    }

    /**
     * Validates and builds the policy.
     *
     * @throws IllegalArgumentException naming the stage, fault and values that break the rules
     */
    public SettlementPolicy build() {
      Arguments.check(
          !depositCap.isNegative() && !depositCap.isGreaterThan(Percent.HUNDRED),
          "depositCap must be between 0%% and 100%%, was %s",
          depositCap);
      Arguments.notNull(signOff, "signOff");
      List<String> missing = new ArrayList<>();
      for (ContractStage s : ContractStage.values()) {
        for (Fault f : Fault.values()) {
          if (!terms.getOrDefault(s, Map.of()).containsKey(f)) {
            missing.add(s + "/" + f);
          }
        }
      }
      Arguments.check(missing.isEmpty(), "terms are missing for %s", missing);
      for (ContractStage s : ContractStage.values()) {
        Map<Fault, CancellationTerms> byFault = terms.get(s);
        for (Map.Entry<Fault, CancellationTerms> e : byFault.entrySet()) {
          Fault f = e.getKey();
          CancellationTerms t = e.getValue();
          Arguments.check(
              t.deposit() != DepositTreatment.FORFEITED || f == Fault.BUYER,
              "%s/%s: the deposit is forfeited only on the buyer's default, terms were %s",
              s,
              f,
              t);
          Arguments.check(
              t.deposit() != DepositTreatment.RETURNED_DOUBLE || f == Fault.SELLER,
              "%s/%s: the deposit is returned twofold only on the seller's default, terms were %s",
              s,
              f,
              t);
          Arguments.check(
              f != Fault.BOTH || t.liquidatedDamages().isZero(),
              "%s/%s: with both at fault each bears its own loss, liquidated damages must be 0%%,"
                  + " were %s",
              s,
              f,
              t.liquidatedDamages());
        }
        CancellationTerms buyer = byFault.get(Fault.BUYER);
        CancellationTerms seller = byFault.get(Fault.SELLER);
        Arguments.check(
            !seller.customerShareOfCosts().isGreaterThan(buyer.customerShareOfCosts()),
            "%s: the customer would bear %s of costs on the seller's default but only %s on its own",
            s,
            seller.customerShareOfCosts(),
            buyer.customerShareOfCosts());
      }
      return new SettlementPolicy(this);
    }
  }
}
