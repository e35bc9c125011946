package dev.suanpan.testkit;

import dev.suanpan.inventory.BookPosting;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.TransferLink;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for a {@link StockBook}: histories of one item across a few warehouses, made of
 * receipts, sale issues and transfers between the warehouses, valid by construction (posted in date
 * order, no warehouse goes below zero), and the books they post into. Requires {@code
 * suanpan-inventory} on the test classpath, as {@link InventoryArbitraries} does.
 *
 * <p>Every step of a history has a day of its own, so that posting the steps in any order gives
 * each ledger the same order of movements. Dates are relative to a {@code start} the caller passes;
 * nothing reads the clock. Rejects null arguments, fewer than 2 or more than 6 warehouses, and a
 * {@code maxSteps} below 1.
 */
public final class StockBookArbitraries {
  private StockBookArbitraries() {}

  /** The item of generated books: {@link InventoryArbitraries#ITEM}. */
  public static final ItemId ITEM = InventoryArbitraries.ITEM;

  /**
   * A step of a book's history: a movement posted to one warehouse's ledger ({@link Posted}) or a
   * transfer between two ({@link Moved}).
   */
  public sealed interface Step permits Posted, Moved {
    /** The day of the step. */
    LocalDate date();

    /** Posts the step to {@code book}: {@link StockBook#post} or {@link StockBook#transfer}. */
    BookPosting postTo(StockBook book);
  }

  /**
   * A movement (a receipt or a sale issue) posted to the ledger of {@link #ITEM} at a warehouse.
   */
  public record Posted(WarehouseId warehouse, Movement movement) implements Step {
    /** Rejects nulls. */
    public Posted {
      Arguments.notNull(warehouse, "warehouse");
      Arguments.notNull(movement, "movement");
    }

    @Override
    public LocalDate date() {
      return movement.date();
    }

    @Override
    public BookPosting postTo(StockBook book) {
      return book.post(ITEM, warehouse, movement);
    }
  }

  /** A transfer between two warehouses. */
  public record Moved(TransferLink transfer) implements Step {
    /** Rejects a null transfer. */
    public Moved {
      Arguments.notNull(transfer, "transfer");
    }

    @Override
    public LocalDate date() {
      return transfer.date();
    }

    @Override
    public BookPosting postTo(StockBook book) {
      return book.transfer(
          transfer.item(),
          transfer.from(),
          transfer.to(),
          transfer.date(),
          transfer.document(),
          transfer.quantity());
    }
  }

  /** The warehouses of a generated book: WH-1, WH-2, ... */
  public static WarehouseId warehouse(int n) {
    return WarehouseId.of("WH-" + n);
  }

  private record Draw(int kind, int from, int to, long quantity, long unitCostCents, int share) {}

  /**
   * Histories of 1 to {@code maxSteps} steps across {@code warehouses} warehouses from {@code
   * start}, in date order, one step a day with gaps of up to 5 days (so they cross months):
   * receipts (0.01 to 100 units at 0.01 to 1,000.00 a unit), sale issues and transfers of 1% to
   * 100% of what the warehouse holds (to 0.01, rounded down).
   */
  public static Arbitrary<List<Step>> histories(LocalDate start, int warehouses, int maxSteps) {
    return histories(start, warehouses, maxSteps, false);
  }

  /**
   * Histories as {@link #histories(LocalDate, int, int)} whose transfers go only onward, from a
   * warehouse to one numbered after it (a central warehouse supplying branches, a branch supplying
   * its counters), never back: no loop of transfers feeds a warehouse its own goods. Under the
   * month-end average a loop within a month has no single cost (the month's average of each
   * warehouse depends on the other's, and rounding can settle them on either of two fen), so the
   * order of posting can matter there; onward histories are free of it.
   */
  public static Arbitrary<List<Step>> onwardHistories(
      LocalDate start, int warehouses, int maxSteps) {
    return histories(start, warehouses, maxSteps, true);
  }

  private static Arbitrary<List<Step>> histories(
      LocalDate start, int warehouses, int maxSteps, boolean onward) {
    Arguments.notNull(start, "start");
    Arguments.check(
        warehouses >= 2 && warehouses <= 6,
        "warehouses must be between 2 and 6, was %s",
        warehouses);
    Arguments.check(maxSteps >= 1, "maxSteps must be at least 1, was %s", maxSteps);
    Arbitrary<Draw> draw =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(1, warehouses),
                Arbitraries.integers().between(1, warehouses - 1),
                Arbitraries.longs().between(1, 10_000),
                Arbitraries.longs().between(1, 100_000),
                Arbitraries.integers().between(1, 100))
            .as(Draw::new);
    Arbitrary<Integer> gap = Arbitraries.integers().between(1, 5);
    return Combinators.combine(
            draw.list().ofMinSize(1).ofMaxSize(maxSteps), gap.list().ofSize(maxSteps))
        .as((draws, gaps) -> history(draws, gaps, start, warehouses, onward));
  }

  /** Histories of up to 3 warehouses and 24 steps from 1 January 2024; see {@link #histories}. */
  public static Arbitrary<List<Step>> histories() {
    return histories(LocalDate.of(2024, 1, 1), 3, 24);
  }

  private static List<Step> history(
      List<Draw> draws, List<Integer> gaps, LocalDate start, int warehouses, boolean onward) {
    List<Step> out = new ArrayList<>();
    BigDecimal[] onHand = new BigDecimal[warehouses + 1];
    java.util.Arrays.fill(onHand, BigDecimal.ZERO);
    LocalDate date = start;
    for (int i = 0; i < draws.size(); i++) {
      Draw d = draws.get(i);
      date = date.plusDays(gaps.get(i));
      int from = d.from();
      int to = d.to() >= from ? d.to() + 1 : d.to();
      if (onward && to < from) {
        int t = to;
        to = from;
        from = t;
      }
      BigDecimal share =
          onHand[from]
              .multiply(BigDecimal.valueOf(d.share()))
              .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
      String doc = "S-" + (i + 1);
      if (d.kind() >= 4 && share.signum() > 0) {
        out.add(
            new Moved(new TransferLink(ITEM, doc, warehouse(from), warehouse(to), date, share)));
        onHand[from] = onHand[from].subtract(share);
        onHand[to] = onHand[to].add(share);
      } else if (d.kind() >= 2 && share.signum() > 0) {
        out.add(
            new Posted(
                warehouse(from), Movement.saleIssue(date, doc, share, UnitOfMeasure.PIECES)));
        onHand[from] = onHand[from].subtract(share);
      } else {
        BigDecimal quantity = BigDecimal.valueOf(d.quantity(), 2);
        out.add(
            new Posted(
                warehouse(from),
                Movement.receipt(
                    date,
                    doc,
                    quantity,
                    UnitOfMeasure.PIECES,
                    BigDecimal.valueOf(d.unitCostCents(), 2),
                    "PO-" + doc)));
        onHand[from] = onHand[from].add(quantity);
      }
    }
    return out;
  }

  /**
   * A book of empty ledgers of {@link #ITEM} in pieces and CNY at warehouses WH-1 to WH-{@code
   * warehouses}, each valued by {@code policy}.
   */
  public static StockBook open(CostingPolicy policy, int warehouses) {
    Arguments.notNull(policy, "policy");
    Arguments.check(warehouses >= 1, "warehouses must be at least 1, was %s", warehouses);
    StockBook book = StockBook.empty();
    for (int w = 1; w <= warehouses; w++) {
      book =
          book.with(
              StockLedger.open(
                  ITEM, warehouse(w), UnitOfMeasure.PIECES, MoneyArbitraries.CNY, policy));
    }
    return book;
  }

  /**
   * A history posted to a book: the {@code book} after it, the steps it {@code accepted} and their
   * {@code postings}, in the order posted.
   */
  public record Replay(StockBook book, List<Step> accepted, List<BookPosting> postings) {
    /** Rejects nulls; keeps copies of the lists. */
    public Replay {
      Arguments.notNull(book, "book");
      accepted = List.copyOf(accepted);
      postings = List.copyOf(postings);
    }
  }

  /**
   * Posts {@code steps} to {@code book} in the order given, skipping those refused (under a policy
   * rejecting negative stock a step posted before what it draws on is refused).
   */
  public static Replay replay(StockBook book, List<? extends Step> steps) {
    Arguments.notNull(book, "book");
    Arguments.notNull(steps, "steps");
    StockBook b = book;
    List<Step> accepted = new ArrayList<>();
    List<BookPosting> postings = new ArrayList<>();
    for (Step s : steps) {
      BookPosting p = s.postTo(b);
      if (p.isAllowed()) {
        b = p.book();
        accepted.add(s);
        postings.add(p);
      }
    }
    return new Replay(b, accepted, postings);
  }

  /** The steps sorted by date (a stable sort). */
  public static List<Step> inDateOrder(List<? extends Step> steps) {
    Arguments.notNull(steps, "steps");
    List<Step> sorted = new ArrayList<>(steps);
    sorted.sort(Comparator.comparing(Step::date));
    return sorted;
  }
}
