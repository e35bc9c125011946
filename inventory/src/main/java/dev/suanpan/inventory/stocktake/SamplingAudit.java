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
 * Finance's sampling audit of an area's count (抽查). {@link #plan} chooses what to trace, from a
 * caller's seed or a caller's own choice; {@link #evaluate} compares what the auditor found on the
 * shelf with the count sheet and orders a recount of the whole area when the error rate is above
 * the policy's limit. Deterministic; thread-safe.
 */
public final class SamplingAudit {
  private final AuditPolicy policy;

  /** An audit by {@code policy}. */
  public SamplingAudit(AuditPolicy policy) {
    this.policy = Arguments.notNull(policy, "policy");
  }

  /** The policy. */
  public AuditPolicy policy() {
    return policy;
  }

  /**
   * A plan drawn with {@code seed}: the policy's share of counted items and of book items, drawn
   * without replacement; if together they cover less than the minimum share of the book value, the
   * largest uncovered book items are added to the book-to-shelf sample until they do.
   *
   * @throws IllegalArgumentException if the book is empty or in mixed currencies
   */
  public AuditPlan plan(CountSheet sheet, Map<ItemId, BookEntry> book, long seed) {
    Arguments.notNull(sheet, "sheet");
    Arguments.notNull(book, "book");
    Arguments.check(!book.isEmpty(), "book of area %s must not be empty", sheet.area());
    List<ItemId> counted = new ArrayList<>(sheet.counts().keySet());
    List<ItemId> bookItems = new ArrayList<>(book.keySet());
    List<ItemId> toBook =
        SeededSample.choose(counted, required(policy.countedToBook(), counted.size()), seed);
    List<ItemId> toShelf =
        new ArrayList<>(
            SeededSample.choose(
                bookItems, required(policy.bookToShelf(), bookItems.size()), ~seed));
    Set<ItemId> sampled = new LinkedHashSet<>(toBook);
    sampled.addAll(toShelf);
    Money total = total(book);
    List<ItemId> byValue = new ArrayList<>(bookItems);
    byValue.sort(Comparator.comparing((ItemId i) -> book.get(i).value()).reversed());
    for (ItemId item : byValue) {
      if (covers(covered(book, sampled, total.getCurrencyUnit()), total)) {
        break;
      }
      if (sampled.add(item)) {
        toShelf.add(item);
      }
    }
    return build(sheet, book, toBook, toShelf);
  }

  /**
   * A plan of the caller's own choice.
   *
   * @throws IllegalArgumentException if a sample is smaller than the policy's share, names an item
   *     that was not counted or is not on the book, or the samples cover less than the minimum
   *     share of the book value
   */
  public AuditPlan plan(
      CountSheet sheet,
      Map<ItemId, BookEntry> book,
      List<ItemId> countedToBook,
      List<ItemId> bookToShelf) {
    Arguments.notNull(sheet, "sheet");
    Arguments.notNull(book, "book");
    Arguments.notNull(countedToBook, "countedToBook");
    Arguments.notNull(bookToShelf, "bookToShelf");
    Arguments.check(!book.isEmpty(), "book of area %s must not be empty", sheet.area());
    int needCounted = required(policy.countedToBook(), sheet.counts().size());
    int needBook = required(policy.bookToShelf(), book.size());
    Arguments.check(
        Set.copyOf(countedToBook).size() >= needCounted,
        "countedToBook must hold at least %s of the %s counted items (%s), held %s",
        needCounted,
        sheet.counts().size(),
        policy.countedToBook(),
        countedToBook.size());
    Arguments.check(
        Set.copyOf(bookToShelf).size() >= needBook,
        "bookToShelf must hold at least %s of the %s book items (%s), held %s",
        needBook,
        book.size(),
        policy.bookToShelf(),
        bookToShelf.size());
    for (ItemId i : countedToBook) {
      Arguments.check(sheet.counts().containsKey(i), "countedToBook item %s was not counted", i);
    }
    for (ItemId i : bookToShelf) {
      Arguments.check(book.containsKey(i), "bookToShelf item %s is not on the book", i);
    }
    AuditPlan plan = build(sheet, book, countedToBook, bookToShelf);
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
   * the count sheet. An item disagrees when the quantity found differs from the count (an item on
   * the book but missing from the sheet counts as 0). Above the maximum error rate the result is
   * {@link Outcome#HELD}: the warehouse head recounts the whole area; otherwise {@link
   * Outcome#ALLOWED}.
   *
   * @throws IllegalArgumentException if a sampled item has no finding
   */
  public AuditDecision evaluate(AuditPlan plan, CountSheet sheet, Map<ItemId, BigDecimal> found) {
    Arguments.notNull(plan, "plan");
    Arguments.notNull(sheet, "sheet");
    Arguments.notNull(found, "found");
    ImmutableList<CountDifference> errors = errors(plan, sheet, found);
    int n = plan.sampled().size();
    Percent rate =
        Percent.of(
            BigDecimal.valueOf(errors.size() * 100L)
                .divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
    Explanation.Builder why = Explanation.builder();
    sample(why, plan);
    boolean recount = rate.isGreaterThan(policy.maximumErrorRate());
    if (recount) {
      recount(why, plan, errors.size(), n, rate);
    } else {
      accepted(why, plan, errors.size(), n, rate);
    }
    return ImmutableAuditDecision.builder()
        .outcome(recount ? Outcome.HELD : Outcome.ALLOWED)
        .explanation(why.build())
        .plan(plan)
        .errors(errors)
        .errorRate(rate)
        .build();
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
        "area %s: %s counted items traced to the book, %s book items traced to the shelf,"
            + " covering %s of %s",
        plan.area(),
        plan.countedToBook().size(),
        plan.bookToShelf().size(),
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
        "%s of %s sampled items disagree (%s), above %s: the warehouse head recounts area %s",
        errors,
        n,
        rate,
        policy.maximumErrorRate(),
        plan.area());
  }

  private AuditPlan build(
      CountSheet sheet, Map<ItemId, BookEntry> book, List<ItemId> toBook, List<ItemId> toShelf) {
    Money total = total(book);
    Set<ItemId> sampled = new LinkedHashSet<>(toBook);
    sampled.addAll(toShelf);
    return AuditPlan.builder()
        .area(sheet.area())
        .countedToBook(toBook)
        .bookToShelf(toShelf)
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
