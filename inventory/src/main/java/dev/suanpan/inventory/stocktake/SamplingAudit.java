package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Finance's sampling audit of an area's count (抽盘, 004 篇3 仓库盘点流程 §2). Finance samples only a count
 * that has been recounted ({@link Recount}) by the {@link RecountTeam}: the warehouse supervisor
 * with the others the team names. {@link #plan} chooses what to trace, from a caller's seed or a
 * caller's own choice: a share of the goods found in the area (drawn from the goods, checked
 * against the count sheet: 从实物中抽取20%复核初盘资料) and a share of the count sheet's lines (drawn from the
 * sheet, checked against the goods: 从初盘资料中抽取30%对实物进行抽盘), together covering a share of the stock's
 * book value (抽盘量要求占总库存的50%; measured by book value, an interpretation). {@link #evaluate} compares
 * what the auditor found with the standing count and orders a recount of the whole area when the
 * error rate is above the policy's limit. Deterministic; thread-safe.
 */
public final class SamplingAudit {
  private final AuditPolicy policy;
  private final RecountTeam team;

  /** An audit by {@code policy} of counts recounted by {@code team}. */
  public SamplingAudit(AuditPolicy policy, RecountTeam team) {
    this.policy = Arguments.notNull(policy, "policy");
    this.team = Arguments.notNull(team, "team");
  }

  /** The policy. */
  public AuditPolicy policy() {
    return policy;
  }

  /** The team that must have recounted the area. */
  public RecountTeam team() {
    return team;
  }

  /**
   * A plan drawn with {@code seed}: the policy's share of {@code goods} (the items found in the
   * area) and of the standing count sheet's items, each drawn without replacement from its own
   * population; if together they cover less than the minimum share of the book value, the largest
   * uncovered items of the sheet are added to the sheet-to-goods sample until they do.
   *
   * @throws IllegalArgumentException if the goods or the book are empty, or the book is in mixed
   *     currencies
   */
  public AuditPlan plan(
      Recount recount, List<ItemId> goods, Map<ItemId, BookEntry> book, long seed) {
    Arguments.notNull(recount, "recount");
    Arguments.notNull(goods, "goods");
    Arguments.notNull(book, "book");
    CountSheet sheet = recount.standing();
    Arguments.check(!book.isEmpty(), "book of area %s must not be empty", sheet.area());
    Arguments.check(!goods.isEmpty(), "goods of area %s must not be empty", sheet.area());
    List<ItemId> population = new ArrayList<>(new LinkedHashSet<>(goods));
    List<ItemId> lines = new ArrayList<>(sheet.items());
    List<ItemId> fromGoods =
        SeededSample.choose(population, required(policy.countedToBook(), population.size()), seed);
    List<ItemId> fromSheet =
        new ArrayList<>(
            SeededSample.choose(lines, required(policy.bookToShelf(), lines.size()), ~seed));
    Set<ItemId> sampled = new LinkedHashSet<>(fromGoods);
    sampled.addAll(fromSheet);
    Money total = total(book);
    List<ItemId> byValue = new ArrayList<>(lines);
    byValue.sort(
        Comparator.comparing(
                (ItemId i) ->
                    book.containsKey(i) ? book.get(i).value().getAmount() : BigDecimal.ZERO)
            .reversed());
    for (ItemId item : byValue) {
      if (covers(covered(book, sampled, total.getCurrencyUnit()), total)) {
        break;
      }
      if (sampled.add(item)) {
        fromSheet.add(item);
      }
    }
    return build(sheet, book, fromGoods, fromSheet);
  }

  /**
   * A plan of the caller's own choice.
   *
   * @throws IllegalArgumentException if a sample is smaller than the policy's share of its
   *     population, {@code fromGoods} names an item not among {@code goods}, {@code fromSheet} an
   *     item not on the count sheet, or the samples cover less than the minimum share of the book
   *     value
   */
  public AuditPlan plan(
      Recount recount,
      List<ItemId> goods,
      Map<ItemId, BookEntry> book,
      List<ItemId> fromGoods,
      List<ItemId> fromSheet) {
    Arguments.notNull(recount, "recount");
    Arguments.notNull(goods, "goods");
    Arguments.notNull(book, "book");
    Arguments.notNull(fromGoods, "fromGoods");
    Arguments.notNull(fromSheet, "fromSheet");
    CountSheet sheet = recount.standing();
    Arguments.check(!book.isEmpty(), "book of area %s must not be empty", sheet.area());
    Set<ItemId> population = new LinkedHashSet<>(goods);
    int needGoods = required(policy.countedToBook(), population.size());
    int needSheet = required(policy.bookToShelf(), sheet.items().size());
    Arguments.check(
        Set.copyOf(fromGoods).size() >= needGoods,
        "fromGoods must hold at least %s of the %s items of goods (%s), held %s",
        needGoods,
        population.size(),
        policy.countedToBook(),
        fromGoods.size());
    Arguments.check(
        Set.copyOf(fromSheet).size() >= needSheet,
        "fromSheet must hold at least %s of the %s items on the count sheet (%s), held %s",
        needSheet,
        sheet.items().size(),
        policy.bookToShelf(),
        fromSheet.size());
    for (ItemId i : fromGoods) {
      Arguments.check(population.contains(i), "fromGoods item %s is not among the goods", i);
    }
    for (ItemId i : fromSheet) {
      Arguments.check(sheet.items().contains(i), "fromSheet item %s is not on the count sheet", i);
    }
    AuditPlan plan = build(sheet, book, fromGoods, fromSheet);
    Arguments.check(
        covers(plan.coveredValue(), plan.totalValue()),
        "the samples cover %s of %s, less than %s",
        plan.coveredValue(),
        plan.totalValue(),
        policy.minimumCoverage());
    return plan;
  }

  /**
   * Compares the auditor's findings (the quantity found on the shelf for each sampled item) with
   * the standing count of {@code recount}. First, the recount must be the team's ({@link
   * StocktakeRule#RECOUNT_TEAM}): otherwise {@link Outcome#REFUSED}, finance does not sample. An
   * item disagrees when the quantity found differs from the count (an item found but not on the
   * sheet counts as 0). Above the maximum error rate the result is {@link Outcome#HELD}: the
   * warehouse supervisor recounts the whole area; otherwise {@link Outcome#ALLOWED}.
   *
   * @throws IllegalArgumentException if the plan is of another area, or a sampled item has no
   *     finding
   */
  public AuditDecision evaluate(AuditPlan plan, Recount recount, Map<ItemId, BigDecimal> found) {
    Arguments.notNull(plan, "plan");
    Arguments.notNull(recount, "recount");
    Arguments.notNull(found, "found");
    CountSheet sheet = recount.standing();
    Arguments.check(
        plan.area().equals(sheet.area()),
        "plan of area %s must be of the recounted area %s",
        plan.area(),
        sheet.area());
    Explanation.Builder why = Explanation.builder();
    if (!recountTeam(why, recount)) {
      return ImmutableAuditDecision.builder()
          .outcome(Outcome.REFUSED)
          .explanation(why.build())
          .plan(plan)
          .errorRate(Percent.ZERO)
          .build();
    }
    ImmutableList<CountDifference> errors = errors(plan, sheet, found);
    int n = plan.sampled().size();
    Percent rate =
        Percent.of(
            BigDecimal.valueOf(errors.size() * 100L)
                .divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
    sample(why, plan);
    boolean recountOrdered = rate.isGreaterThan(policy.maximumErrorRate());
    if (recountOrdered) {
      recount(why, plan, errors.size(), n, rate);
    } else {
      accepted(why, plan, errors.size(), n, rate);
    }
    return ImmutableAuditDecision.builder()
        .outcome(recountOrdered ? Outcome.HELD : Outcome.ALLOWED)
        .explanation(why.build())
        .plan(plan)
        .errors(errors)
        .errorRate(rate)
        .build();
  }

  /** {@link StocktakeRule#RECOUNT_TEAM}: true when the team recounted. */
  private boolean recountTeam(Explanation.Builder why, Recount recount) {
    CountSheet second = recount.second();
    boolean ok = team.counted(second);
    if (ok) {
      why.add(
          StocktakeRule.RECOUNT_TEAM,
          "area %s recounted by %s with %s others before sampling, %s differences traced",
          second.area(),
          second.leader(),
          second.helpers().size(),
          recount.differences().size());
    } else {
      why.add(
          StocktakeRule.RECOUNT_TEAM,
          "area %s recounted by %s with %s others, not by %s with %s: finance does not sample it",
          second.area(),
          second.leader(),
          second.helpers().size(),
          team.supervisor(),
          team.others());
    }
    return ok;
  }

  /** The sampled items where the count and the shelf disagree. */
  private static ImmutableList<CountDifference> errors(
      AuditPlan plan, CountSheet sheet, Map<ItemId, BigDecimal> found) {
    ImmutableList.Builder<CountDifference> errors = ImmutableList.builder();
    for (ItemId item : plan.sampled()) {
      BigDecimal onShelf = found.get(item);
      Arguments.check(onShelf != null, "found must have the quantity of sampled item %s", item);
      BigDecimal counted = sheet.count(item).orElse(BigDecimal.ZERO);
      if (counted.compareTo(onShelf) != 0) {
        errors.add(new CountDifference(item, counted, onShelf));
      }
    }
    return errors.build();
  }

  /** {@link StocktakeRule#SAMPLE}. */
  private static void sample(Explanation.Builder why, AuditPlan plan) {
    why.add(
        StocktakeRule.SAMPLE,
        "area %s: %s items drawn from the goods checked against the count sheet, %s drawn from"
            + " the count sheet checked against the goods, covering %s of %s",
        plan.area(),
        plan.fromGoods().size(),
        plan.fromSheet().size(),
        plan.coveredValue(),
        plan.totalValue());
  }

  /** {@link StocktakeRule#ACCEPTED}. */
  private void accepted(Explanation.Builder why, AuditPlan plan, int errors, int n, Percent rate) {
    why.add(
        StocktakeRule.ACCEPTED,
        "%s of %s sampled items disagree (%s), within %s: the count of area %s stands",
        errors,
        n,
        rate,
        policy.maximumErrorRate(),
        plan.area());
  }

  /** {@link StocktakeRule#RECOUNT}. */
  private void recount(Explanation.Builder why, AuditPlan plan, int errors, int n, Percent rate) {
    why.add(
        StocktakeRule.RECOUNT,
        "%s of %s sampled items disagree (%s), above %s: the warehouse supervisor recounts area %s in full",
        errors,
        n,
        rate,
        policy.maximumErrorRate(),
        plan.area());
  }

  private AuditPlan build(
      CountSheet sheet,
      Map<ItemId, BookEntry> book,
      List<ItemId> fromGoods,
      List<ItemId> fromSheet) {
    Money total = total(book);
    Set<ItemId> sampled = new LinkedHashSet<>(fromGoods);
    sampled.addAll(fromSheet);
    return AuditPlan.builder()
        .area(sheet.area())
        .fromGoods(fromGoods)
        .fromSheet(fromSheet)
        .coveredValue(covered(book, sampled, total.getCurrencyUnit()))
        .totalValue(total)
        .build();
  }

  private static int required(Percent share, int of) {
    return share
        .fraction()
        .multiply(BigDecimal.valueOf(of))
        .setScale(0, RoundingMode.CEILING)
        .intValueExact();
  }

  private boolean covers(Money covered, Money total) {
    return covered
            .getAmount()
            .compareTo(policy.minimumCoverage().fraction().multiply(total.getAmount()))
        >= 0;
  }

  private static Money total(Map<ItemId, BookEntry> book) {
    Money total = null;
    for (Map.Entry<ItemId, BookEntry> e : book.entrySet()) {
      Money v = e.getValue().value();
      total =
          total == null
              ? v
              : total.plus(Arguments.sameCurrency(total, v, "value of " + e.getKey()));
    }
    return total;
  }

  private static Money covered(Map<ItemId, BookEntry> book, Set<ItemId> sampled, CurrencyUnit cu) {
    Money sum = Money.zero(cu);
    for (ItemId i : sampled) {
      BookEntry e = book.get(i);
      if (e != null) {
        sum = sum.plus(e.value());
      }
    }
    return sum;
  }
}
