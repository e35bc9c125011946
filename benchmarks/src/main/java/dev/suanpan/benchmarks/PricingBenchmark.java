package dev.suanpan.benchmarks;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.catalog.BreakBasis;
import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.core.catalog.PriceBreak;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.pricing.OfferBreak;
import dev.suanpan.core.pricing.Pricer;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.core.pricing.PricingPolicy;
import dev.suanpan.core.pricing.Promotion;
import dev.suanpan.core.pricing.PromotionStacking;
import dev.suanpan.core.pricing.PromotionUses;
import dev.suanpan.core.pricing.QuotaCounts;
import dev.suanpan.core.pricing.Quote;
import dev.suanpan.core.pricing.QuoteDecision;
import dev.suanpan.core.pricing.QuoteLine;
import dev.suanpan.core.pricing.StandardOffer;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Prices a 50-line quote against a policy of 200 price rules (190 price list entries on three
 * lists, one of them for a customer group and one expired, plus 10 standard offers) and a 5-level
 * authority hierarchy with quotas. Scores are line decisions per second on one thread (each
 * invocation prices 50 lines). Goal: at least 1,000,000 line decisions per second. The whole quote
 * needs about three 2-second iterations before the JIT settles, hence six warm-up iterations.
 * {@link #variedQuotesWithBreaks()} prices 256 different quotes in turn against the same rules with
 * quantity breaks and promotions (issue 21's goal: 5,000,000 line decisions per second), {@link
 * #variedQuotes()} the same quotes without breaks or promotions.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Pricing -f 1 -wi 2 -w 2s -i 3 -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class PricingBenchmark {
  static final int LINES = 50;
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final Subject DISCOUNT = Subject.of("special-discount");
  static final Role GM = Role.of("GM", "General manager");
  static final Role DEPUTY = Role.of("DEPUTY_GM", "Deputy general manager");
  static final Role DIRECTOR = Role.of("MARKETING_DIRECTOR", "Marketing director");
  static final Role MANAGER = Role.of("SALES_MANAGER", "Sales manager");
  static final Role CONSULTANT = Role.of("SALES_CONSULTANT", "Sales consultant");

  static final int QUOTES = 256;

  private Pricer pricer;
  private Pricer breaksPricer;
  private Quote[] varied;
  private int next;
  private Quote quote;
  private List<QuoteLine> lines;
  private PricingContext context;

  /**
   * The policy of 200 price rules (190 list entries on three lists, 10 standard offers) and a
   * 5-level hierarchy with quotas; adds its 120 products to {@code products}.
   */
  static PricingPolicy policy(List<Product> products) {
    return policy(products, false);
  }

  /**
   * The same 200 price rules; with {@code breaks}, one entry in three of the current list has two
   * quantity breaks (from 10 and from 50 units, on the whole quantity or band by band, in turn) and
   * the four product-group offers have a break of more off from 20 units (two of them band by
   * band).
   */
  static PricingPolicy policy(List<Product> products, boolean breaks) {
    AuthorityPolicy authority =
        AuthorityPolicy.builder()
            .role(GM)
            .role(DEPUTY, GM)
            .role(DIRECTOR, DEPUTY)
            .role(MANAGER, DIRECTOR)
            .role(CONSULTANT, MANAGER)
            .limit(GM, DISCOUNT, Limit.unlimitedAuthority())
            .limit(DEPUTY, DISCOUNT, Limit.upToPercent(Percent.of(5)))
            .limit(
                DIRECTOR,
                DISCOUNT,
                Limit.builder().maxPercent(Percent.of(3)).quota(Percent.of(30)).build())
            .limit(
                MANAGER,
                DISCOUNT,
                Limit.builder().maxPercent(Percent.of(1)).quota(Percent.of(15)).build())
            .limit(
                CONSULTANT,
                DISCOUNT,
                Limit.builder().maxPercent(Percent.parse("0.5%")).quota(Percent.of(10)).build())
            .build();

    PriceList.Builder current =
        PriceList.builder()
            .code("2024-H2")
            .validFrom(LocalDate.of(2024, 7, 1))
            .validUntil(LocalDate.of(2024, 12, 31));
    PriceList.Builder expired =
        PriceList.builder()
            .code("2024-H1")
            .validFrom(LocalDate.of(2024, 1, 1))
            .validUntil(LocalDate.of(2024, 6, 30));
    PriceList.Builder vip =
        PriceList.builder()
            .code("VIP-2024")
            .validFrom(LocalDate.of(2024, 1, 1))
            .customerGroup(CustomerGroup.of("vip"));
    String[] groups = {"flats", "parking", "shops", "spot-steel"};
    for (int i = 0; i < 120; i++) {
      String group = groups[i % groups.length];
      Money base = Money.ofMinor(CNY, 50_000_000L + 731_013L * i);
      Product p =
          group.equals("spot-steel")
              ? Product.boughtIn(
                  "S-" + i, "Steel " + i, group, base.minus(Money.ofMinor(CNY, 6_000_000L)))
              : Product.of("P-" + i, "Product " + i, group);
      products.add(p);
      Money floor = base.minus(Money.ofMinor(CNY, 5_000_000L));
      if (breaks && i % 3 == 0) {
        current.addEntry(
            PriceListEntry.builder()
                .product(p.id())
                .basePrice(base)
                .floor(floor)
                .addBreaks(PriceBreak.of(BigDecimal.TEN, base.minus(Money.ofMinor(CNY, 200_000L))))
                .addBreaks(
                    PriceBreak.of(BigDecimal.valueOf(50), base.minus(Money.ofMinor(CNY, 500_000L))))
                .breakBasis(i % 2 == 0 ? BreakBasis.WHOLE_QUANTITY : BreakBasis.BAND_BY_BAND)
                .build());
      } else {
        current.addEntry(PriceListEntry.of(p.id(), base, floor));
      }
      if (i < 20) {
        expired.addEntry(PriceListEntry.of(p.id(), base.plus(Money.ofMinor(CNY, 100_000L))));
      }
      if (i % 2 == 0 && i < 100) {
        vip.addEntry(PriceListEntry.of(p.id(), base.minus(Money.ofMinor(CNY, 300_000L))));
      }
    }
    List<StandardOffer> offers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      StandardOffer.Builder o =
          StandardOffer.builder()
              .code("OFFER-" + i)
              .validFrom(LocalDate.of(2024, i < 8 ? 7 : 1, 1))
              .validUntil(LocalDate.of(2024, i < 8 ? 12 : 3, 31));
      if (i % 3 == 0) {
        o.amountOff(Money.ofMinor(CNY, 100_000L));
        if (breaks && i < 4) {
          o.addBreaks(OfferBreak.amount(BigDecimal.valueOf(20), Money.ofMinor(CNY, 150_000L)));
        }
      } else {
        o.percentOff(Percent.ofBasisPoints(25));
        if (breaks && i < 4) {
          o.addBreaks(OfferBreak.percent(BigDecimal.valueOf(20), Percent.ofBasisPoints(40)));
        }
      }
      if (breaks && i < 4 && i % 2 == 1) {
        o.breakBasis(BreakBasis.BAND_BY_BAND);
      }
      if (i < 4) {
        o.productGroup(groups[i]);
      } else if (i < 7) {
        o.product(products.get(i * 3).id());
      } else {
        o.customerGroup(CustomerGroup.of("vip"));
      }
      offers.add(o.build());
    }
    PricingPolicy.Builder policy = PricingPolicy.builder();
    if (breaks) {
      policy.addAllPromotions(promotions());
    }
    return policy
        .currency(CNY)
        .addPriceLists(current.build(), expired.build(), vip.build())
        .addAllStandardOffers(offers)
        .offerCap(Percent.of(2))
        .authority(authority)
        .discountSubject(DISCOUNT)
        .defaultFloor(Percent.of(90))
        .boughtInMinimumMargin(Money.of(CNY, BigDecimal.valueOf(100)))
        .build();
  }

  /**
   * Five promotions: a coupon on parking, one limited in uses on shops, the better of a promotion
   * and the offers on flats, one that does not combine with an extra discount on steel, and an
   * expired one.
   */
  static List<Promotion> promotions() {
    LocalDate from = LocalDate.of(2024, 7, 1);
    return List.of(
        Promotion.builder()
            .code("AUTUMN-COUPON")
            .couponCode("AUTUMN")
            .percentOff(Percent.ofBasisPoints(30))
            .productGroup("parking")
            .validFrom(from)
            .build(),
        Promotion.builder()
            .code("LIMITED")
            .amountOff(Money.ofMinor(CNY, 50_000L))
            .productGroup("shops")
            .maxUsesPerCustomer(2L)
            .maxUsesOverall(500L)
            .validFrom(from)
            .build(),
        Promotion.builder()
            .code("BEST")
            .percentOff(Percent.ofBasisPoints(40))
            .productGroup("flats")
            .stacking(PromotionStacking.BEST_OF_OFFERS)
            .validFrom(from)
            .build(),
        Promotion.builder()
            .code("NO-EXTRA")
            .percentOff(Percent.ofBasisPoints(20))
            .productGroup("spot-steel")
            .withExtraDiscount(false)
            .validFrom(from)
            .build(),
        Promotion.builder()
            .code("SPRING")
            .percentOff(Percent.of(1))
            .validFrom(LocalDate.of(2024, 1, 1))
            .validUntil(LocalDate.of(2024, 3, 31))
            .build());
  }

  @Setup
  public void setUp() {
    List<Product> products = new ArrayList<>();
    pricer = Pricer.of(policy(products));

    context =
        PricingContext.builder()
            .date(LocalDate.of(2024, 9, 14))
            .customer(CustomerId.of("C-0815"))
            .customerGroup(CustomerGroup.of("vip"))
            .requester(MANAGER)
            .quotaCounts(QuotaCounts.of(200).withGrants(MANAGER, 12).withGrants(DIRECTOR, 40))
            .build();
    lines = new ArrayList<>();
    for (int i = 0; i < LINES; i++) {
      Product p = products.get((i * 7) % products.size());
      BigDecimal quantity = i % 5 == 4 ? new BigDecimal("12.5") : BigDecimal.valueOf(1 + i % 3);
      QuoteLine line;
      switch (i % 4) {
        case 0 -> line = QuoteLine.of(p, quantity);
        case 1 -> line = QuoteLine.withExtraDiscount(p, quantity, Percent.ofBasisPoints(i * 9L));
        case 2 ->
            line =
                QuoteLine.atPrice(
                    p, quantity, Money.ofMinor(CNY, 49_000_000L + 731_013L * ((i * 7) % 120)));
        default -> line = QuoteLine.withExtraDiscount(p, quantity, Percent.parse("0.8%"));
      }
      lines.add(line);
    }
    Quote.Builder q = Quote.builder().context(context).addAllLines(lines);
    q.documentDiscount(Money.of(CNY, new BigDecimal("1000.00")));
    quote = q.build();
    setUpVaried();
  }

  /**
   * 256 different 50-line quotes against the policy with breaks: products, quantities (1 to 120,
   * some fractional), what is asked (nothing, a percent, a net price) and the requester vary from
   * line to line and quote to quote, by a fixed seed.
   */
  private void setUpVaried() {
    List<Product> products = new ArrayList<>();
    breaksPricer = Pricer.of(policy(products, true));
    java.util.Random random = new java.util.Random(21);
    Role[] requesters = {CONSULTANT, MANAGER, DIRECTOR};
    varied = new Quote[QUOTES];
    for (int k = 0; k < QUOTES; k++) {
      PricingContext c =
          PricingContext.builder()
              .from(context)
              .requester(requesters[k % requesters.length])
              .customerGroup(
                  k % 2 == 0
                      ? java.util.Optional.of(CustomerGroup.of("vip"))
                      : java.util.Optional.empty())
              .couponCodes(k % 4 < 2 ? List.of("AUTUMN") : List.of())
              .putPromotionUse("LIMITED", PromotionUses.of(k % 3, 100L + k))
              .build();
      Quote.Builder b = Quote.builder().context(c);
      for (int i = 0; i < LINES; i++) {
        Product p = products.get(random.nextInt(products.size()));
        int units = 1 + random.nextInt(120);
        BigDecimal quantity =
            random.nextInt(5) == 0
                ? BigDecimal.valueOf(units * 10L + 5, 1)
                : BigDecimal.valueOf(units);
        switch (random.nextInt(3)) {
          case 0 -> b.addLine(QuoteLine.of(p, quantity));
          case 1 ->
              b.addLine(
                  QuoteLine.withExtraDiscount(
                      p, quantity, Percent.ofBasisPoints(random.nextInt(120))));
          default ->
              b.addLine(
                  QuoteLine.atPrice(
                      p,
                      quantity,
                      Money.ofMinor(CNY, 49_000_000L + 10_000L * random.nextInt(8_000))));
        }
      }
      varied[k] = b.build();
    }
  }

  /**
   * The same 256 quotes against the 200 price rules without breaks or promotions, to separate the
   * cost of the varying input from that of the breaks and promotions.
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public QuoteDecision variedQuotes() {
    Quote q = varied[next];
    next = (next + 1) % QUOTES;
    return pricer.price(q);
  }

  /**
   * A different 50-line quote each call, against 205 price rules with quantity breaks on entries
   * and offers (whole quantity and band by band) and five promotions (coupon, usage limits, best of
   * the offers, not with an extra discount, expired): the realistic figure for issue 21.
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public QuoteDecision variedQuotesWithBreaks() {
    Quote q = varied[next];
    next = (next + 1) % QUOTES;
    return breaksPricer.price(q);
  }

  /** The whole quote: 50 line decisions with the document discount allocated. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public QuoteDecision quote() {
    return pricer.price(quote);
  }

  /** The 50 lines priced one by one, without a document discount. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void lines(Blackhole bh) {
    for (int i = 0; i < LINES; i++) {
      bh.consume(pricer.price(lines.get(i), context));
    }
  }

  /** The whole quote with its explanation rendered, as an auditor reading every decision. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public Object quoteWithExplanation() {
    return pricer.price(quote).explanation();
  }

  /** One line decision, to compare with the per-line average of the quote. */
  @Benchmark
  public PricingDecision oneLine() {
    return pricer.price(lines.get(1), context);
  }
}
