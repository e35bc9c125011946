package dev.suanpan.core.settlement.cancellation;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

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
 * payment is listed as collected on behalf, or the deposit cap is outside 0%-100%; terms set twice
 * for one stage and fault fail naming the stage. Immutable and thread-safe.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class SettlementPolicy {
  /** The approval subject of a cancellation before the formal contract. */
  public static final Subject BEFORE_FORMAL_CONTRACT =
      Subject.of("cancellation").forGroup("before-formal-contract");

  /** The approval subject of a cancellation after the formal contract. */
  public static final Subject AFTER_FORMAL_CONTRACT =
      Subject.of("cancellation").forGroup("after-formal-contract");

  /** The approval subject of a special cancellation. */
  public static final Subject SPECIAL_CANCELLATION = Subject.of("cancellation").forGroup("special");

  /**
   * The largest share of the contract price that counts as a deposit (20% under Chinese law, the
   * default).
   */
  @Value.Default
  public Percent depositCap() {
    return Percent.of(20);
  }

  /**
   * How computed amounts (cap, damages, cost shares) are rounded; {@link Rounding#FEN} unless set.
   */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** The terms at each stage when the buyer defaults ({@link Fault#BUYER}). */
  public abstract ImmutableMap<ContractStage, CancellationTerms> termsOnBuyerFault();

  /** The terms at each stage when the seller defaults ({@link Fault#SELLER}). */
  public abstract ImmutableMap<ContractStage, CancellationTerms> termsOnSellerFault();

  /** The terms at each stage when both are at fault or agree to cancel ({@link Fault#BOTH}). */
  public abstract ImmutableMap<ContractStage, CancellationTerms> termsOnBothAtFault();

  /** The kinds collected on behalf that are refunded in full, by stage; others are kept. */
  public abstract ImmutableSetMultimap<ContractStage, PaymentKind> refundsInFull();

  /** Who signs off cancellations. */
  public abstract SignOff signOff();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the policy's parts; {@link #build()} validates them together. */
  public static final class Builder extends ImmutableSettlementPolicy.Builder {
    Builder() {}

    /** The terms at {@code stage} when {@code fault} is at fault; set once per pair. */
    public Builder terms(ContractStage stage, Fault fault, CancellationTerms terms) {
      Arguments.notNull(stage, "stage");
      Arguments.notNull(fault, "fault");
      Arguments.notNull(terms, "terms");
      switch (fault) {
        case BUYER -> putTermsOnBuyerFault(stage, terms);
        case SELLER -> putTermsOnSellerFault(stage, terms);
        case BOTH -> putTermsOnBothAtFault(stage, terms);
      }
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
      for (PaymentKind k : kinds) {
        Arguments.notNull(k, "kind");
        Arguments.check(
            k.collectedOnBehalf(),
            "only amounts collected on behalf are listed for refund in full, %s is part of the price",
            k);
      }
      putAllRefundsInFull(stage, Arrays.asList(kinds));
      return this;
    }
  }

  /** The terms for a cancellation at {@code stage} with {@code fault}. */
  public CancellationTerms terms(ContractStage stage, Fault fault) {
    Arguments.notNull(stage, "stage");
    return termsOn(Arguments.notNull(fault, "fault")).get(stage);
  }

  /** The kinds collected on behalf that are refunded in full at {@code stage}; others are kept. */
  public ImmutableSet<PaymentKind> refundedInFull(ContractStage stage) {
    return refundsInFull().get(Arguments.notNull(stage, "stage"));
  }

  /** The approval subject of {@code cancellation}: special, before or after the formal contract. */
  public Subject approvalSubject(Cancellation cancellation) {
    Arguments.notNull(cancellation, "cancellation");
    if (cancellation.special()) {
      return SPECIAL_CANCELLATION;
    }
    return cancellation.stage().formalContract() ? AFTER_FORMAL_CONTRACT : BEFORE_FORMAL_CONTRACT;
  }

  private ImmutableMap<ContractStage, CancellationTerms> termsOn(Fault fault) {
    return switch (fault) {
      case BUYER -> termsOnBuyerFault();
      case SELLER -> termsOnSellerFault();
      case BOTH -> termsOnBothAtFault();
    };
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SettlementPolicy deposit cap ").append(depositCap());
    for (ContractStage stage : ContractStage.values()) {
      for (Fault fault : Fault.values()) {
        s.append("\n  ").append(stage).append('/').append(fault).append(": ");
        s.append(terms(stage, fault));
      }
      s.append("\n  ").append(stage).append(": refunded in full ").append(refundedInFull(stage));
    }
    return s.toString();
  }

  @Value.Check
  protected void check() {
    Arguments.share(depositCap(), "depositCap");
    checkNoTermsMissing();
    for (ContractStage s : ContractStage.values()) {
      for (Fault f : Fault.values()) {
        checkTermsFitTheFault(s, f, terms(s, f));
      }
      checkCostsOnTheSellersDefault(s);
    }
    checkRefundsInFullAreCollectedOnBehalf();
  }

  /** Every stage has terms for every fault. */
  private void checkNoTermsMissing() {
    List<String> missing = new ArrayList<>();
    for (ContractStage s : ContractStage.values()) {
      for (Fault f : Fault.values()) {
        if (!termsOn(f).containsKey(s)) {
          missing.add(s + "/" + f);
        }
      }
    }
    Arguments.check(missing.isEmpty(), "terms are missing for %s", missing);
  }

  /**
   * The deposit is forfeited only on the buyer's default and returned twofold only on the seller's
   * (定金罚则, Civil Code art. 587; the sources name the deposit, not its penalty); with both at fault
   * each bears its own loss, so no liquidated damages.
   */
  private static void checkTermsFitTheFault(ContractStage s, Fault f, CancellationTerms t) {
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

  /** The customer bears no larger share of costs on the seller's default than on its own. */
  private void checkCostsOnTheSellersDefault(ContractStage s) {
    CancellationTerms buyer = terms(s, Fault.BUYER);
    CancellationTerms seller = terms(s, Fault.SELLER);
    Arguments.check(
        !seller.customerShareOfCosts().isGreaterThan(buyer.customerShareOfCosts()),
        "%s: the customer would bear %s of costs on the seller's default but only %s on its own",
        s,
        seller.customerShareOfCosts(),
        buyer.customerShareOfCosts());
  }

  /** Only amounts collected on behalf (taxes, funds) are refunded in full; the price is settled. */
  private void checkRefundsInFullAreCollectedOnBehalf() {
    refundsInFull()
        .forEach(
            (stage, k) ->
                Arguments.check(
                    k.collectedOnBehalf(),
                    "only amounts collected on behalf are listed for refund in full, %s is part of"
                        + " the price (at %s)",
                    k,
                    stage));
  }
}
