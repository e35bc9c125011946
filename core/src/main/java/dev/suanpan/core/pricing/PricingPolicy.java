package dev.suanpan.core.pricing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Everything a {@link Pricer} decides by, as one validated value:
 *
 * <ul>
 *   <li>the {@link PriceList}s (base price and floor per product, validity, customer group); a
 *       customer group's own list is used before a list for every customer;
 *   <li>the published {@link StandardOffer}s, applied without approval in the order listed, each
 *       percent taken as {@link #stacking()} says, all of them together at most {@link #offerCap()}
 *       of the list price; then the {@link #promotions()}, each stacked as it says;
 *   <li>the {@link AuthorityPolicy} the extra discount on top of the offers is checked against, on
 *       {@link #discountSubject()} (narrowed to the product group for the groups in {@link
 *       #groupsWithOwnAuthority()}), measured as a percent of {@link #extraDiscountBase()}, with
 *       any quotas its limits carry;
 *   <li>the floor rules: a list entry's own floor, else {@link #defaultFloor()} of the list price,
 *       never below zero; goods bought in from outside must keep {@link #boughtInMinimumMargin()}
 *       per unit over their purchase price;
 *   <li>the stages of a sale at which an extra discount is possible at all ({@link
 *       #extraDiscountStages()}: the subscription stage only, never after the formal contract, by
 *       default), for a quote whose context names its stage;
 *   <li>how many named people must agree the price of a product on no price list ({@link
 *       #offListApproversRequired()}), and the {@link #rounding()} of every amount;
 *   <li>optionally, the {@link #vat()} each line shows (on list prices that include it or not), and
 *       a floor relative to the current cost the caller passes on a line ({@link #costFloor()}).
 * </ul>
 *
 * <p>Rejects, naming the values: price lists, offers or a margin in another currency than {@link
 * #currency()}; two lists for the same customer group whose validity overlaps and that price the
 * same product; a cap or default floor outside 0% to 100%; a negative margin; fewer than one
 * off-list approver; a discount subject (or group subject) on which no role of the authority policy
 * holds a limit; extra-discount stages that allow a stage but not an earlier one (a later stage may
 * never be easier); a cost floor whose approver is not a role of the authority policy.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PricingPolicy {
  /** The currency of every price. */
  public abstract CurrencyUnit currency();

  /** The price lists. */
  public abstract ImmutableList<PriceList> priceLists();

  /** The published standard offers, in the order they stack. */
  public abstract ImmutableList<StandardOffer> standardOffers();

  /**
   * The promotions (coupon codes, usage limits, their own stacking with the offers), applied
   * without approval after the offers and their cap, in the order listed.
   */
  public abstract ImmutableList<Promotion> promotions();

  /** What each percent offer is taken of. */
  @Value.Default
  public Stacking stacking() {
    return Stacking.ON_LIST_PRICE;
  }

  /** The most the standard offers may take off together, as a percent of the list price. */
  public abstract Optional<Percent> offerCap();

  /** What the extra discount percent is measured against. */
  @Value.Default
  public DiscountBase extraDiscountBase() {
    return DiscountBase.LIST_PRICE;
  }

  /** Who may grant how much extra discount. */
  public abstract AuthorityPolicy authority();

  /** The subject the extra discount is checked on in {@link #authority()}. */
  @Value.Default
  public Subject discountSubject() {
    return Subject.of("special-discount");
  }

  /**
   * Product groups whose extra discount is checked on the subject narrowed to the group ({@code
   * special-discount/cars}) rather than on {@link #discountSubject()}.
   */
  public abstract ImmutableSet<String> groupsWithOwnAuthority();

  /**
   * The floor, as a share of the list price, for entries whose list names no floor ({@code 95%}
   * means no net price under 95% of list); empty for no floor but zero.
   */
  public abstract Optional<Percent> defaultFloor();

  /** The least margin per unit bought-in goods must keep over their purchase price. */
  public abstract Money boughtInMinimumMargin();

  /**
   * The stages of a sale at which an extra (special) discount may be asked for at all, for a quote
   * whose {@link PricingContext#stage()} is given: by default only {@link
   * ContractStage#SUBSCRIPTION} (特殊折扣只在认购阶段, never after the formal contract is signed). At any
   * other stage an extra discount is refused whoever asks; published standard offers still apply.
   * The set must hold every stage before any stage it holds.
   */
  @Value.Default
  public ImmutableSet<ContractStage> extraDiscountStages() {
    return ImmutableSet.of(ContractStage.SUBSCRIPTION);
  }

  /** True if an extra discount may be asked for at {@code stage}. */
  public boolean allowsExtraDiscountAt(ContractStage stage) {
    return extraDiscountStages().contains(Arguments.notNull(stage, "stage"));
  }

  /** How many named people must agree the price of a product on no price list. */
  @Value.Default
  public int offListApproversRequired() {
    return 1;
  }

  /** How every amount is rounded (the currency's minor unit, HALF_UP, by default). */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** The VAT each line shows; empty (the default) for none. */
  public abstract Optional<PricingVat> vat();

  /**
   * The floor relative to the current cost the caller passes on a line; empty (the default) for
   * none.
   */
  public abstract Optional<CostFloor> costFloor();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PricingPolicy}; rejects what {@link PricingPolicy} rejects. */
  public static final class Builder extends ImmutablePricingPolicy.Builder {
    Builder() {}
  }

  /** The subject an extra discount on a product of {@code group} is checked on. */
  public Subject subjectFor(String group) {
    Arguments.notNull(group, "group");
    return groupsWithOwnAuthority().contains(group)
        ? discountSubject().forGroup(group)
        : discountSubject();
  }

  @Value.Check
  protected void check() {
    for (PriceList list : priceLists()) {
      Arguments.check(
          list.currency().equals(currency()),
          "%s is in %s, the policy is in %s",
          list,
          list.currency(),
          currency());
    }
    for (int i = 0; i < priceLists().size(); i++) {
      for (int j = i + 1; j < priceLists().size(); j++) {
        PriceList a = priceLists().get(i);
        PriceList b = priceLists().get(j);
        if (a.customerGroup().equals(b.customerGroup()) && a.overlaps(b)) {
          for (PriceListEntry e : a.entries()) {
            Arguments.check(
                b.entry(e.product()).isEmpty(),
                "%s and %s overlap and both price %s; a product may have one price per customer"
                    + " group and day",
                a,
                b,
                e.product());
          }
        }
      }
    }
    for (StandardOffer o : standardOffers()) {
      o.amountOff().ifPresent(a -> Arguments.inCurrency(a, currency(), "amountOff of " + o));
    }
    for (Promotion p : promotions()) {
      p.amountOff().ifPresent(a -> Arguments.inCurrency(a, currency(), "amountOff of " + p));
    }
    offerCap().ifPresent(c -> checkShare(c, "offerCap"));
    defaultFloor().ifPresent(f -> checkShare(f, "defaultFloor"));
    Arguments.inCurrency(boughtInMinimumMargin(), currency(), "boughtInMinimumMargin");
    Arguments.nonNegative(boughtInMinimumMargin(), "boughtInMinimumMargin");
    Arguments.check(
        offListApproversRequired() >= 1,
        "offListApproversRequired must be at least 1, was %s",
        offListApproversRequired());
    for (ContractStage stage : extraDiscountStages()) {
      for (ContractStage earlier : ContractStage.values()) {
        Arguments.check(
            earlier.compareTo(stage) >= 0 || extraDiscountStages().contains(earlier),
            "extraDiscountStages %s allow an extra discount at %s but not at the earlier stage %s;"
                + " a later stage may never be easier",
            extraDiscountStages(),
            stage,
            earlier);
      }
    }
    costFloor()
        .ifPresent(
            f ->
                Arguments.check(
                    authority().roles().contains(f.approver()),
                    "costFloor approver %s is not a role of the authority policy; roles are %s",
                    f.approver(),
                    authority().roles()));
    requireSomeLimit(discountSubject());
    for (String group : groupsWithOwnAuthority()) {
      Arguments.notBlank(group, "group with own authority");
      requireSomeLimit(discountSubject().forGroup(group));
    }
  }

  private static void checkShare(Percent p, String name) {
    Arguments.check(
        !p.isNegative() && !p.isGreaterThan(Percent.HUNDRED),
        "%s must be between 0%% and 100%%, was %s",
        name,
        p);
  }

  private void requireSomeLimit(Subject subject) {
    boolean any = false;
    for (Role r : authority().roles()) {
      any |= authority().limitOf(r, subject).isPresent();
    }
    Arguments.check(
        any,
        "no role of the authority policy holds a limit on %s; roles are %s",
        subject,
        authority().roles());
  }
}
