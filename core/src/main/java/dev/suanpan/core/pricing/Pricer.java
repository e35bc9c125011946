package dev.suanpan.core.pricing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.core.catalog.PriceBreak;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatRate;
import dev.suanpan.money.tax.VatSplit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The pricing engine: built once from a validated {@link PricingPolicy}, it decides the price of a
 * {@link QuoteLine} or a whole {@link Quote}. Thread-safe and stateless between calls; the policy's
 * price lists, offers and authority chains are indexed when the pricer is built so that pricing a
 * line is a handful of lookups and exact decimal sums.
 *
 * <p>For each line, in order: the list price (the customer group's own list before a list for every
 * customer, valid on the quote's date), or the price agreed by named approvers for a product on no
 * list (refused without one); the standard offers, stacked and capped as the policy says; the extra
 * discount asked for (a percent, or a net unit price under the offer price); the line's share of
 * the document discount; the floor (refused below it whoever asks); the bought-in margin (refused
 * under it); the floor relative to the current cost the line carries, when the policy has one (a
 * sale under it needs the role the policy names); the stage of the sale, when the context names one
 * (an extra discount is refused at a stage the policy does not allow it, such as after the formal
 * contract); then the authority for the extra discount: the requester, else up its chain to the
 * lowest role whose limit covers the percent and amount and whose quota is not used up, else
 * refused as beyond every authority; last, the line's VAT when the policy names a rate. Quantity
 * breaks on list entries and offers set the list price and the offers by the line's quantity.
 *
 * <p>Rejects (IllegalArgumentException) a requester that is not a role of the policy, amounts in
 * another currency than the policy's, and a context without quota counts when a role that would
 * approve has a quota.
 */
public final class Pricer {
  private static final int PERCENT_SCALE = 6;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String OFF_LIST_SOURCE = "off-list approval";

  private final PricingPolicy policy;
  private final CurrencyUnit currency;
  private final Rounding rounding;
  private final Money zero;
  private final ImmutableMap<ProductId, Listed[]> listed;
  private final Offer[] offers;
  private final Promotion[] promotions;
  private final ImmutableMap<Role, Role[]> chains;
  private final ImmutableMap<Role, ImmutableList<Role>> chainLists;
  private final ImmutableMap<Subject, ImmutableMap<Role, Limit[]>> limits;
  private final ImmutableMap<String, Subject> groupSubjects;
  private final boolean[] extraAllowedAt;
  private final String extraStagesText;

  /** A product's entry on one price list, with its floor per unit worked out once. */
  private static final class Listed {
    final PriceList list;
    final PriceListEntry entry;
    final CustomerGroup group;
    final LocalDate from;
    final LocalDate until;
    final Money floorUnit;
    Offer[] offers = new Offer[0];
    Money[] offOnList = new Money[0];
    // True when the entry or an offer that may apply has quantity breaks; then by band when any
    // of them applies band by band.
    boolean breaks;
    boolean byBand;

    Listed(PriceList list, PriceListEntry entry, Money floorUnit) {
      this.list = list;
      this.entry = entry;
      this.group = list.customerGroup().orElse(null);
      // An entry is in force from its own start (a price changed during the list's validity)
      // until the product's next entry on the list takes over.
      this.from = list.inForceFrom(entry);
      this.until = list.inForceUntil(entry).orElse(null);
      this.floorUnit = floorUnit;
    }

    boolean validOn(LocalDate date) {
      return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
  }

  /** A standard offer with its conditions unpacked, in the policy's stacking order. */
  private static final class Offer {
    final int index;
    final StandardOffer offer;
    final Percent percent;
    final Money amount;
    final ProductId product;
    final String productGroup;
    final CustomerGroup customerGroup;
    final LocalDate from;
    final LocalDate until;
    final OfferBreak[] breaks;
    final boolean byBand;

    Offer(int index, StandardOffer offer) {
      this.index = index;
      this.offer = offer;
      this.percent = offer.percentOff().orElse(null);
      this.amount = offer.amountOff().orElse(null);
      this.product = offer.product().orElse(null);
      this.productGroup = offer.productGroup().orElse(null);
      this.customerGroup = offer.customerGroup().orElse(null);
      this.from = offer.validFrom();
      this.until = offer.validUntil().orElse(null);
      this.breaks = offer.breaks().toArray(new OfferBreak[0]);
      this.byBand = offer.byBand() && breaks.length > 0;
    }

    /** The highest break {@code quantity} reaches, null below the first. */
    OfferBreak breakAt(BigDecimal quantity) {
      OfferBreak reached = null;
      for (OfferBreak b : breaks) {
        if (b.minQuantity().compareTo(quantity) > 0) {
          break;
        }
        reached = b;
      }
      return reached;
    }

    boolean openOn(LocalDate date, CustomerGroup group) {
      return !date.isBefore(from)
          && (until == null || !date.isAfter(until))
          && (customerGroup == null || customerGroup.equals(group));
    }

    boolean covers(Product p) {
      return (product == null || product.equals(p.id()))
          && (productGroup == null || productGroup.equals(p.group()));
    }

    boolean mayCover(ProductId id) {
      return product == null || product.equals(id);
    }
  }

  /**
   * One line as it is worked out: stage one (list price, offers, the extra discount asked for)
   * fills the unit prices and the amounts before any document discount, stage two the rest. Used by
   * one call only.
   */
  private static final class Priced {
    final QuoteLine line;
    final Explanation.Builder steps = Explanation.builder();
    String source;
    Money listUnit;
    Money floorUnit;
    Money offerUnit;
    Money extraUnit;
    Money listAmount;
    Money offerAmount;
    Money extraAmount;
    Money netBeforeDocument;
    Percent askedPercent;
    // Stage two.
    Money extra;
    Money net;
    Money floor;
    Percent extraPercent;
    boolean refused;
    Outcome outcome;
    AuthorityRoute route;
    AuthorityRoute costRoute;
    VatSplit vat;

    Priced(QuoteLine line, Money zero) {
      this.line = line;
      this.listUnit = zero;
      this.floorUnit = zero;
      this.offerUnit = zero;
      this.extraUnit = zero;
    }

    boolean isPriced() {
      return source != null;
    }
  }

  /** A quote's lines as they are decided, and what the quote's outcome needs from them. */
  private static final class QuoteTally {
    Outcome outcome = Outcome.ALLOWED;
    AuthorityRoute approval;
    int refusedLines;
    int approvalLines;
    boolean documentRefused;
  }

  private Pricer(PricingPolicy policy) {
    this.policy = policy;
    this.currency = policy.currency();
    this.rounding = policy.rounding();
    this.zero = Money.zero(currency);
    this.promotions = policy.promotions().toArray(new Promotion[0]);
    this.offers = new Offer[policy.standardOffers().size()];
    for (int i = 0; i < offers.length; i++) {
      offers[i] = new Offer(i, policy.standardOffers().get(i));
    }
    this.listed = indexPriceLists(policy);
    this.extraAllowedAt = new boolean[ContractStage.values().length];
    List<String> allowing = new ArrayList<>();
    for (ContractStage stage : ContractStage.values()) {
      extraAllowedAt[stage.ordinal()] = policy.allowsExtraDiscountAt(stage);
      if (extraAllowedAt[stage.ordinal()]) {
        allowing.add(stageName(stage));
      }
    }
    this.extraStagesText =
        allowing.isEmpty() ? "no stage" : "the " + String.join(" or ", allowing) + " stage";
    AuthorityPolicy authority = policy.authority();
    ImmutableMap.Builder<Role, Role[]> chainsByRole = ImmutableMap.builder();
    for (Role r : authority.roles()) {
      List<Role> chain = new ArrayList<>();
      chain.add(r);
      chain.addAll(authority.superiorsOf(r));
      chainsByRole.put(r, chain.toArray(new Role[0]));
    }
    this.chains = chainsByRole.build();
    ImmutableMap.Builder<Role, ImmutableList<Role>> listsByRole = ImmutableMap.builder();
    chains.forEach((role, chain) -> listsByRole.put(role, ImmutableList.copyOf(chain)));
    this.chainLists = listsByRole.build();
    List<Subject> subjects = new ArrayList<>();
    subjects.add(policy.discountSubject());
    ImmutableMap.Builder<String, Subject> byGroup = ImmutableMap.builder();
    for (String group : policy.groupsWithOwnAuthority()) {
      Subject s = policy.subjectFor(group);
      subjects.add(s);
      byGroup.put(group, s);
    }
    this.groupSubjects = byGroup.build();
    ImmutableMap.Builder<Subject, ImmutableMap<Role, Limit[]>> bySubject = ImmutableMap.builder();
    for (Subject s : subjects) {
      ImmutableMap.Builder<Role, Limit[]> byRole = ImmutableMap.builder();
      for (Map.Entry<Role, Role[]> e : chains.entrySet()) {
        Role[] chain = e.getValue();
        Limit[] ladder = new Limit[chain.length];
        for (int i = 0; i < chain.length; i++) {
          ladder[i] = authority.limitOf(chain[i], s).orElse(null);
        }
        byRole.put(e.getKey(), ladder);
      }
      bySubject.put(s, byRole.build());
    }
    this.limits = bySubject.build();
  }

  private ImmutableMap<ProductId, Listed[]> indexPriceLists(PricingPolicy policy) {
    Map<ProductId, List<Listed>> byProduct = new LinkedHashMap<>();
    for (PriceList list : policy.priceLists()) {
      for (PriceListEntry e : list.entries()) {
        Money floorUnit =
            e.floor()
                .orElseGet(
                    () ->
                        policy.defaultFloor().map(f -> f.of(e.basePrice(), rounding)).orElse(zero));
        Listed l = new Listed(list, e, floorUnit);
        // The offers that may apply to this product (the product group is checked per line,
        // as it comes with the quoted product), each percent worked out once on the list price.
        List<Offer> mayApply = new ArrayList<>();
        List<Money> amounts = new ArrayList<>();
        for (Offer o : offers) {
          if (o.mayCover(e.product())) {
            mayApply.add(o);
            amounts.add(o.percent != null ? o.percent.of(e.basePrice(), rounding) : o.amount);
          }
        }
        l.offers = mayApply.toArray(new Offer[0]);
        l.offOnList = amounts.toArray(new Money[0]);
        l.byBand = !e.breaks().isEmpty() && e.byBand();
        l.breaks = !e.breaks().isEmpty();
        for (Offer o : l.offers) {
          l.breaks |= o.breaks.length > 0;
          l.byBand |= o.byBand;
        }
        byProduct.computeIfAbsent(e.product(), p -> new ArrayList<>()).add(l);
      }
    }
    ImmutableMap.Builder<ProductId, Listed[]> out = ImmutableMap.builder();
    byProduct.forEach(
        (p, entries) -> {
          Listed[] arr = entries.toArray(new Listed[0]);
          // A customer group's own list before the lists for every customer.
          Arrays.sort(arr, (a, b) -> Boolean.compare(a.group == null, b.group == null));
          out.put(p, arr);
        });
    return out.build();
  }

  /**
   * A pricer for {@code policy}.
   *
   * @throws NullPointerException if {@code policy} is null
   */
  public static Pricer of(PricingPolicy policy) {
    return new Pricer(Arguments.notNull(policy, "policy"));
  }

  /** The policy this pricer decides by. */
  public PricingPolicy policy() {
    return policy;
  }

  /**
   * Decides one line priced on its own (no document discount).
   *
   * @throws IllegalArgumentException if the requester is not a role of the policy, an amount of the
   *     line is in another currency, or quota counts are needed and missing
   */
  public PricingDecision price(QuoteLine line, PricingContext context) {
    Arguments.notNull(line, "line");
    checkContext(context);
    return decide(
        priceLine(line, context, offersOpen(context)), zero, context, context.stage().orElse(null));
  }

  /**
   * Decides a whole quote: every line, with the document discount allocated over the lines in
   * proportion to their net amounts before it; a line excluded from the document discount takes no
   * share, and its net is not in the base of a document discount percent.
   *
   * @throws IllegalArgumentException as {@link #price(QuoteLine, PricingContext)}, or if the
   *     document discount is in another currency
   */
  public QuoteDecision price(Quote quote) {
    Arguments.notNull(quote, "quote");
    PricingContext context = quote.context();
    checkContext(context);
    ImmutableList<QuoteLine> lines = quote.lines();
    int n = lines.size();
    Priced[] priced = new Priced[n];
    List<Money> weights = new ArrayList<>(n);
    Money netBefore = zero;
    boolean[] open = offersOpen(context);
    for (int i = 0; i < n; i++) {
      priced[i] = priceLine(lines.get(i), context, open);
      Money net = priced[i].netBeforeDocument;
      Money weight = net.isNegative() || lines.get(i).excludedFromDocumentDiscount() ? zero : net;
      weights.add(weight);
      netBefore = netBefore.plus(weight);
    }
    Explanation.Builder steps = Explanation.builder();
    QuoteTally tally = new QuoteTally();
    Money document = documentDiscount(quote, netBefore, steps);
    List<Integer> excluded = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (lines.get(i).excludedFromDocumentDiscount()) {
        excluded.add(i + 1);
      }
    }
    List<Money> shares =
        allocateDocumentDiscount(document, netBefore, weights, excluded, tally, steps);
    if (tally.documentRefused) {
      document = zero;
    }
    ContractStage stage = context.stage().orElse(null);
    ImmutableList.Builder<PricingDecision> decided = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      PricingDecision d = decide(priced[i], shares == null ? zero : shares.get(i), context, stage);
      decided.add(d);
      tally(d, tally);
    }
    quoteOutcome(tally, n, context, steps);
    return QuoteDecision.builder()
        .quote(quote)
        .lines(decided.build())
        .documentDiscount(document)
        .outcome(tally.outcome)
        .approval(Optional.ofNullable(tally.approval))
        .reportingChain(chainLists.get(context.requester()))
        .quoteExplanation(steps.build())
        .build();
  }

  /** The document discount asked for: an amount, or a percent of the lines' net. */
  private Money documentDiscount(Quote quote, Money netBefore, Explanation.Builder steps) {
    if (quote.documentDiscount().isPresent()) {
      return Arguments.inCurrency(quote.documentDiscount().get(), currency, "documentDiscount");
    }
    if (quote.documentDiscountPercent().isPresent()) {
      Percent p = quote.documentDiscountPercent().get();
      Money document = p.of(netBefore, rounding);
      steps.add(
          PricingRule.DOCUMENT_DISCOUNT,
          "document discount %s of the lines' net %s: %s",
          p,
          netBefore,
          document);
      return document;
    }
    return zero;
  }

  /**
   * {@link PricingRule#DOCUMENT_DISCOUNT}: the document discount allocated over the lines by their
   * net amounts, or refused when it is more than their net; null when there is none to allocate.
   */
  private List<Money> allocateDocumentDiscount(
      Money document,
      Money netBefore,
      List<Money> weights,
      List<Integer> excluded,
      QuoteTally tally,
      Explanation.Builder steps) {
    if (!document.isPositive()) {
      return null;
    }
    if (document.isGreaterThan(netBefore)) {
      tally.documentRefused = true;
      tally.outcome = Outcome.REFUSED;
      steps.add(
          PricingRule.DOCUMENT_DISCOUNT,
          "document discount %s is more than the lines' net %s: refused",
          document,
          netBefore);
      return null;
    }
    List<Money> shares = Allocation.byAmounts(document, weights);
    steps.add(
        PricingRule.DOCUMENT_DISCOUNT,
        "document discount %s allocated over %s lines in proportion to their net amounts: %s%s",
        document,
        weights.size(),
        shares,
        excluded.isEmpty() ? "" : "; excluded from it: line " + excluded);
    return shares;
  }

  /** Counts a line's outcome into the quote's, keeping the most senior approval any line needs. */
  private static void tally(PricingDecision d, QuoteTally tally) {
    if (d.isRefused()) {
      tally.refusedLines++;
      tally.outcome = Outcome.REFUSED;
    } else if (d.needsApproval()) {
      tally.approvalLines++;
      if (tally.outcome == Outcome.ALLOWED) {
        tally.outcome = Outcome.NEEDS_APPROVAL;
      }
      AuthorityRoute r = d.approval().orElseThrow();
      if (tally.approval == null || r.chain().size() > tally.approval.chain().size()) {
        tally.approval = r;
      }
    }
  }

  /** {@link PricingRule#QUOTE}: refused if any line is, else the most senior approval needed. */
  private void quoteOutcome(
      QuoteTally tally, int n, PricingContext context, Explanation.Builder steps) {
    if (tally.outcome == Outcome.REFUSED) {
      tally.approval = null;
      steps.add(
          PricingRule.QUOTE,
          "refused: %s of %s lines refused%s",
          tally.refusedLines,
          n,
          tally.documentRefused ? ", document discount refused" : "");
    } else if (tally.outcome == Outcome.NEEDS_APPROVAL) {
      steps.add(
          PricingRule.QUOTE,
          "%s of %s lines need approval; the most senior approver needed is %s, via %s",
          tally.approvalLines,
          n,
          tally.approval.approver().orElseThrow(),
          tally.approval.chain());
    } else {
      steps.add(
          PricingRule.QUOTE, "all %s lines within %s's own authority", n, context.requester());
    }
  }

  private void checkContext(PricingContext context) {
    Arguments.notNull(context, "context");
    Arguments.check(
        chains.containsKey(context.requester()),
        "requester %s (%s) is not a role of the authority policy; roles are %s",
        context.requester().code(),
        context.requester().title(),
        chains.keySet());
  }

  /** Which offers are valid on the context's date for its customer group, by offer index. */
  private boolean[] offersOpen(PricingContext context) {
    LocalDate date = context.date();
    CustomerGroup group = context.customerGroup().orElse(null);
    boolean[] open = new boolean[offers.length];
    for (Offer o : offers) {
      open[o.index] = o.openOn(date, group);
    }
    return open;
  }

  private Listed find(ProductId product, LocalDate date, CustomerGroup group) {
    Listed[] candidates = listed.get(product);
    if (candidates == null) {
      return null;
    }
    for (Listed l : candidates) {
      if (l.group != null && !l.group.equals(group)) {
        continue;
      }
      if (l.validOn(date)) {
        return l;
      }
    }
    return null;
  }

  private Money times(Money unit, BigDecimal quantity) {
    if (quantity.scale() == 0 && quantity.precision() < 10) {
      // A whole quantity: exact, no rounding needed.
      long whole = quantity.longValueExact();
      return whole == 1 ? unit : unit.multipliedBy(whole);
    }
    return rounding.round(unit.toBigMoney().multipliedBy(quantity));
  }

  /** Stage one: list price, standard offers and the extra discount asked for. */
  private Priced priceLine(QuoteLine line, PricingContext context, boolean[] open) {
    checkCurrencies(line);
    Priced p = new Priced(line, zero);
    CustomerGroup group = context.customerGroup().orElse(null);
    Listed found = find(line.product().id(), context.date(), group);
    p.askedPercent = line.requestedExtraDiscount().orElse(null);
    if (found == null) {
      if (!offList(p, context.date(), group)) {
        p.listAmount = zero;
        p.offerAmount = zero;
        p.extraAmount = zero;
        p.netBeforeDocument = zero;
        return p;
      }
    } else {
      listPrice(p, found);
      if (found.byBand) {
        byBand(p, found, open, context);
        p.netBeforeDocument = p.listAmount.minus(p.offerAmount).minus(p.extraAmount);
        return p;
      }
      if (found.breaks) {
        quantityBreak(p, found);
      }
      standardOffers(p, found, open);
      offerCap(p);
      promotions(p, context);
    }
    extraDiscount(p);
    BigDecimal quantity = line.quantity();
    p.listAmount = times(p.listUnit, quantity);
    p.offerAmount = times(p.offerUnit, quantity);
    p.extraAmount = times(p.extraUnit, quantity);
    p.netBeforeDocument = p.listAmount.minus(p.offerAmount).minus(p.extraAmount);
    return p;
  }

  /**
   * {@link PricingRule#QUANTITY_BREAK} on the whole quantity: every unit at the entry's highest
   * break the line's quantity reaches.
   */
  private void quantityBreak(Priced p, Listed found) {
    PriceBreak reached = breakAt(found.entry, p.line.quantity());
    if (reached == null) {
      return;
    }
    p.listUnit = reached.unitPrice();
    p.steps.add(
        PricingRule.QUANTITY_BREAK,
        "quantity %s reaches the break %s: list price %s per unit on the whole quantity",
        p.line.quantity().toPlainString(),
        reached,
        p.listUnit);
  }

  /** The entry's highest break {@code quantity} reaches, null below the first. */
  private static PriceBreak breakAt(PriceListEntry entry, BigDecimal quantity) {
    PriceBreak reached = null;
    for (PriceBreak b : entry.breaks()) {
      if (b.minQuantity().compareTo(quantity) > 0) {
        break;
      }
      reached = b;
    }
    return reached;
  }

  /**
   * {@link PricingRule#QUANTITY_BREAK} band by band: the line is the sum of its bands (cut at the
   * breaks that apply by band), each band priced, offered, capped and discounted on its own, the
   * amounts added exactly and rounded once each.
   */
  private void byBand(Priced p, Listed found, boolean[] open, PricingContext context) {
    BigDecimal quantity = p.line.quantity();
    BigDecimal[] cuts = bandCuts(found, open, p.line.product(), quantity);
    BigMoney list = BigMoney.zero(currency);
    BigMoney offer = list;
    BigMoney extra = list;
    Band band = new Band();
    BandsText bands = new BandsText(cuts.length - 1);
    for (int s = 0; s + 1 < cuts.length; s++) {
      BigDecimal size = cuts[s + 1].subtract(cuts[s]);
      priceBand(p, found, open, cuts[s], band, context);
      list = list.plus(band.list.toBigMoney().multipliedBy(size));
      offer = offer.plus(band.offer.toBigMoney().multipliedBy(size));
      extra = extra.plus(band.extra.toBigMoney().multipliedBy(size));
      bands.add(s, size, cuts[s], band);
    }
    p.listAmount = rounding.round(list);
    p.offerAmount = rounding.round(offer);
    p.extraAmount = rounding.round(extra);
    p.listUnit = rounding.round(list.dividedBy(quantity, RoundingMode.HALF_UP));
    p.steps.add(
        PricingRule.QUANTITY_BREAK,
        "quantity %s priced band by band (%s): list %s, standard offers %s, extra discount %s",
        quantity.toPlainString(),
        bands,
        p.listAmount,
        p.offerAmount,
        p.extraAmount);
    if (p.offerAmount.isPositive()) {
      p.steps.add(
          PricingRule.STANDARD_OFFER,
          "standard offers applied without approval, band by band: %s off the line",
          p.offerAmount);
    }
    if (band.capped) {
      p.steps.add(
          PricingRule.OFFER_CAP,
          "standard offers capped at %s of the list price in at least one band",
          policy.offerCap().orElseThrow());
    }
    for (Promotion promotion : promotions) {
      if (promotion.covers(p.line.product(), context.date())) {
        String refusal = promotionRefusal(promotion, p.line, context);
        p.steps.add(
            PricingRule.PROMOTION,
            "promotion %s %s",
            promotion,
            refusal == null
                ? "applied in every band, without approval"
                : "does not apply: " + refusal);
      }
    }
    bandExtraStep(p);
  }

  /** {@link PricingRule#EXTRA_DISCOUNT} of a line priced band by band. */
  private void bandExtraStep(Priced p) {
    QuoteLine line = p.line;
    if (line.requestedExtraDiscount().isPresent()) {
      p.steps.add(
          PricingRule.EXTRA_DISCOUNT,
          "extra discount of %s of the %s asked for in every band: %s off the line",
          line.requestedExtraDiscount().get(),
          policy.extraDiscountBase() == DiscountBase.LIST_PRICE ? "list price" : "offer price",
          p.extraAmount);
    } else if (line.requestedUnitPrice().isPresent()) {
      p.steps.add(
          PricingRule.EXTRA_DISCOUNT,
          "net price %s per unit asked for: %s under the offer price of the bands above it",
          line.requestedUnitPrice().get(),
          p.extraAmount);
    }
  }

  /** Where the bands of a line start: zero and every by-band break under the quantity, then it. */
  private BigDecimal[] bandCuts(Listed found, boolean[] open, Product product, BigDecimal q) {
    java.util.TreeSet<BigDecimal> cuts = new java.util.TreeSet<>();
    cuts.add(BigDecimal.ZERO);
    if (found.entry.byBand()) {
      for (PriceBreak b : found.entry.breaks()) {
        if (b.minQuantity().compareTo(q) < 0) {
          cuts.add(b.minQuantity());
        }
      }
    }
    for (Offer o : found.offers) {
      if (o.byBand && open[o.index] && o.covers(product)) {
        for (OfferBreak b : o.breaks) {
          if (b.minQuantity().compareTo(q) < 0) {
            cuts.add(b.minQuantity());
          }
        }
      }
    }
    // Equal quantities at another scale (10 and 10.0) are one cut.
    List<BigDecimal> out = new ArrayList<>();
    for (BigDecimal c : cuts) {
      if (out.isEmpty() || out.get(out.size() - 1).compareTo(c) != 0) {
        out.add(c);
      }
    }
    out.add(q);
    return out.toArray(new BigDecimal[0]);
  }

  /** The bands of a line as the explanation shows them, formatted only when read. */
  private static final class BandsText {
    final String[] sizes;
    final String[] starts;
    final Money[][] prices;

    BandsText(int n) {
      sizes = new String[n];
      starts = new String[n];
      prices = new Money[n][];
    }

    void add(int i, BigDecimal size, BigDecimal start, Band band) {
      sizes[i] = size.toPlainString();
      starts[i] = start.toPlainString();
      prices[i] = new Money[] {band.list, band.offer, band.extra};
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < sizes.length; i++) {
        out.append(i == 0 ? "" : "; ")
            .append(sizes[i])
            .append(" from ")
            .append(starts[i])
            .append(" at ")
            .append(prices[i][0])
            .append(" less ")
            .append(prices[i][1])
            .append(" offers")
            .append(prices[i][2].isZero() ? "" : " less " + prices[i][2] + " extra");
      }
      return out.toString();
    }
  }

  /** One band's prices per unit, as worked out by {@link #priceBand}. */
  private static final class Band {
    Money list;
    Money offer;
    Money extra;
    boolean capped;
  }

  /**
   * The prices per unit of the band starting at {@code start}: breaks by band at {@code start},
   * breaks on the whole quantity at the line's quantity.
   */
  private void priceBand(
      Priced p, Listed found, boolean[] open, BigDecimal start, Band band, PricingContext context) {
    BigDecimal quantity = p.line.quantity();
    PriceListEntry entry = found.entry;
    Money list = entry.unitPriceAt(entry.byBand() ? start : quantity);
    boolean onList = policy.stacking() == Stacking.ON_LIST_PRICE;
    Money running = list;
    Money offerUnit = zero;
    for (Offer o : found.offers) {
      if (!open[o.index] || !o.covers(p.line.product())) {
        continue;
      }
      OfferBreak b = o.breakAt(o.byBand ? start : quantity);
      Money off = offOf(o, b, onList ? list : running);
      off = off.isGreaterThan(running) ? running : off;
      running = running.minus(off);
      offerUnit = offerUnit.plus(off);
    }
    if (policy.offerCap().isPresent()) {
      Money cap = policy.offerCap().get().of(list, rounding);
      if (offerUnit.isGreaterThan(cap)) {
        offerUnit = cap;
        band.capped = true;
      }
    }
    for (Promotion promotion : promotions) {
      if (promotion.covers(p.line.product(), context.date())
          && promotionRefusal(promotion, p.line, context) == null) {
        offerUnit = promotionUnit(promotion, list, offerUnit);
      }
    }
    band.list = list;
    band.offer = offerUnit;
    band.extra = extraUnit(p.line, list, list.minus(offerUnit));
  }

  /** What an offer, or its break, takes off a unit whose price (list or running) is {@code of}. */
  private Money offOf(Offer o, OfferBreak b, Money of) {
    if (b != null) {
      return b.amountOff().isPresent()
          ? b.amountOff().get()
          : b.percentOff().get().of(of, rounding);
    }
    return o.percent == null ? o.amount : o.percent.of(of, rounding);
  }

  /** The extra discount per unit asked for, on a unit listed at {@code list}. */
  private Money extraUnit(QuoteLine line, Money list, Money offerPrice) {
    if (line.requestedExtraDiscount().isPresent()) {
      boolean onList = policy.extraDiscountBase() == DiscountBase.LIST_PRICE;
      return line.requestedExtraDiscount().get().of(onList ? list : offerPrice, rounding);
    }
    if (line.requestedUnitPrice().isPresent()
        && line.requestedUnitPrice().get().isLessThan(offerPrice)) {
      return offerPrice.minus(line.requestedUnitPrice().get());
    }
    return zero;
  }

  private void checkCurrencies(QuoteLine line) {
    line.requestedUnitPrice()
        .ifPresent(p -> Arguments.inCurrency(p, currency, "requestedUnitPrice"));
    line.currentUnitCost().ifPresent(c -> Arguments.inCurrency(c, currency, "currentUnitCost"));
    Product product = line.product();
    if (product.purchasePrice().isPresent()
        && !product.purchasePrice().get().getCurrencyUnit().equals(currency)) {
      Arguments.inCurrency(
          product.purchasePrice().get(), currency, "purchasePrice of " + product.id());
    }
  }

  /** {@link PricingRule#LIST_PRICE}: the entry in force for the product, its floor worked out. */
  private void listPrice(Priced p, Listed found) {
    p.listUnit = found.entry.basePrice();
    p.floorUnit = found.floorUnit;
    p.source = found.list.code();
    p.steps.add(
        PricingRule.LIST_PRICE,
        "%s: list price %s per unit from %s",
        p.line.product(),
        p.listUnit,
        found.list);
  }

  /**
   * {@link PricingRule#OFF_LIST}: a product on no list is priced at the price its named approvers
   * agreed, when enough of them did; false (refused, unpriced) otherwise.
   */
  private boolean offList(Priced p, LocalDate date, CustomerGroup group) {
    Product product = p.line.product();
    Optional<OffListApproval> approval = p.line.offListApproval();
    if (approval.isEmpty()) {
      p.steps.add(
          PricingRule.OFF_LIST,
          "%s is on no price list valid on %s for %s: it may be quoted only at a price agreed"
              + " by %s named approver(s); refused",
          product,
          date,
          group == null ? "any customer" : "customer group " + group,
          policy.offListApproversRequired());
      return false;
    }
    OffListApproval a = approval.get();
    Arguments.inCurrency(a.unitPrice(), currency, "offListApproval.unitPrice");
    if (a.approvedBy().size() < policy.offListApproversRequired()) {
      p.steps.add(
          PricingRule.OFF_LIST,
          "%s is on no price list; the price %s was agreed by %s, but %s named approvers are"
              + " needed; refused",
          product,
          a.unitPrice(),
          a.approvedBy(),
          policy.offListApproversRequired());
      return false;
    }
    p.listUnit = a.unitPrice();
    p.floorUnit = zero;
    p.source = OFF_LIST_SOURCE;
    p.steps.add(
        PricingRule.OFF_LIST,
        "%s is on no price list; price %s per unit agreed by %s on %s",
        product,
        p.listUnit,
        a.approvedBy(),
        a.date());
    return true;
  }

  /** {@link PricingRule#STANDARD_OFFER}: each open offer covering the product, stacked. */
  private void standardOffers(Priced p, Listed found, boolean[] open) {
    Product product = p.line.product();
    Money running = p.listUnit;
    Money offerUnit = zero;
    Offer[] candidates = found.offers;
    boolean onList = policy.stacking() == Stacking.ON_LIST_PRICE;
    // A list price lowered by a break: percents on the list price are taken of the lowered one.
    boolean atBreak = p.listUnit != found.entry.basePrice();
    for (int k = 0; k < candidates.length; k++) {
      Offer offer = candidates[k];
      if (!open[offer.index] || !offer.covers(product)) {
        continue;
      }
      OfferBreak reached = offer.breaks.length == 0 ? null : offer.breakAt(p.line.quantity());
      Money off;
      if (reached != null || (onList && atBreak)) {
        off = offOf(offer, reached, onList ? p.listUnit : running);
      } else {
        off =
            onList || offer.percent == null
                ? found.offOnList[k]
                : offer.percent.of(running, rounding);
      }
      if (off.isGreaterThan(running)) {
        off = running;
      }
      running = running.minus(off);
      offerUnit = offerUnit.plus(off);
      if (reached == null) {
        p.steps.add(
            PricingRule.STANDARD_OFFER,
            "standard offer %s applied without approval: %s per unit off",
            offer.offer,
            off);
      } else {
        p.steps.add(
            PricingRule.STANDARD_OFFER,
            "standard offer %s applied without approval, quantity %s reaches its break %s: %s"
                + " per unit off",
            offer.offer,
            p.line.quantity().toPlainString(),
            reached,
            off);
      }
    }
    p.offerUnit = offerUnit;
  }

  /** {@link PricingRule#OFFER_CAP}: the offers together take at most the cap off the list. */
  private void offerCap(Priced p) {
    if (policy.offerCap().isEmpty()) {
      return;
    }
    Money cap = policy.offerCap().get().of(p.listUnit, rounding);
    if (p.offerUnit.isGreaterThan(cap)) {
      p.steps.add(
          PricingRule.OFFER_CAP,
          "standard offers of %s per unit capped at %s of the list price: %s per unit",
          p.offerUnit,
          policy.offerCap().get(),
          cap);
      p.offerUnit = cap;
    }
  }

  /**
   * {@link PricingRule#PROMOTION}: each promotion open for the line, stacked with the offers as it
   * says, or the reason it does not apply.
   */
  private void promotions(Priced p, PricingContext context) {
    for (Promotion promotion : promotions) {
      if (!promotion.covers(p.line.product(), context.date())) {
        continue;
      }
      String refusal = promotionRefusal(promotion, p.line, context);
      if (refusal != null) {
        p.steps.add(PricingRule.PROMOTION, "promotion %s does not apply: %s", promotion, refusal);
        continue;
      }
      Money before = p.offerUnit;
      p.offerUnit = promotionUnit(promotion, p.listUnit, before);
      if (promotion.stacking() == PromotionStacking.WITH_OFFERS) {
        p.steps.add(
            PricingRule.PROMOTION,
            "promotion %s applied without approval on top of the standard offers: %s per unit off",
            promotion,
            p.offerUnit.minus(before));
      } else {
        p.steps.add(
            PricingRule.PROMOTION,
            "promotion %s or the standard offers' %s per unit, the better: %s per unit off",
            promotion,
            before,
            p.offerUnit);
      }
    }
  }

  /** Why {@code promotion} does not apply to the line (coupon, extra discount, uses), or null. */
  private static String promotionRefusal(
      Promotion promotion, QuoteLine line, PricingContext context) {
    if (promotion.couponCode().isPresent()
        && !context.couponCodes().contains(promotion.couponCode().get())) {
      return "its coupon " + promotion.couponCode().get() + " is not presented";
    }
    if (!promotion.withExtraDiscount()
        && (line.requestedExtraDiscount().isPresent() || line.requestedUnitPrice().isPresent())) {
      return "it does not combine with an extra discount, and the line asks for one";
    }
    if (!promotion.hasUsageLimit()) {
      return null;
    }
    PromotionUses uses = context.promotionUses().get(promotion.code());
    Arguments.check(
        uses != null,
        "context.promotionUses must give the uses of promotion %s: it has a usage limit",
        promotion.code());
    if (promotion.maxUsesPerCustomer().isPresent()
        && uses.byCustomer() >= promotion.maxUsesPerCustomer().get()) {
      return "the customer has used it "
          + uses.byCustomer()
          + " time(s), the most allowed is "
          + promotion.maxUsesPerCustomer().get();
    }
    if (promotion.maxUsesOverall().isPresent()
        && uses.overall() >= promotion.maxUsesOverall().get()) {
      return "it has been used "
          + uses.overall()
          + " time(s), the most allowed is "
          + promotion.maxUsesOverall().get();
    }
    return null;
  }

  /** The offers per unit with {@code promotion}, on a unit listed at {@code list}. */
  private Money promotionUnit(Promotion promotion, Money list, Money offerUnit) {
    boolean with = promotion.stacking() == PromotionStacking.WITH_OFFERS;
    Money base = with ? list.minus(offerUnit) : list;
    Money off =
        promotion.percentOff().isPresent()
            ? promotion.percentOff().get().of(base, rounding)
            : promotion.amountOff().get();
    off = off.isGreaterThan(base) ? base : off;
    if (with) {
      return offerUnit.plus(off);
    }
    return off.isGreaterThan(offerUnit) ? off : offerUnit;
  }

  /** {@link PricingRule#EXTRA_DISCOUNT}: the percent, or the net unit price, asked for. */
  private void extraDiscount(Priced p) {
    QuoteLine line = p.line;
    Money offerPrice = p.listUnit.minus(p.offerUnit);
    if (line.requestedExtraDiscount().isPresent()) {
      Percent percent = line.requestedExtraDiscount().get();
      boolean onList = policy.extraDiscountBase() == DiscountBase.LIST_PRICE;
      Money base = onList ? p.listUnit : offerPrice;
      p.extraUnit = percent.of(base, rounding);
      p.steps.add(
          PricingRule.EXTRA_DISCOUNT,
          "extra discount of %s of the %s %s asked for: %s per unit",
          percent,
          onList ? "list price" : "offer price",
          base,
          p.extraUnit);
    } else if (line.requestedUnitPrice().isPresent()) {
      Money asked = line.requestedUnitPrice().get();
      if (asked.isLessThan(offerPrice)) {
        p.extraUnit = offerPrice.minus(asked);
        p.steps.add(
            PricingRule.EXTRA_DISCOUNT,
            "net price %s per unit asked for, %s under the offer price %s",
            asked,
            p.extraUnit,
            offerPrice);
      } else {
        p.steps.add(
            PricingRule.EXTRA_DISCOUNT,
            "net price %s per unit asked for is not under the offer price %s; the published"
                + " offers stand and the price is %s",
            asked,
            offerPrice,
            offerPrice);
      }
    }
  }

  /** Stage two: document share, floor, bought-in margin, the sale's stage and authority. */
  private PricingDecision decide(
      Priced p, Money documentShare, PricingContext context, ContractStage stage) {
    if (!p.isPriced()) {
      p.extra = zero;
      p.floor = zero;
      p.extraPercent = Percent.ZERO;
      p.outcome = Outcome.REFUSED;
      return decision(p, zero, context);
    }
    documentShare(p, documentShare);
    floor(p);
    boughtInMargin(p);
    costFloor(p, context);
    stage(p, stage);
    authority(p, context);
    costApproval(p);
    vat(p);
    return decision(p, documentShare, context);
  }

  private PricingDecision decision(Priced p, Money documentShare, PricingContext context) {
    return PricingDecision.builder()
        .line(p.line)
        .context(context)
        .priceSource(Optional.ofNullable(p.source))
        .listUnitPrice(p.listUnit)
        .listAmount(p.listAmount)
        .standardOfferDiscount(p.offerAmount)
        .extraDiscount(p.extra)
        .documentDiscountShare(documentShare)
        .floor(p.floor)
        .extraDiscountPercent(p.extraPercent)
        .outcome(p.outcome)
        .route(Optional.ofNullable(p.route))
        .vat(Optional.ofNullable(p.vat))
        .rounding(rounding)
        .explanation(p.steps.build())
        .build();
  }

  /**
   * {@link PricingRule#DOCUMENT_DISCOUNT}: the line's share joins its extra discount; the extra
   * discount's percent of the policy's base is worked out.
   */
  private void documentShare(Priced p, Money documentShare) {
    p.extra = p.extraAmount;
    if (documentShare.isPositive()) {
      p.extra = p.extra.plus(documentShare);
      p.steps.add(
          PricingRule.DOCUMENT_DISCOUNT,
          "share of the document discount: %s, extra discount on the line now %s",
          documentShare,
          p.extra);
    }
    p.net = p.listAmount.minus(p.offerAmount).minus(p.extra);
    Money base =
        policy.extraDiscountBase() == DiscountBase.LIST_PRICE
            ? p.listAmount
            : p.listAmount.minus(p.offerAmount);
    if (p.askedPercent != null) {
      // The percent asked for is checked as asked, not as recomputed from the rounded amount.
      p.extraPercent =
          documentShare.isZero()
              ? p.askedPercent
              : p.askedPercent.plus(percentOf(documentShare, base));
    } else {
      p.extraPercent = percentOf(p.extra, base);
    }
  }

  /** {@link PricingRule#FLOOR}: a net below the floor is refused whoever asks. */
  private void floor(Priced p) {
    BigDecimal quantity = p.line.quantity();
    p.floor = times(p.floorUnit, quantity);
    if (p.net.isLessThan(p.floor)) {
      p.refused = true;
      p.steps.add(
          PricingRule.FLOOR,
          "net %s is below the floor %s (%s per unit x %s): refused whoever asks",
          p.net,
          p.floor,
          p.floorUnit,
          quantity);
    } else {
      p.steps.add(PricingRule.FLOOR, "net %s is not below the floor %s", p.net, p.floor);
    }
  }

  /** {@link PricingRule#BOUGHT_IN_MARGIN}: bought-in goods keep the minimum margin per unit. */
  private void boughtInMargin(Priced p) {
    Product product = p.line.product();
    if (!product.boughtIn()) {
      return;
    }
    BigDecimal quantity = p.line.quantity();
    Money purchase = product.purchasePrice().orElseThrow();
    Money leastNet = times(purchase.plus(policy.boughtInMinimumMargin()), quantity);
    if (p.net.isLessThan(leastNet)) {
      p.refused = true;
      p.steps.add(
          PricingRule.BOUGHT_IN_MARGIN,
          "bought in at %s per unit: net %s is under %s, the purchase price plus the minimum"
              + " margin of %s per unit x %s; refused",
          purchase,
          p.net,
          leastNet,
          policy.boughtInMinimumMargin(),
          quantity);
    } else {
      p.steps.add(
          PricingRule.BOUGHT_IN_MARGIN,
          "bought in at %s per unit: net %s keeps at least the minimum margin of %s per unit"
              + " (least net %s)",
          purchase,
          p.net,
          policy.boughtInMinimumMargin(),
          leastNet);
    }
  }

  /**
   * {@link PricingRule#COST_FLOOR}: a net (of VAT, on tax-inclusive lists) under the current unit
   * cost plus the minimum margin, times the quantity, needs the authority the policy names.
   */
  private void costFloor(Priced p, PricingContext context) {
    CostFloor rule = policy.costFloor().orElse(null);
    Money cost = p.line.currentUnitCost().orElse(null);
    if (rule == null || cost == null) {
      return;
    }
    Money least = times(cost.plus(rule.minimumMargin().of(cost, rounding)), p.line.quantity());
    boolean inclusive = vatSplit(p) != null && policy.vat().get().listPricesInclude();
    Money net = inclusive ? p.vat.net() : p.net;
    String of = inclusive ? " net of VAT" : "";
    if (!net.isLessThan(least)) {
      p.steps.add(
          PricingRule.COST_FLOOR,
          "%s%s keeps at least the current cost %s per unit plus %s (least %s)",
          net,
          of,
          cost,
          rule.minimumMargin(),
          least);
      return;
    }
    AuthorityRoute route = costRoute(context.requester(), rule.approver(), least.minus(net));
    p.costRoute = route;
    p.steps.add(
        PricingRule.COST_FLOOR,
        "%s%s is under the current cost %s per unit plus %s (least %s): %s",
        net,
        of,
        cost,
        rule.minimumMargin(),
        least,
        route.withinOwnAuthority()
            ? "within the authority of "
                + context.requester()
                + ", who holds "
                + rule.approver()
                + "'s"
            : "needs " + rule.approver() + ", via " + route.chain());
  }

  /**
   * The route of a sale under cost to {@code approver}: the requester when it is that role or above
   * it, else up its chain to it, else straight to it.
   */
  private AuthorityRoute costRoute(Role requester, Role approver, Money shortfall) {
    AuthorityRoute.Builder route =
        AuthorityRoute.builder()
            .requester(requester)
            .request(AuthorityRequest.ofAmount(CostFloor.SALE_UNDER_COST, shortfall));
    Role[] chain = chains.get(requester);
    for (int i = 0; i < chain.length; i++) {
      if (chain[i].equals(approver)) {
        route.approver(approver);
        if (i > 0) {
          route.chain(Arrays.asList(chain).subList(1, i + 1));
        }
        return route.build();
      }
    }
    if (Arrays.asList(chains.get(approver)).contains(requester)) {
      return route.approver(requester).build();
    }
    return route.approver(approver).chain(List.of(approver)).build();
  }

  /**
   * {@link PricingRule#AUTHORITY} for a sale under cost: the line needs the more senior of the
   * extra discount's approver and the one the cost floor names.
   */
  private void costApproval(Priced p) {
    AuthorityRoute cost = p.costRoute;
    if (cost == null || p.outcome == Outcome.REFUSED || cost.withinOwnAuthority()) {
      return;
    }
    if (p.outcome == Outcome.ALLOWED || cost.chain().size() > p.route.chain().size()) {
      p.outcome = Outcome.NEEDS_APPROVAL;
      p.route = cost;
      p.steps.add(
          PricingRule.AUTHORITY,
          "the sale under cost needs %s, via %s",
          cost.approver().orElseThrow(),
          cost.chain());
    } else {
      p.steps.add(
          PricingRule.AUTHORITY,
          "the sale under cost needs %s, whom %s's approval covers",
          cost.approver().orElseThrow(),
          p.route.approver().orElseThrow());
    }
  }

  /** The line's VAT split, worked out once; null when the policy has no rate for the product. */
  private VatSplit vatSplit(Priced p) {
    if (p.vat == null) {
      PricingVat vat = policy.vat().orElse(null);
      VatRate rate = vat == null ? null : vat.rateFor(p.line.product().group()).orElse(null);
      if (rate != null) {
        p.vat =
            vat.listPricesInclude()
                ? rate.splitGross(p.net, rounding)
                : rate.grossUp(p.net, rounding);
      }
    }
    return p.vat;
  }

  /** {@link PricingRule#VAT}: the line's net amount with its VAT, when the policy names a rate. */
  private void vat(Priced p) {
    VatSplit split = vatSplit(p);
    if (split == null) {
      return;
    }
    if (policy.vat().get().listPricesInclude()) {
      p.steps.add(
          PricingRule.VAT,
          "list prices include %s: the line's %s is %s net and %s VAT",
          split.rate(),
          split.gross(),
          split.net(),
          split.tax());
    } else {
      p.steps.add(
          PricingRule.VAT,
          "%s on the line's net %s: %s VAT, %s gross",
          split.rate(),
          split.net(),
          split.tax(),
          split.gross());
    }
  }

  /** {@link PricingRule#STAGE}: an extra discount only at the stages the policy allows. */
  private void stage(Priced p, ContractStage stage) {
    if (stage == null || !p.extra.isPositive()) {
      return;
    }
    if (extraAllowedAt[stage.ordinal()]) {
      p.steps.add(
          PricingRule.STAGE,
          "extra discount %s asked at the %s stage, where the policy allows one",
          p.extra,
          stageName(stage));
    } else {
      p.refused = true;
      p.steps.add(
          PricingRule.STAGE,
          "extra discount %s asked at the %s stage: an extra discount is possible only at %s,"
              + " never later; refused whoever asks (published standard offers still apply: %s off"
              + " the line)",
          p.extra,
          stageName(stage),
          extraStagesText,
          p.offerAmount);
    }
  }

  /**
   * {@link PricingRule#AUTHORITY} (with {@link PricingRule#QUOTA} on the way): the extra discount
   * within the requester's authority, else up its chain, else refused.
   */
  private void authority(Priced p, PricingContext context) {
    if (p.refused) {
      p.outcome = Outcome.REFUSED;
      return;
    }
    if (!p.extra.isPositive()) {
      p.outcome = Outcome.ALLOWED;
      p.steps.add(
          PricingRule.AUTHORITY, "no extra discount: published standard offers need no approval");
      return;
    }
    Subject subject =
        groupSubjects.getOrDefault(p.line.product().group(), policy.discountSubject());
    AuthorityRequest request =
        AuthorityRequest.builder().subject(subject).percent(p.extraPercent).amount(p.extra).build();
    AuthorityRoute route = route(context, subject, request, p.steps);
    p.route = route;
    if (route.withinOwnAuthority()) {
      p.outcome = Outcome.ALLOWED;
      p.steps.add(
          PricingRule.AUTHORITY,
          "extra discount %s (%s) is within the authority of %s",
          p.extraPercent,
          p.extra,
          context.requester());
    } else if (route.needsApproval()) {
      p.outcome = Outcome.NEEDS_APPROVAL;
      p.steps.add(
          PricingRule.AUTHORITY,
          "extra discount %s (%s) is beyond the authority of %s: needs %s, via %s",
          p.extraPercent,
          p.extra,
          context.requester(),
          route.approver().orElseThrow(),
          route.chain());
    } else {
      p.outcome = Outcome.REFUSED;
      p.steps.add(
          PricingRule.AUTHORITY,
          "extra discount %s (%s) is beyond every authority open to %s: refused",
          p.extraPercent,
          p.extra,
          context.requester());
    }
  }

  /** A stage as the business says it: {@code contract signed}. */
  private static String stageName(ContractStage stage) {
    return stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code part} as a percent of {@code base}, rounded up (never understating a discount). */
  private static Percent percentOf(Money part, Money base) {
    if (part.isZero() || !base.isPositive()) {
      return Percent.ZERO;
    }
    return Percent.of(
        part.getAmount()
            .multiply(HUNDRED)
            .divide(base.getAmount(), PERCENT_SCALE, RoundingMode.UP));
  }

  /**
   * The requester, else the nearest superior, whose limit covers the request and whose quota (if
   * any) one more grant does not exceed.
   */
  private AuthorityRoute route(
      PricingContext context,
      Subject subject,
      AuthorityRequest request,
      Explanation.Builder steps) {
    Role requester = context.requester();
    Role[] chain = chains.get(requester);
    Limit[] ladder = limits.get(subject).get(requester);
    AuthorityRoute.Builder route = AuthorityRoute.builder().requester(requester).request(request);
    for (int i = 0; i < chain.length; i++) {
      Limit limit = ladder[i];
      if (limit == null || !limit.covers(request)) {
        continue;
      }
      Role role = chain[i];
      if (limit.quota().isPresent()) {
        Percent quota = limit.quota().get();
        QuotaCounts counts =
            context
                .quotaCounts()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "context.quotaCounts must be given: the limit of "
                                + role.code()
                                + " on "
                                + subject
                                + " has a quota of "
                                + quota));
        long grants = counts.grantsBy(role);
        long allowed = counts.allowedBy(quota);
        if (grants + 1 > allowed) {
          steps.add(
              PricingRule.QUOTA,
              "%s has approved %s special discounts for %s cases this period; the quota of %s"
                  + " allows %s, so one more would exceed it",
              role,
              grants,
              counts.cases(),
              quota,
              allowed);
          continue;
        }
        steps.add(
            PricingRule.QUOTA,
            "%s has approved %s special discounts for %s cases this period; the quota of %s"
                + " allows %s",
            role,
            grants,
            counts.cases(),
            quota,
            allowed);
      }
      route.approver(role);
      if (i > 0) {
        route.chain(Arrays.asList(chain).subList(1, i + 1));
      }
      return route.build();
    }
    return route.build();
  }
}
