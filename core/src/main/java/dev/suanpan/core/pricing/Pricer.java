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
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
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
 * under it); the stage of the sale, when the context names one (an extra discount is refused at a
 * stage the policy does not allow it, such as after the formal contract); then the authority for
 * the extra discount: the requester, else up its chain to the lowest role whose limit covers the
 * percent and amount and whose quota is not used up, else refused as beyond every authority.
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
  private final ImmutableMap<Role, Role[]> chains;
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

  /** What stage one works out for a line before any document discount. */
  private static final class Priced {
    final QuoteLine line;
    final Steps steps;
    final String source;
    final Money listUnit;
    final Money listAmount;
    final Money offerAmount;
    final Money extraAmount;
    final Money floorUnit;
    final Percent askedPercent;
    final Money netBeforeDocument;

    Priced(
        QuoteLine line,
        Steps steps,
        String source,
        Money listUnit,
        Money listAmount,
        Money offerAmount,
        Money extraAmount,
        Money floorUnit,
        Percent askedPercent) {
      this.line = line;
      this.steps = steps;
      this.source = source;
      this.listUnit = listUnit;
      this.listAmount = listAmount;
      this.offerAmount = offerAmount;
      this.extraAmount = extraAmount;
      this.floorUnit = floorUnit;
      this.askedPercent = askedPercent;
      this.netBeforeDocument = listAmount.minus(offerAmount).minus(extraAmount);
    }
  }

  private Pricer(PricingPolicy policy) {
    this.policy = policy;
    this.currency = policy.currency();
    this.rounding = policy.rounding();
    this.zero = Money.zero(currency);
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
   * proportion to their net amounts before it.
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
      Money weight = net.isNegative() ? zero : net;
      weights.add(weight);
      netBefore = netBefore.plus(weight);
    }
    Steps steps = new Steps();
    Money document = zero;
    if (quote.documentDiscount().isPresent()) {
      document = Arguments.inCurrency(quote.documentDiscount().get(), currency, "documentDiscount");
    } else if (quote.documentDiscountPercent().isPresent()) {
      Percent p = quote.documentDiscountPercent().get();
      document = p.of(netBefore, rounding);
      steps.add(
          "pricing.document-discount",
          "document discount %s of the lines' net %s: %s",
          p,
          netBefore,
          document);
    }
    boolean documentRefused = false;
    List<Money> shares = null;
    if (document.isPositive()) {
      if (document.isGreaterThan(netBefore)) {
        documentRefused = true;
        steps.add(
            "pricing.document-discount",
            "document discount %s is more than the lines' net %s: refused",
            document,
            netBefore);
        document = zero;
      } else {
        shares = Allocation.byAmounts(document, weights);
        steps.add(
            "pricing.document-discount",
            "document discount %s allocated over %s lines in proportion to their net amounts: %s",
            document,
            n,
            shares);
      }
    }
    ContractStage stage = context.stage().orElse(null);
    ImmutableList.Builder<PricingDecision> decided = ImmutableList.builderWithExpectedSize(n);
    Outcome outcome = documentRefused ? Outcome.REFUSED : Outcome.ALLOWED;
    AuthorityRoute approval = null;
    int refusedLines = 0;
    int approvalLines = 0;
    for (int i = 0; i < n; i++) {
      PricingDecision d = decide(priced[i], shares == null ? zero : shares.get(i), context, stage);
      decided.add(d);
      if (d.isRefused()) {
        refusedLines++;
        outcome = Outcome.REFUSED;
      } else if (d.needsApproval()) {
        approvalLines++;
        if (outcome == Outcome.ALLOWED) {
          outcome = Outcome.NEEDS_APPROVAL;
        }
        AuthorityRoute r = d.approval().orElseThrow();
        if (approval == null || r.chain().size() > approval.chain().size()) {
          approval = r;
        }
      }
    }
    if (outcome == Outcome.REFUSED) {
      approval = null;
      steps.add(
          "pricing.quote",
          "refused: %s of %s lines refused%s",
          refusedLines,
          n,
          documentRefused ? ", document discount refused" : "");
    } else if (outcome == Outcome.NEEDS_APPROVAL) {
      steps.add(
          "pricing.quote",
          "%s of %s lines need approval; the most senior approver needed is %s, via %s",
          approvalLines,
          n,
          approval.approver().orElseThrow(),
          approval.chain());
    } else {
      steps.add("pricing.quote", "all %s lines within %s's own authority", n, context.requester());
    }
    return new QuoteDecision(
        quote,
        decided.build(),
        document,
        outcome,
        approval,
        steps,
        chains.get(context.requester()));
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
    Product product = line.product();
    BigDecimal quantity = line.quantity();
    LocalDate date = context.date();
    CustomerGroup group = context.customerGroup().orElse(null);
    line.requestedUnitPrice()
        .ifPresent(p -> Arguments.inCurrency(p, currency, "requestedUnitPrice"));
    product
        .purchasePrice()
        .ifPresent(
            p -> {
              if (!p.getCurrencyUnit().equals(currency)) {
                Arguments.inCurrency(p, currency, "purchasePrice of " + product.id());
              }
            });
    Steps steps = new Steps();
    Listed found = find(product.id(), date, group);
    Money listUnit;
    Money floorUnit;
    String source;
    Money offerUnit = zero;
    if (found == null) {
      Optional<OffListApproval> approval = line.offListApproval();
      if (approval.isEmpty()) {
        steps.add(
            "pricing.off-list",
            "%s is on no price list valid on %s for %s: it may be quoted only at a price agreed"
                + " by %s named approver(s); refused",
            product,
            date,
            group == null ? "any customer" : "customer group " + group,
            policy.offListApproversRequired());
        return new Priced(line, steps, null, zero, zero, zero, zero, zero, null);
      }
      OffListApproval a = approval.get();
      Arguments.inCurrency(a.unitPrice(), currency, "offListApproval.unitPrice");
      if (a.approvedBy().size() < policy.offListApproversRequired()) {
        steps.add(
            "pricing.off-list",
            "%s is on no price list; the price %s was agreed by %s, but %s named approvers are"
                + " needed; refused",
            product,
            a.unitPrice(),
            a.approvedBy(),
            policy.offListApproversRequired());
        return new Priced(line, steps, null, zero, zero, zero, zero, zero, null);
      }
      listUnit = a.unitPrice();
      floorUnit = zero;
      source = OFF_LIST_SOURCE;
      steps.add(
          "pricing.off-list",
          "%s is on no price list; price %s per unit agreed by %s on %s",
          product,
          listUnit,
          a.approvedBy(),
          a.date());
    } else {
      listUnit = found.entry.basePrice();
      floorUnit = found.floorUnit;
      source = found.list.code();
      steps.add(
          "pricing.list-price",
          "%s: list price %s per unit from %s",
          product,
          listUnit,
          found.list);
      Money running = listUnit;
      Offer[] candidates = found.offers;
      boolean onList = policy.stacking() == Stacking.ON_LIST_PRICE;
      for (int k = 0; k < candidates.length; k++) {
        Offer offer = candidates[k];
        if (!open[offer.index] || !offer.covers(product)) {
          continue;
        }
        Money off;
        if (onList || offer.percent == null) {
          off = found.offOnList[k];
        } else {
          off = offer.percent.of(running, rounding);
        }
        if (off.isGreaterThan(running)) {
          off = running;
        }
        running = running.minus(off);
        offerUnit = offerUnit.plus(off);
        steps.add(
            "pricing.standard-offer",
            "standard offer %s applied without approval: %s per unit off",
            offer.offer,
            off);
      }
      if (policy.offerCap().isPresent()) {
        Money cap = policy.offerCap().get().of(listUnit, rounding);
        if (offerUnit.isGreaterThan(cap)) {
          steps.add(
              "pricing.offer-cap",
              "standard offers of %s per unit capped at %s of the list price: %s per unit",
              offerUnit,
              policy.offerCap().get(),
              cap);
          offerUnit = cap;
        }
      }
    }
    Money offerPrice = listUnit.minus(offerUnit);
    Money extraUnit = zero;
    if (line.requestedExtraDiscount().isPresent()) {
      Percent p = line.requestedExtraDiscount().get();
      Money base = policy.extraDiscountBase() == DiscountBase.LIST_PRICE ? listUnit : offerPrice;
      extraUnit = p.of(base, rounding);
      steps.add(
          "pricing.extra-discount",
          "extra discount of %s of the %s %s asked for: %s per unit",
          p,
          policy.extraDiscountBase() == DiscountBase.LIST_PRICE ? "list price" : "offer price",
          base,
          extraUnit);
    } else if (line.requestedUnitPrice().isPresent()) {
      Money asked = line.requestedUnitPrice().get();
      if (asked.isLessThan(offerPrice)) {
        extraUnit = offerPrice.minus(asked);
        steps.add(
            "pricing.extra-discount",
            "net price %s per unit asked for, %s under the offer price %s",
            asked,
            extraUnit,
            offerPrice);
      } else {
        steps.add(
            "pricing.extra-discount",
            "net price %s per unit asked for is not under the offer price %s; the published"
                + " offers stand and the price is %s",
            asked,
            offerPrice,
            offerPrice);
      }
    }
    return new Priced(
        line,
        steps,
        source,
        listUnit,
        times(listUnit, quantity),
        times(offerUnit, quantity),
        times(extraUnit, quantity),
        floorUnit,
        line.requestedExtraDiscount().orElse(null));
  }

  /** Stage two: document share, floor, bought-in margin, the sale's stage and authority. */
  private PricingDecision decide(
      Priced p, Money documentShare, PricingContext context, ContractStage stage) {
    QuoteLine line = p.line;
    Steps steps = p.steps;
    if (p.source == null) {
      return new PricingDecision(
          line,
          context,
          Optional.empty(),
          zero,
          zero,
          zero,
          zero,
          zero,
          zero,
          Percent.ZERO,
          Outcome.REFUSED,
          null,
          rounding,
          steps);
    }
    BigDecimal quantity = line.quantity();
    Money extra = p.extraAmount;
    if (documentShare.isPositive()) {
      extra = extra.plus(documentShare);
      steps.add(
          "pricing.document-discount",
          "share of the document discount: %s, extra discount on the line now %s",
          documentShare,
          extra);
    }
    Money net = p.listAmount.minus(p.offerAmount).minus(extra);
    Money floor = times(p.floorUnit, quantity);
    Money base =
        policy.extraDiscountBase() == DiscountBase.LIST_PRICE
            ? p.listAmount
            : p.listAmount.minus(p.offerAmount);
    Percent extraPercent;
    if (p.askedPercent != null) {
      // The percent asked for is checked as asked, not as recomputed from the rounded amount.
      extraPercent =
          documentShare.isZero()
              ? p.askedPercent
              : p.askedPercent.plus(percentOf(documentShare, base));
    } else {
      extraPercent = percentOf(extra, base);
    }
    Optional<String> source = Optional.of(p.source);
    boolean refused = false;
    if (net.isLessThan(floor)) {
      refused = true;
      steps.add(
          "pricing.floor",
          "net %s is below the floor %s (%s per unit x %s): refused whoever asks",
          net,
          floor,
          p.floorUnit,
          quantity);
    } else {
      steps.add("pricing.floor", "net %s is not below the floor %s", net, floor);
    }
    Product product = line.product();
    if (product.boughtIn()) {
      Money purchase = product.purchasePrice().orElseThrow();
      Money leastNet = times(purchase.plus(policy.boughtInMinimumMargin()), quantity);
      if (net.isLessThan(leastNet)) {
        refused = true;
        steps.add(
            "pricing.bought-in-margin",
            "bought in at %s per unit: net %s is under %s, the purchase price plus the minimum"
                + " margin of %s per unit x %s; refused",
            purchase,
            net,
            leastNet,
            policy.boughtInMinimumMargin(),
            quantity);
      } else {
        steps.add(
            "pricing.bought-in-margin",
            "bought in at %s per unit: net %s keeps at least the minimum margin of %s per unit"
                + " (least net %s)",
            purchase,
            net,
            policy.boughtInMinimumMargin(),
            leastNet);
      }
    }
    if (stage != null && extra.isPositive()) {
      if (extraAllowedAt[stage.ordinal()]) {
        steps.add(
            "pricing.stage",
            "extra discount %s asked at the %s stage, where the policy allows one",
            extra,
            stageName(stage));
      } else {
        refused = true;
        steps.add(
            "pricing.stage",
            "extra discount %s asked at the %s stage: an extra discount is possible only at %s,"
                + " never later; refused whoever asks (published standard offers still apply: %s off"
                + " the line)",
            extra,
            stageName(stage),
            extraStagesText,
            p.offerAmount);
      }
    }
    Outcome outcome;
    AuthorityRoute route = null;
    if (refused) {
      outcome = Outcome.REFUSED;
    } else if (!extra.isPositive()) {
      outcome = Outcome.ALLOWED;
      steps.add(
          "pricing.authority", "no extra discount: published standard offers need no approval");
    } else {
      Subject subject = groupSubjects.getOrDefault(product.group(), policy.discountSubject());
      AuthorityRequest request =
          AuthorityRequest.builder().subject(subject).percent(extraPercent).amount(extra).build();
      route = route(context, subject, request, steps);
      if (route.withinOwnAuthority()) {
        outcome = Outcome.ALLOWED;
        steps.add(
            "pricing.authority",
            "extra discount %s (%s) is within the authority of %s",
            extraPercent,
            extra,
            context.requester());
      } else if (route.needsApproval()) {
        outcome = Outcome.NEEDS_APPROVAL;
        steps.add(
            "pricing.authority",
            "extra discount %s (%s) is beyond the authority of %s: needs %s, via %s",
            extraPercent,
            extra,
            context.requester(),
            route.approver().orElseThrow(),
            route.chain());
      } else {
        outcome = Outcome.REFUSED;
        steps.add(
            "pricing.authority",
            "extra discount %s (%s) is beyond every authority open to %s: refused",
            extraPercent,
            extra,
            context.requester());
      }
    }
    return new PricingDecision(
        line,
        context,
        source,
        p.listUnit,
        p.listAmount,
        p.offerAmount,
        extra,
        documentShare,
        floor,
        extraPercent,
        outcome,
        route,
        rounding,
        steps);
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
      PricingContext context, Subject subject, AuthorityRequest request, Steps steps) {
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
              "pricing.quota",
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
            "pricing.quota",
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
