package dev.suanpan.testkit;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.catalog.BreakBasis;
import dev.suanpan.core.catalog.PriceBreak;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.pricing.CostFloor;
import dev.suanpan.core.pricing.DiscountBase;
import dev.suanpan.core.pricing.OfferBreak;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingPolicy;
import dev.suanpan.core.pricing.Promotion;
import dev.suanpan.core.pricing.PromotionStacking;
import dev.suanpan.core.pricing.PromotionUses;
import dev.suanpan.core.pricing.QuoteLine;
import dev.suanpan.core.pricing.Stacking;
import dev.suanpan.core.pricing.StandardOffer;
import dev.suanpan.core.pricing.derivation.DerivationPolicy;
import dev.suanpan.core.pricing.derivation.FormulaBase;
import dev.suanpan.core.pricing.derivation.PricePoint;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * jqwik generators for pricing, valid by construction: {@link PriceList}s (a positive base price
 * per product, a floor never above it, one entry in four with quantity breaks), entries and offers
 * with quantity breaks, promotions and their uses, VAT rates, cost floors and derivation policies,
 * {@link PricingPolicy}s (one price list, percent standard offers, an authority chain on the
 * discount subject from {@link AuthorityArbitraries}), {@link QuoteLine}s and {@link
 * PricingContext}s for them.
 *
 * <p>Rejects null arguments, an empty or repeating list of products, and a {@code minLevels} or
 * {@code maxLevels} the authority chains reject.
 */
public final class PricingArbitraries {
  private PricingArbitraries() {}

  /** The discount subject of generated policies (the {@link PricingPolicy} default). */
  public static final Subject SPECIAL_DISCOUNT = Subject.of("special-discount");

  /**
   * Price lists for every customer, valid from {@code validFrom} and open-ended, pricing each of
   * {@code products} at 1.00 to 1,000,000.00 in {@code currency}, half of them with a floor of 50%
   * to 100% of the base price.
   */
  public static Arbitrary<PriceList> priceLists(
      CurrencyUnit currency, List<Product> products, LocalDate validFrom) {
    Arguments.notNull(currency, "currency");
    Arguments.notEmpty(products, "products");
    Arguments.notNull(validFrom, "validFrom");
    Arguments.check(
        products.stream().map(Product::id).distinct().count() == products.size(),
        "products must have distinct ids, were %s",
        products);
    List<Arbitrary<PriceListEntry>> entries = new ArrayList<>();
    for (Product p : products) {
      entries.add(entries(currency, p));
    }
    return Combinators.combine(entries)
        .as(
            es ->
                PriceList.builder()
                    .code("LIST-" + validFrom)
                    .validFrom(validFrom)
                    .entries(es)
                    .build());
  }

  private static Arbitrary<PriceListEntry> entries(CurrencyUnit currency, Product product) {
    return Combinators.combine(
            MoneyArbitraries.amounts(currency, "1.00", "1000000.00"),
            MoneyArbitraries.percents("50", "100").optional(0.5),
            priceBreakCuts().optional(0.25),
            Arbitraries.of(BreakBasis.class))
        .as(
            (base, floorShare, cuts, basis) -> {
              PriceListEntry.Builder e = PriceListEntry.builder().product(product.id());
              e.basePrice(base);
              floorShare.ifPresent(f -> e.floor(f.of(base, Rounding.FEN)));
              Money floor = floorShare.map(f -> f.of(base, Rounding.FEN)).orElse(null);
              cuts.ifPresent(c -> e.breaks(breaks(base, floor, c)).breakBasis(basis));
              return e.build();
            });
  }

  /** Up to three (quantity step, percent cut) pairs from which breaks are made. */
  private static Arbitrary<List<int[]>> priceBreakCuts() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 500), Arbitraries.integers().between(0, 20))
        .as((step, cut) -> new int[] {step, cut})
        .list()
        .ofMinSize(1)
        .ofMaxSize(3);
  }

  /** Breaks cutting {@code base} step by step, never under {@code floor} (null for none). */
  private static List<PriceBreak> breaks(Money base, Money floor, List<int[]> cuts) {
    List<PriceBreak> out = new ArrayList<>();
    Money price = base;
    int from = 0;
    for (int[] c : cuts) {
      from += c[0];
      Money cut = Percent.of(c[1]).off(price, Rounding.FEN);
      price = cut.isPositive() && (floor == null || !cut.isLessThan(floor)) ? cut : price;
      out.add(PriceBreak.of(BigDecimal.valueOf(from), price));
    }
    return out;
  }

  /**
   * Price list entries for {@code product} with one to three quantity breaks (from 1 to 1,500
   * units, each cutting 0% to 20% off the price before), on either {@link BreakBasis}: a base price
   * of 1.00 to 1,000,000.00 in {@code currency}, no floor.
   */
  public static Arbitrary<PriceListEntry> entriesWithBreaks(
      CurrencyUnit currency, Product product) {
    Arguments.notNull(currency, "currency");
    Arguments.notNull(product, "product");
    return Combinators.combine(
            MoneyArbitraries.amounts(currency, "1.00", "1000000.00"),
            priceBreakCuts(),
            Arbitraries.of(BreakBasis.class))
        .as(
            (base, cuts, basis) ->
                PriceListEntry.builder()
                    .product(product.id())
                    .basePrice(base)
                    .breaks(breaks(base, null, cuts))
                    .breakBasis(basis)
                    .build());
  }

  /**
   * Percent standard offers for every product valid from {@code validFrom}, of 0% to 5% with one or
   * two quantity breaks (from 1 to 1,000 units, each 0% to 3% more off), on either {@link
   * BreakBasis}.
   */
  public static Arbitrary<StandardOffer> offersWithBreaks(LocalDate validFrom) {
    Arguments.notNull(validFrom, "validFrom");
    return Combinators.combine(
            Arbitraries.integers().between(0, 500),
            Combinators.combine(
                    Arbitraries.integers().between(1, 500), Arbitraries.integers().between(0, 300))
                .as((step, more) -> new int[] {step, more})
                .list()
                .ofMinSize(1)
                .ofMaxSize(2),
            Arbitraries.of(BreakBasis.class))
        .as(
            (bps, steps, basis) -> {
              StandardOffer.Builder o =
                  StandardOffer.builder()
                      .code("VOLUME")
                      .percentOff(Percent.ofBasisPoints(bps))
                      .breakBasis(basis)
                      .validFrom(validFrom);
              long percent = bps;
              int from = 0;
              for (int[] s : steps) {
                from += s[0];
                percent += s[1];
                o.addBreaks(
                    OfferBreak.percent(BigDecimal.valueOf(from), Percent.ofBasisPoints(percent)));
              }
              return o.build();
            });
  }

  /**
   * Pricing policies in {@code currency} over one generated price list of {@code products}: up to
   * two percent standard offers (0% to 10%) for every product, stacked either way, sometimes capped
   * (0% to 15%); the extra discount measured on either base against an authority chain of {@code
   * minLevels} to {@code maxLevels} roles ({@code R0} the top) on {@link #SPECIAL_DISCOUNT};
   * sometimes a default floor of 50% to 100%; a bought-in margin of 0.00 to 200.00.
   */
  public static Arbitrary<PricingPolicy> pricingPolicies(
      CurrencyUnit currency,
      List<Product> products,
      LocalDate validFrom,
      int minLevels,
      int maxLevels) {
    Arbitrary<PriceList> lists = priceLists(currency, products, validFrom);
    Arbitrary<AuthorityPolicy> authority =
        AuthorityArbitraries.percentChains(SPECIAL_DISCOUNT, minLevels, maxLevels);
    Arbitrary<List<StandardOffer>> offers =
        MoneyArbitraries.percents("0", "10")
            .list()
            .ofMaxSize(2)
            .map(
                ps -> {
                  List<StandardOffer> out = new ArrayList<>();
                  for (int i = 0; i < ps.size(); i++) {
                    out.add(
                        StandardOffer.builder()
                            .code("OFFER-" + (i + 1))
                            .percentOff(ps.get(i))
                            .validFrom(validFrom)
                            .build());
                  }
                  return out;
                });
    return Combinators.combine(
            lists,
            authority,
            offers,
            Arbitraries.of(Stacking.class),
            MoneyArbitraries.percents("0", "15").optional(0.3),
            Arbitraries.of(DiscountBase.class),
            MoneyArbitraries.percents("50", "100").optional(0.3),
            MoneyArbitraries.amounts(currency, "0.00", "200.00"))
        .as(
            (list, auth, os, stacking, cap, base, floor, margin) ->
                PricingPolicy.builder()
                    .currency(currency)
                    .addPriceLists(list)
                    .standardOffers(os)
                    .stacking(stacking)
                    .offerCap(cap)
                    .extraDiscountBase(base)
                    .authority(auth)
                    .discountSubject(SPECIAL_DISCOUNT)
                    .defaultFloor(floor)
                    .boughtInMinimumMargin(margin)
                    .build());
  }

  /**
   * Percent promotions for every product valid from {@code validFrom}: 0% to 20% off, half of them
   * behind the coupon code {@code COUPON}, sometimes limited per customer (1 to 3 uses) and overall
   * (1 to 1,000 uses), stacked either way, sometimes not with an extra discount.
   */
  public static Arbitrary<Promotion> promotions(LocalDate validFrom) {
    Arguments.notNull(validFrom, "validFrom");
    return Combinators.combine(
            MoneyArbitraries.percents("0", "20"),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(1, 3).optional(0.3),
            Arbitraries.longs().between(1, 1000).optional(0.3),
            Arbitraries.of(PromotionStacking.class),
            Arbitraries.of(true, false))
        .as(
            (percent, coupon, perCustomer, overall, stacking, withExtra) ->
                Promotion.builder()
                    .code("PROMO")
                    .couponCode(coupon ? Optional.of("COUPON") : Optional.empty())
                    .percentOff(percent)
                    .validFrom(validFrom)
                    .maxUsesPerCustomer(perCustomer)
                    .maxUsesOverall(overall)
                    .stacking(stacking)
                    .withExtraDiscount(withExtra)
                    .build());
  }

  /** Uses so far of a promotion: 0 to 1,000 overall, of them 0 to 3 by the customer. */
  public static Arbitrary<PromotionUses> promotionUses() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 3), Arbitraries.longs().between(0, 1000))
        .as((mine, others) -> PromotionUses.of(mine, mine + others));
  }

  /** The VAT rates of China (13%, 9%, 6%, 0%) and any rate from 0% to 30% to the basis point. */
  public static Arbitrary<VatRate> vatRates() {
    return Arbitraries.oneOf(
        Arbitraries.of(VatRate.STANDARD_13, VatRate.REDUCED_9, VatRate.REDUCED_6, VatRate.ZERO),
        Arbitraries.integers().between(0, 3000).map(bp -> VatRate.of(Percent.ofBasisPoints(bp))));
  }

  /** Cost floors of a least margin from 0% to 50%, approved by any role of {@code authority}. */
  public static Arbitrary<CostFloor> costFloors(AuthorityPolicy authority) {
    Arguments.notNull(authority, "authority");
    return Combinators.combine(
            MoneyArbitraries.percents("0", "50"), Arbitraries.of(List.copyOf(authority.roles())))
        .as(CostFloor::of);
  }

  /**
   * Derivation policies: from the list price or the cost, a change of -50% to +100%, sometimes a
   * price point (step 1.00 or 10.00, ending 0.90 or 9.00), sometimes margins of 0.00 to 100.00 in
   * {@code currency}, the floor kept or following the price.
   */
  public static Arbitrary<DerivationPolicy> derivationPolicies(CurrencyUnit currency) {
    Arguments.notNull(currency, "currency");
    return Combinators.combine(
            Arbitraries.of(FormulaBase.class),
            Arbitraries.integers().between(-5000, 10000),
            Arbitraries.of(PricePoint.of("1.00", "0.90"), PricePoint.of("10.00", "9.00"))
                .optional(0.5),
            MoneyArbitraries.amounts(currency, "0.00", "50.00").optional(0.3),
            MoneyArbitraries.amounts(currency, "50.00", "100.00").optional(0.3),
            Arbitraries.of(true, false))
        .as(
            (base, bps, point, least, most, follows) ->
                DerivationPolicy.builder()
                    .code("DERIVED")
                    .base(base)
                    .change(Percent.ofBasisPoints(bps))
                    .pricePoint(point)
                    .minMargin(least)
                    .maxMargin(most)
                    .floorFollowsPrice(follows)
                    .build());
  }

  /**
   * Quantities from 0.001 to 10,000 with up to three decimals (units, square metres, tonnes), the
   * edges generated often.
   */
  public static Arbitrary<BigDecimal> quantities() {
    return Arbitraries.longs()
        .between(1, 10_000_000)
        .withDistribution(net.jqwik.api.RandomDistribution.biased())
        .map(thousandths -> BigDecimal.valueOf(thousandths, 3));
  }

  /**
   * Lines for one of {@code products}: a quantity from {@link #quantities()}, two times in three an
   * extra discount of 0% to 20% on top of the standard offers, and one time in five excluded from
   * the document discount.
   */
  public static Arbitrary<QuoteLine> quoteLines(List<Product> products) {
    Arguments.notEmpty(products, "products");
    return Combinators.combine(
            Arbitraries.of(products),
            quantities(),
            MoneyArbitraries.percents("0", "20").optional(0.67),
            Arbitraries.integers().between(1, 5).map(i -> i == 1))
        .as(
            (product, quantity, extra, excluded) ->
                QuoteLine.builder()
                    .product(product)
                    .quantity(quantity)
                    .requestedExtraDiscount(extra)
                    .excludedFromDocumentDiscount(excluded)
                    .build());
  }

  /**
   * Contexts on {@code date} for one customer in no group, asked by any role of {@code authority}
   * (without quota counts: use it with authorities whose limits carry no quota).
   */
  public static Arbitrary<PricingContext> contexts(AuthorityPolicy authority, LocalDate date) {
    Arguments.notNull(authority, "authority");
    Arguments.notNull(date, "date");
    List<Role> roles = new ArrayList<>(authority.roles());
    return Arbitraries.of(roles).map(r -> PricingContext.of(date, CustomerId.of("CUSTOMER-1"), r));
  }

  /** The most junior role of {@code authority}: the one with the most superiors. */
  public static Role mostJuniorRole(AuthorityPolicy authority) {
    Arguments.notNull(authority, "authority");
    Optional<Role> junior =
        authority.roles().stream()
            .max(java.util.Comparator.comparingInt(r -> authority.superiorsOf(r).size()));
    return junior.orElseThrow();
  }
}
