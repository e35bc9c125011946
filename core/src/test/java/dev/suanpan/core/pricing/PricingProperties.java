package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.GENERAL_MANAGER;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SPECIAL_DISCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class PricingProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final LocalDate DAY = LocalDate.of(2024, 9, 14);
  static final Product UNIT = Product.of("U-1", "Unit", "flats");
  static final List<Role> ROLES =
      List.of(SALES_CONSULTANT, SALES_MANAGER, MARKETING_DIRECTOR, GENERAL_MANAGER);

  /** Example policies with shrinking limits and quotas, the consultant sometimes holding some. */
  @Provide
  Arbitrary<PropertyOfficeDiscountAuthority> policies() {
    Arbitrary<List<Integer>> limits =
        Arbitraries.integers().between(0, 1000).list().ofSize(3); // basis points
    Arbitrary<List<Integer>> quotas = Arbitraries.integers().between(1, 100).list().ofSize(2);
    return Combinators.combine(limits, quotas, Arbitraries.of(true, false))
        .as(
            (l, q, consultantHolds) -> {
              List<Integer> bps = l.stream().sorted().toList();
              List<Integer> pct = q.stream().sorted().toList();
              PropertyOfficeDiscountAuthority.Builder b =
                  PropertyOfficeDiscountAuthority.builder()
                      .salesManagerLimit(Percent.ofBasisPoints(bps.get(1)))
                      .marketingDirectorLimit(Percent.ofBasisPoints(bps.get(2)))
                      .salesManagerQuota(Percent.of(pct.get(0)))
                      .marketingDirectorQuota(Percent.of(pct.get(1)));
              if (consultantHolds) {
                b.salesConsultantLimit(Percent.ofBasisPoints(bps.get(0)));
              }
              return b.build();
            });
  }

  /** List prices from 100.00 to 5,000,000.00 yuan, to the fen. */
  @Provide
  Arbitrary<Money> listPrices() {
    return Arbitraries.longs().between(10_000L, 500_000_000L).map(f -> Money.ofMinor(CNY, f));
  }

  /** Counts of a period: cases and grants so far by manager and director. */
  @Provide
  Arbitrary<QuotaCounts> counts() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 1000),
            Arbitraries.longs().between(0, 400),
            Arbitraries.longs().between(0, 400))
        .as(
            (cases, byManager, byDirector) ->
                QuotaCounts.of(cases)
                    .withGrants(SALES_MANAGER, byManager)
                    .withGrants(MARKETING_DIRECTOR, byDirector));
  }

  static Pricer pricer(PropertyOfficeDiscountAuthority example, Money listPrice) {
    PriceList list =
        PriceList.builder()
            .code("P")
            .validFrom(DAY)
            .addEntry(PriceListEntry.of(UNIT.id(), listPrice))
            .build();
    return Pricer.of(example.pricingPolicy(List.of(list), List.of()));
  }

  static PricingContext context(Role requester, QuotaCounts counts) {
    return PricingContext.builder()
        .date(DAY)
        .customer(CustomerId.of("C"))
        .requester(requester)
        .quotaCounts(counts)
        .build();
  }

  /** How far down the hierarchy the signer sits: 0 is the top; -1 for nobody may sign. */
  static int signerDepth(AuthorityPolicy authority, PricingDecision d) {
    if (d.isAllowed()) {
      return authority.superiorsOf(d.context().requester()).size();
    }
    if (d.needsApproval()) {
      return authority.superiorsOf(d.requiredApprover().orElseThrow()).size();
    }
    assertThat(d.explanation().fired(PricingRule.AUTHORITY)).isTrue();
    return -1;
  }

  @Property
  void aLargerDiscountNeverNeedsAMoreJuniorApprover(
      @ForAll("policies") PropertyOfficeDiscountAuthority example,
      @ForAll("listPrices") Money listPrice,
      @ForAll @IntRange(min = 0, max = 1500) int a,
      @ForAll @IntRange(min = 0, max = 1500) int b,
      @ForAll @IntRange(min = 0, max = 3) int requester,
      @ForAll("counts") QuotaCounts counts) {
    Pricer pricer = pricer(example, listPrice);
    PricingContext context = context(ROLES.get(requester), counts);
    PricingDecision small =
        pricer.price(
            QuoteLine.withExtraDiscount(
                UNIT, BigDecimal.ONE, Percent.ofBasisPoints(Math.min(a, b))),
            context);
    PricingDecision large =
        pricer.price(
            QuoteLine.withExtraDiscount(
                UNIT, BigDecimal.ONE, Percent.ofBasisPoints(Math.max(a, b))),
            context);

    AuthorityPolicy authority = example.authority();
    assertThat(signerDepth(authority, large)).isLessThanOrEqualTo(signerDepth(authority, small));
  }

  @Property
  void aLargerNetPriceCutNeverNeedsAMoreJuniorApprover(
      @ForAll("policies") PropertyOfficeDiscountAuthority example,
      @ForAll("listPrices") Money listPrice,
      @ForAll @LongRange(min = 0, max = 1_000_000) long cutA,
      @ForAll @LongRange(min = 0, max = 1_000_000) long cutB,
      @ForAll @IntRange(min = 0, max = 3) int requester) {
    Pricer pricer = pricer(example, listPrice);
    PricingContext context = context(ROLES.get(requester), QuotaCounts.of(1000));
    long listFen = listPrice.getAmountMinorLong();
    Money higher = Money.ofMinor(CNY, Math.max(0, listFen - Math.min(cutA, cutB)));
    Money lower = Money.ofMinor(CNY, Math.max(0, listFen - Math.max(cutA, cutB)));
    PricingDecision small = pricer.price(QuoteLine.atPrice(UNIT, BigDecimal.ONE, higher), context);
    PricingDecision large = pricer.price(QuoteLine.atPrice(UNIT, BigDecimal.ONE, lower), context);

    AuthorityPolicy authority = example.authority();
    assertThat(signerDepth(authority, large)).isLessThanOrEqualTo(signerDepth(authority, small));
  }

  @Property
  void aRequestWithinTheRequestersOwnAuthorityNeverNeedsApproval(
      @ForAll("policies") PropertyOfficeDiscountAuthority example,
      @ForAll("listPrices") Money listPrice,
      @ForAll @IntRange(min = 0, max = 3) int requesterIndex,
      @ForAll @IntRange(min = 0, max = 10_000) int shareOfOwnLimit) {
    Role requester = ROLES.get(requesterIndex);
    Optional<Limit> own = example.authority().limitOf(requester, SPECIAL_DISCOUNT);
    Percent asked =
        own.map(
                l ->
                    l.unlimited()
                        ? Percent.of(99)
                        : l.maxPercent()
                            .orElseThrow()
                            .times(BigDecimal.valueOf(shareOfOwnLimit, 4)))
            .orElse(Percent.ZERO);
    // Room in every quota: 1000 cases, no grants yet.
    PricingDecision d =
        pricer(example, listPrice)
            .price(
                QuoteLine.withExtraDiscount(UNIT, BigDecimal.ONE, asked),
                context(requester, QuotaCounts.of(1000)));

    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.approval()).isEmpty();
  }

  @Property
  void delegatedLimitsNeverExceedTheDelegators(
      @ForAll @IntRange(min = 0, max = 1000) int managerBps,
      @ForAll @IntRange(min = 0, max = 1000) int directorBps,
      @ForAll @IntRange(min = 0, max = 100) int managerQuota,
      @ForAll @IntRange(min = 0, max = 100) int directorQuota) {
    PropertyOfficeDiscountAuthority.Builder b =
        PropertyOfficeDiscountAuthority.builder()
            .salesManagerLimit(Percent.ofBasisPoints(managerBps))
            .marketingDirectorLimit(Percent.ofBasisPoints(directorBps))
            .salesManagerQuota(Percent.of(managerQuota))
            .marketingDirectorQuota(Percent.of(directorQuota));
    if (managerBps > directorBps || managerQuota > directorQuota) {
      assertThatThrownBy(b::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SALES_MANAGER")
          .hasMessageContaining("MARKETING_DIRECTOR");
      return;
    }
    AuthorityPolicy authority = b.build().authority();
    for (Role r : authority.roles()) {
      Optional<Limit> own = authority.limitOf(r, SPECIAL_DISCOUNT);
      Optional<Role> superior = authority.superiorOf(r);
      if (own.isPresent() && superior.isPresent()) {
        assertThat(
                own.get().within(authority.limitOf(superior.get(), SPECIAL_DISCOUNT).orElseThrow()))
            .as("%s within %s", r, superior.get())
            .isTrue();
      }
    }
  }

  @Provide
  Arbitrary<List<long[]>> lines() {
    // each line: list price in fen, quantity, extra discount in basis points
    return Combinators.combine(
            Arbitraries.longs().between(1, 200_000_000L),
            Arbitraries.longs().between(1, 50),
            Arbitraries.longs().between(0, 300))
        .as((fen, qty, bps) -> new long[] {fen, qty, bps})
        .list()
        .ofMinSize(1)
        .ofMaxSize(20);
  }

  @Property
  void allocatedLineDiscountsAddUpToTheDocumentDiscount(
      @ForAll("lines") List<long[]> lines,
      @ForAll @IntRange(min = 0, max = 10_000) int documentShareBps,
      @ForAll boolean asPercent) {
    dev.suanpan.core.catalog.PriceList.Builder list = PriceList.builder().code("P").validFrom(DAY);
    List<QuoteLine> quoteLines = new ArrayList<>();
    Money netBefore = Money.zero(CNY);
    for (int i = 0; i < lines.size(); i++) {
      long[] l = lines.get(i);
      Product p = Product.of("P-" + i, "Product " + i, "goods");
      Money unit = Money.ofMinor(CNY, l[0]);
      list.addEntry(PriceListEntry.of(p.id(), unit));
      QuoteLine line =
          QuoteLine.withExtraDiscount(p, BigDecimal.valueOf(l[1]), Percent.ofBasisPoints(l[2]));
      quoteLines.add(line);
    }
    Pricer pricer =
        Pricer.of(
            PropertyOfficeDiscountAuthority.asPublished()
                .pricingPolicy(List.of(list.build()), List.of()));
    PricingContext context = context(GENERAL_MANAGER, QuotaCounts.of(1000));
    for (QuoteLine line : quoteLines) {
      netBefore = netBefore.plus(pricer.price(line, context).netAmount());
    }
    Percent share = Percent.ofBasisPoints(documentShareBps);
    Quote.Builder quote = Quote.builder().context(context).addAllLines(quoteLines);
    Money expected;
    if (asPercent) {
      quote.documentDiscountPercent(share);
      expected = share.of(netBefore, dev.suanpan.money.Rounding.FEN);
    } else {
      expected = share.of(netBefore, dev.suanpan.money.Rounding.FEN_HALF_EVEN);
      quote.documentDiscount(expected);
    }

    QuoteDecision d = pricer.price(quote.build());

    Money shares = Money.zero(CNY);
    for (PricingDecision line : d.lines()) {
      assertThat(line.documentDiscountShare().isNegative()).isFalse();
      assertThat(line.netAmount().plus(line.discount())).isEqualTo(line.listAmount());
      shares = shares.plus(line.documentDiscountShare());
    }
    assertThat(d.documentDiscount()).isEqualTo(expected);
    assertThat(shares).isEqualTo(expected);
    assertThat(d.netTotal()).isEqualTo(netBefore.minus(expected));
  }
}
