package dev.suanpan.inventory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.joda.money.Money;

/**
 * The stock ledgers of a business, one per item and warehouse, and the transfers between them (转仓单,
 * 004 篇3): a posting that re-values movements follows the goods. A transfer in is valued at its
 * transfer out's cost, so when a back-dated posting (or a re-valuation) changes the cost of a
 * transfer out, the book re-values the transfer in and what follows it in the receiving ledger, and
 * from there on, transitively, through every chain of transfers. One posting returns every change
 * it caused, a {@link Posting} per ledger touched with its journal entries ({@link BookPosting}).
 *
 * <p>Immutable: every operation returns a {@link BookPosting} holding the new book. Transfers are
 * posted with {@link #transfer}, which the book links by their note; a movement of a transfer kind
 * given to {@link #post} is rejected (a ledger added with transfers already in it keeps them, not
 * linked). A re-valuation that would have to follow the goods into a closed month is refused as a
 * whole ({@link TransferRule#CANNOT_FOLLOW}), as is a loop of transfers within a month under the
 * month-end average that does not settle on one cost ({@link TransferRule#NOT_SETTLED}).
 *
 * <p>Cost: following a transfer re-values the receiving ledger from the transfer in on, as a
 * back-dated insert there would, and no more: a re-valuation that reaches a chain of ledgers costs
 * what re-valuing their later movements costs. Under the month-end average each re-valued ledger is
 * posted again whole.
 *
 * <p>Rejects nulls, two ledgers of the same item and warehouse, and a ledger, item or warehouse the
 * book does not hold where one is named.
 */
public final class StockBook {
  private record Key(ItemId item, WarehouseId warehouse) {}

  private record OutKey(ItemId item, WarehouseId from, String document) {}

  /** A transfer the book holds, with its place in posting order (which orders a date's ties). */
  private record Link(TransferLink transfer, long seq) {}

  /** The transfers by their note, and by the ledger they leave, in posting order. */
  private record Links(
      ImmutableMap<OutKey, Link> byNote, ImmutableMap<Key, ImmutableList<Link>> bySource) {
    static final Links NONE = new Links(ImmutableMap.of(), ImmutableMap.of());

    Links with(OutKey note, Link link) {
      Key source = new Key(note.item(), note.from());
      ImmutableList<Link> out =
          ImmutableList.<Link>builder()
              .addAll(bySource.getOrDefault(source, ImmutableList.of()))
              .add(link)
              .build();
      Map<Key, ImmutableList<Link>> next = new LinkedHashMap<>(bySource);
      next.put(source, out);
      return new Links(
          ImmutableMap.<OutKey, Link>builder().putAll(byNote).put(note, link).build(),
          ImmutableMap.copyOf(next));
    }

    /** These links with the one of {@code note} replaced by {@code link}, or dropped if null. */
    Links replacing(OutKey note, Link link) {
      Link old = byNote.get(note);
      Map<OutKey, Link> notes = new LinkedHashMap<>();
      byNote.forEach(
          (k, v) -> {
            if (!k.equals(note)) {
              notes.put(k, v);
            } else if (link != null) {
              notes.put(k, link);
            }
          });
      Key source = new Key(note.item(), note.from());
      ImmutableList.Builder<Link> out = ImmutableList.builder();
      for (Link l : bySource.get(source)) {
        if (l != old) {
          out.add(l);
        } else if (link != null) {
          out.add(link);
        }
      }
      Map<Key, ImmutableList<Link>> next = new LinkedHashMap<>(bySource);
      next.put(source, out.build());
      return new Links(ImmutableMap.copyOf(notes), ImmutableMap.copyOf(next));
    }
  }

  private static final Comparator<Link> IN_DATE_ORDER =
      Comparator.comparing((Link l) -> l.transfer().date()).thenComparingLong(Link::seq);

  private static final StockBook EMPTY = new StockBook(ImmutableMap.of(), Links.NONE, 0);

  private final ImmutableMap<Key, StockLedger> ledgers;
  private final Links links;
  private final long nextSeq;

  private StockBook(ImmutableMap<Key, StockLedger> ledgers, Links links, long nextSeq) {
    this.ledgers = ledgers;
    this.links = links;
    this.nextSeq = nextSeq;
  }

  /** A book of no ledgers. */
  public static StockBook empty() {
    return EMPTY;
  }

  /** A book of {@code ledgers}; rejects two of the same item and warehouse. */
  public static StockBook of(Collection<StockLedger> ledgers) {
    Arguments.notNull(ledgers, "ledgers");
    StockBook book = EMPTY;
    for (StockLedger l : ledgers) {
      book = book.with(l);
    }
    return book;
  }

  /**
   * This book with {@code ledger} added; rejects a ledger of an item and warehouse the book already
   * holds. Transfers already in the ledger stay as they are, not linked.
   */
  public StockBook with(StockLedger ledger) {
    Arguments.notNull(ledger, "ledger");
    Key k = key(ledger);
    Arguments.check(
        !ledgers.containsKey(k),
        "ledger of %s at %s is already in the book",
        ledger.item(),
        ledger.warehouse());
    return new StockBook(
        ImmutableMap.<Key, StockLedger>builder().putAll(ledgers).put(k, ledger).build(),
        links,
        nextSeq);
  }

  /**
   * This book with {@code ledger} in place of the one of its item and warehouse: a later version of
   * the same movements (after {@link StockLedger#closeMonth}). Rejects a ledger the book holds none
   * of, or holding another number of movements.
   */
  public StockBook replacing(StockLedger ledger) {
    Arguments.notNull(ledger, "ledger");
    StockLedger was = ledger(ledger.item(), ledger.warehouse());
    Arguments.check(
        was.size() == ledger.size(),
        "ledger of %s at %s must hold the book's %s movements, held %s",
        ledger.item(),
        ledger.warehouse(),
        was.size(),
        ledger.size());
    Map<Key, StockLedger> next = new LinkedHashMap<>(ledgers);
    next.put(key(ledger), ledger);
    return new StockBook(ImmutableMap.copyOf(next), links, nextSeq);
  }

  /** The ledger of {@code item} in {@code warehouse}, if the book holds one. */
  public Optional<StockLedger> find(ItemId item, WarehouseId warehouse) {
    Arguments.notNull(item, "item");
    Arguments.notNull(warehouse, "warehouse");
    return Optional.ofNullable(ledgers.get(new Key(item, warehouse)));
  }

  /** The ledger of {@code item} in {@code warehouse}; rejects one the book does not hold. */
  public StockLedger ledger(ItemId item, WarehouseId warehouse) {
    return find(item, warehouse)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the book holds no ledger of " + item + " at warehouse " + warehouse));
  }

  /** The ledgers, in the order they were added. */
  public ImmutableList<StockLedger> ledgers() {
    return ledgers.values().asList();
  }

  /** The transfers the book links, in the order they were posted. */
  public ImmutableList<TransferLink> transfers() {
    return links.byNote().values().stream()
        .map(Link::transfer)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Posts {@code movement} to the ledger of {@code item} in {@code warehouse} ({@link
   * StockLedger#post}) and follows the goods: every transfer out it re-values re-values its
   * transfer in, and so on. Refused when the ledger refuses the movement, or when the re-valuation
   * cannot follow the goods.
   *
   * @throws IllegalArgumentException if the book holds no such ledger, the movement is a transfer
   *     (post those with {@link #transfer}), or the ledger rejects it
   */
  public BookPosting post(ItemId item, WarehouseId warehouse, Movement movement) {
    Arguments.notNull(movement, "movement");
    StockLedger ledger = ledger(item, warehouse);
    Arguments.check(
        movement.kind() != MovementKind.TRANSFER_IN && movement.kind() != MovementKind.TRANSFER_OUT,
        "movement %s is a %s: the book posts a transfer with transfer(...), which links both sides",
        movement.document(),
        movement.kind());
    Posting p = ledger.post(movement);
    if (!p.isAllowed()) {
      return BookPosting.refused(this, p.explanation());
    }
    Run run = new Run(links);
    run.record(key(ledger), p);
    return run.settle(nextSeq);
  }

  /**
   * Moves {@code quantity} of {@code item} from warehouse {@code from} to warehouse {@code to} on
   * {@code date} under transfer note {@code document} ({@link Transfer#move}), links the two sides,
   * and follows the goods from both (a back-dated transfer re-values what follows it in either
   * ledger). Refused when the note already moved the item out of {@code from} ({@link
   * TransferRule#NOTE_IN_USE}), or when either ledger refuses its side.
   *
   * @throws IllegalArgumentException if the book holds no ledger of the item at either warehouse,
   *     or {@link Transfer#move} rejects the transfer
   */
  public BookPosting transfer(
      ItemId item,
      WarehouseId from,
      WarehouseId to,
      LocalDate date,
      String document,
      BigDecimal quantity) {
    TransferLink t = new TransferLink(item, document, from, to, date, quantity);
    StockLedger source = ledger(item, from);
    StockLedger destination = ledger(item, to);
    OutKey ok = new OutKey(item, from, document);
    Link held = links.byNote().get(ok);
    if (held != null) {
      return BookPosting.refused(
          this,
          Explanation.builder()
              .add(
                  TransferRule.NOTE_IN_USE,
                  "transfer note %s already moved %s of %s from %s to %s on %s",
                  document,
                  held.transfer().quantity().toPlainString(),
                  item,
                  from,
                  held.transfer().to(),
                  held.transfer().date())
              .build());
    }
    Transfer.Result r = Transfer.move(source, destination, date, document, quantity);
    if (!r.out().isAllowed() || !r.in().isAllowed()) {
      return BookPosting.refused(
          this,
          Explanation.builder()
              .addAll(r.out().explanation())
              .addAll(r.in().isAllowed() ? Explanation.empty() : r.in().explanation())
              .build());
    }
    Run run = new Run(links.with(ok, new Link(t, nextSeq)));
    run.record(key(source), r.out());
    run.record(key(destination), r.in());
    return run.settle(nextSeq + 1);
  }

  /**
   * Re-values the ledger of {@code item} in {@code warehouse} under {@code policy} ({@link
   * StockLedger#revalue}) and follows the goods through its transfers out.
   *
   * @throws IllegalArgumentException if the book holds no such ledger, or the ledger rejects the
   *     policy
   */
  public BookPosting revalue(ItemId item, WarehouseId warehouse, CostingPolicy policy) {
    StockLedger ledger = ledger(item, warehouse);
    Posting p = ledger.revalue(policy);
    if (!p.isAllowed()) {
      return BookPosting.refused(this, p.explanation());
    }
    Run run = new Run(links);
    run.record(key(ledger), p);
    return run.settle(nextSeq);
  }

  /**
   * Cancels the movement of {@code kind} with document {@code document} in the ledger of {@code
   * item} at {@code warehouse} ({@link StockLedger#cancel}) and follows the goods: the transfers
   * out after it that change cost re-value their transfers in. Refused, naming the movement and the
   * reason, when the ledger refuses (a closed month, negative stock under a rejecting policy, a
   * customer return reversing it) or the re-valuation cannot follow the goods.
   *
   * @throws IllegalArgumentException if the book holds no such ledger, the kind is a transfer (use
   *     {@link #cancelTransfer}), or the ledger holds no such movement, or more than one
   */
  public BookPosting cancel(
      ItemId item, WarehouseId warehouse, MovementKind kind, String document) {
    Arguments.notNull(kind, "kind");
    notATransfer(kind, document, "cancelTransfer");
    StockLedger ledger = ledger(item, warehouse);
    return followed(ledger, ledger.cancel(kind, document));
  }

  /**
   * Cancels a movement as {@link #cancel(ItemId, WarehouseId, MovementKind, String)} does, dated as
   * {@code note} says ({@link StockLedger#cancel(MovementKind, String, ChangeNote)}: as the
   * original, or by a reversal on the day of the change), keeps who did it, when and why in the
   * ledger's {@link StockLedger#corrections() audit}, and follows the goods.
   *
   * @throws IllegalArgumentException on a null, and as the other {@code cancel}
   */
  public BookPosting cancel(
      ItemId item, WarehouseId warehouse, MovementKind kind, String document, ChangeNote note) {
    Arguments.notNull(kind, "kind");
    Arguments.notNull(note, "note");
    notATransfer(kind, document, "cancelTransfer");
    StockLedger ledger = ledger(item, warehouse);
    return followed(ledger, ledger.cancel(kind, document, note));
  }

  /**
   * Amends a posted movement of the ledger of {@code item} at {@code warehouse} ({@link
   * StockLedger#amend}: its quantity or cost, found by the replacement's date, kind and document)
   * and follows the goods. Refused as {@link #cancel} is.
   *
   * @throws IllegalArgumentException if the book holds no such ledger, the replacement is a
   *     transfer (use {@link #amendTransfer}), or the ledger rejects it
   */
  public BookPosting amend(ItemId item, WarehouseId warehouse, Movement replacement) {
    Arguments.notNull(replacement, "replacement");
    notATransfer(replacement.kind(), replacement.document(), "amendTransfer");
    StockLedger ledger = ledger(item, warehouse);
    return followed(ledger, ledger.amend(replacement));
  }

  /**
   * Amends a movement as {@link #amend(ItemId, WarehouseId, Movement)} does, keeps who did it, when
   * and why ({@code note}) in the ledger's {@link StockLedger#corrections() audit}, and follows the
   * goods.
   *
   * @throws IllegalArgumentException on a null, and as the other {@code amend}
   */
  public BookPosting amend(
      ItemId item, WarehouseId warehouse, Movement replacement, ChangeNote note) {
    Arguments.notNull(replacement, "replacement");
    Arguments.notNull(note, "note");
    notATransfer(replacement.kind(), replacement.document(), "amendTransfer");
    StockLedger ledger = ledger(item, warehouse);
    return followed(ledger, ledger.amend(replacement, note));
  }

  /**
   * Cancels the transfer of {@code item} out of {@code from} under note {@code document}: both
   * sides as if never posted, each ledger re-valued after them, the goods followed on; the book no
   * longer links the note. Refused, naming the transfer and the reason, when either ledger refuses.
   *
   * @throws IllegalArgumentException if the book holds no such transfer
   */
  public BookPosting cancelTransfer(ItemId item, WarehouseId from, String document) {
    return cancelTransferNoted(item, from, document, null);
  }

  /**
   * Cancels a transfer as {@link #cancelTransfer(ItemId, WarehouseId, String)} does and keeps who
   * did it, when and why ({@code note}) in the audit of both ledgers. A transfer is cancelled dated
   * as the original.
   *
   * @throws IllegalArgumentException on a null, a note asking for a reversal on the day of the
   *     change, and as the other {@code cancelTransfer}
   */
  public BookPosting cancelTransfer(
      ItemId item, WarehouseId from, String document, ChangeNote note) {
    Arguments.notNull(note, "note");
    Arguments.check(
        note.reversal() == ChangeNote.Reversal.AS_ORIGINAL,
        "note.reversal must be AS_ORIGINAL for transfer %s (a transfer is cancelled on both sides"
            + " dated as the original; move the goods back with a transfer of their own), was %s",
        document,
        note.reversal());
    return cancelTransferNoted(item, from, document, note);
  }

  private BookPosting cancelTransferNoted(
      ItemId item, WarehouseId from, String document, ChangeNote note) {
    OutKey ok = new OutKey(item, from, document);
    TransferLink t = held(ok);
    Explanation why =
        Explanation.builder()
            .add(
                PostingRule.CANCELLED,
                "transfer %s of %s from %s to %s on %s cancelled: both sides as if never posted",
                t.document(),
                t.item(),
                t.from(),
                t.to(),
                t.date())
            .build();
    StockLedger source = ledger(item, t.from());
    StockLedger destination = ledger(item, t.to());
    int o = outOf(source, t);
    int i = inOf(destination, t);
    Posting out = audited(source.remove(o, why), source.movement(o), null, note);
    Posting in = audited(destination.remove(i, why), destination.movement(i), null, note);
    return bothSides(t, "cancelling", out, in, links.replacing(ok, null));
  }

  /**
   * Amends the quantity of the transfer of {@code item} out of {@code from} under note {@code
   * document} to {@code quantity}: the transfer out posted again with it, the transfer in with it
   * and the out's new cost, both ledgers re-valued after them and the goods followed on. Refused,
   * naming the transfer and the reason, when either ledger refuses (negative stock under a
   * rejecting policy, a closed month).
   *
   * @throws IllegalArgumentException if the book holds no such transfer, or the quantity is not
   *     positive
   */
  public BookPosting amendTransfer(
      ItemId item, WarehouseId from, String document, BigDecimal quantity) {
    return amendTransferNoted(item, from, document, quantity, null);
  }

  /**
   * Amends a transfer's quantity as {@link #amendTransfer(ItemId, WarehouseId, String, BigDecimal)}
   * does and keeps who did it, when and why ({@code note}) in the audit of both ledgers.
   *
   * @throws IllegalArgumentException on a null, and as the other {@code amendTransfer}
   */
  public BookPosting amendTransfer(
      ItemId item, WarehouseId from, String document, BigDecimal quantity, ChangeNote note) {
    Arguments.notNull(note, "note");
    return amendTransferNoted(item, from, document, quantity, note);
  }

  private BookPosting amendTransferNoted(
      ItemId item, WarehouseId from, String document, BigDecimal quantity, ChangeNote note) {
    OutKey ok = new OutKey(item, from, document);
    TransferLink t = held(ok);
    TransferLink amended = new TransferLink(item, document, t.from(), t.to(), t.date(), quantity);
    Explanation why =
        Explanation.builder()
            .add(
                PostingRule.AMENDED,
                "transfer %s of %s from %s to %s on %s amended from %s to %s",
                t.document(),
                t.item(),
                t.from(),
                t.to(),
                t.date(),
                t.quantity().toPlainString(),
                quantity.toPlainString())
            .build();
    StockLedger source = ledger(item, t.from());
    StockLedger destination = ledger(item, t.to());
    int o = outOf(source, t);
    Movement newOut = Movement.builder().from(source.movement(o)).quantity(quantity).build();
    Posting out = audited(source.replace(o, newOut, why), source.movement(o), newOut, note);
    if (!out.isAllowed()) {
      return refusedTransfer(t, "amending", out);
    }
    int i = inOf(destination, t);
    Movement newIn =
        Movement.builder()
            .from(destination.movement(i))
            .quantity(quantity)
            .value(Money.ofMinor(destination.currency(), out.ledger().amountAt(o)))
            .build();
    Posting in = audited(destination.replace(i, newIn, why), destination.movement(i), newIn, note);
    Link link = links.byNote().get(ok);
    return bothSides(t, "amending", out, in, links.replacing(ok, new Link(amended, link.seq())));
  }

  /**
   * {@code p}, when allowed, with the correction of {@code original} (to {@code replacement}, or
   * cancelled when null) kept in its ledger's audit, with {@code note} if any.
   */
  private static Posting audited(
      Posting p, Movement original, Movement replacement, ChangeNote note) {
    return StockLedger.recorded(
        p,
        Correction.builder()
            .original(original)
            .replacement(Optional.ofNullable(replacement))
            .note(Optional.ofNullable(note)));
  }

  private TransferLink held(OutKey ok) {
    Link l = links.byNote().get(ok);
    Arguments.check(
        l != null,
        "the book holds no transfer %s of %s out of %s",
        ok.document(),
        ok.item(),
        ok.from());
    return l.transfer();
  }

  private static int outOf(StockLedger source, TransferLink t) {
    return source.positionOf(MovementKind.TRANSFER_OUT, t.date(), t.document(), t.to().code());
  }

  private static int inOf(StockLedger destination, TransferLink t) {
    return destination.positionOf(
        MovementKind.TRANSFER_IN, t.date(), t.document(), t.from().code());
  }

  private BookPosting bothSides(TransferLink t, String doing, Posting out, Posting in, Links next) {
    if (!out.isAllowed()) {
      return refusedTransfer(t, doing, out);
    }
    if (!in.isAllowed()) {
      return refusedTransfer(t, doing, in);
    }
    Run run = new Run(next);
    run.record(new Key(t.item(), t.from()), out);
    run.record(new Key(t.item(), t.to()), in);
    return run.settle(nextSeq);
  }

  private BookPosting refusedTransfer(TransferLink t, String doing, Posting refused) {
    return BookPosting.refused(
        this,
        Explanation.builder()
            .add(
                doing.equals("cancelling") ? PostingRule.CANCELLED : PostingRule.AMENDED,
                "%s transfer %s of %s from %s to %s on %s is refused at %s:",
                doing,
                t.document(),
                t.item(),
                t.from(),
                t.to(),
                t.date(),
                refused.ledger().warehouse())
            .addAll(refused.explanation())
            .build());
  }

  private static void notATransfer(MovementKind kind, String document, String instead) {
    Arguments.check(
        kind != MovementKind.TRANSFER_IN && kind != MovementKind.TRANSFER_OUT,
        "movement %s is a %s: the book changes a transfer with %s(...), which changes both sides",
        document,
        kind,
        instead);
  }

  /** {@code p}, posted to {@code ledger}, followed through the book. */
  private BookPosting followed(StockLedger ledger, Posting p) {
    if (!p.isAllowed()) {
      return BookPosting.refused(this, p.explanation());
    }
    Run run = new Run(links);
    run.record(key(ledger), p);
    return run.settle(nextSeq);
  }

  private static Key key(StockLedger ledger) {
    return new Key(ledger.item(), ledger.warehouse());
  }

  /** One posting followed through the book: the ledgers as they become, the postings made. */
  private final class Run {
    private final Links links;
    private final Map<Key, StockLedger> current = new LinkedHashMap<>(ledgers);
    private final Map<Key, List<Posting>> made = new LinkedHashMap<>();
    private final TreeSet<Link> queue = new TreeSet<>(IN_DATE_ORDER);

    Run(Links links) {
      this.links = links;
    }

    /**
     * Takes {@code p}'s ledger as the current one and queues the transfers out of it that {@code p}
     * may have re-valued: those dated on or after the first movement it re-valued (none for an
     * append). {@link #follow} looks whether their cost did change.
     */
    void record(Key k, Posting p) {
      current.put(k, p.ledger());
      made.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
      StockLedger before = p.previous();
      int from = p.revaluedFrom();
      if (from >= before.size()) {
        return;
      }
      LocalDate since = before.dateAt(from);
      for (Link l : links.bySource().getOrDefault(k, ImmutableList.of())) {
        if (!l.transfer().date().isBefore(since)) {
          queue.add(l);
        }
      }
    }

    /**
     * Follows the queued transfers, earliest first, until no transfer in differs from its transfer
     * out's cost; the book posting.
     */
    BookPosting settle(long seq) {
      int cap = 32 * (links.byNote().size() + 1);
      for (int steps = 0; !queue.isEmpty(); steps++) {
        Link l = queue.pollFirst();
        if (steps == cap) {
          return BookPosting.refused(
              StockBook.this,
              Explanation.builder()
                  .add(
                      TransferRule.NOT_SETTLED,
                      "transfers of %s within the month of %s feed each other and do not settle on"
                          + " one cost after %s re-valuations",
                      l.transfer().item(),
                      l.transfer().date(),
                      cap)
                  .build());
        }
        Optional<Explanation> refusal = follow(l.transfer());
        if (refusal.isPresent()) {
          return BookPosting.refused(StockBook.this, refusal.get());
        }
      }
      ImmutableList.Builder<Posting> postings = ImmutableList.builder();
      for (List<Posting> ps : made.values()) {
        postings.add(net(ps));
      }
      StockBook after = new StockBook(ImmutableMap.copyOf(current), links, seq);
      ImmutableList<Posting> all = postings.build();
      return BookPosting.allowed(
          after,
          all,
          () -> {
            Explanation.Builder why = Explanation.builder();
            made.values().forEach(ps -> ps.forEach(p -> why.addAll(p.explanation())));
            return why.build();
          });
    }

    /**
     * Re-values the transfer in of {@code t} at its transfer out's cost, when they differ; the
     * reason when the receiving ledger refuses.
     */
    private Optional<Explanation> follow(TransferLink t) {
      Key sk = new Key(t.item(), t.from());
      Key dk = new Key(t.item(), t.to());
      StockLedger source = current.get(sk);
      StockLedger destination = current.get(dk);
      int out = source.positionOf(MovementKind.TRANSFER_OUT, t.date(), t.document(), t.to().code());
      int in =
          destination.positionOf(MovementKind.TRANSFER_IN, t.date(), t.document(), t.from().code());
      if (out < 0 || in < 0) {
        return Optional.empty();
      }
      long cost = source.amountAt(out);
      long was = destination.inputAt(in);
      if (cost == was) {
        return Optional.empty();
      }
      Money now = Money.ofMinor(destination.currency(), cost);
      Money before = Money.ofMinor(destination.currency(), was);
      Explanation why =
          Explanation.builder()
              .add(
                  TransferRule.FOLLOWS_THE_GOODS,
                  "transfer %s of %s from %s to %s on %s: the transfer out now costs %s, so the"
                      + " transfer in is re-valued from %s to %s with what follows it",
                  t.document(),
                  t.item(),
                  t.from(),
                  t.to(),
                  t.date(),
                  now,
                  before,
                  now)
              .build();
      Movement amended = Movement.builder().from(destination.movement(in)).value(now).build();
      Posting p = destination.replace(in, amended, why);
      if (!p.isAllowed()) {
        return Optional.of(
            Explanation.builder()
                .add(
                    TransferRule.CANNOT_FOLLOW,
                    "transfer %s of %s from %s to %s on %s: the transfer in cannot follow its"
                        + " transfer out's new cost %s (was %s); nothing is posted",
                    t.document(),
                    t.item(),
                    t.from(),
                    t.to(),
                    t.date(),
                    now,
                    before)
                .addAll(p.explanation())
                .build());
      }
      record(dk, p);
      return Optional.empty();
    }

    /** One posting from the ledger as it was to the ledger as it is, of the postings made to it. */
    private Posting net(List<Posting> ps) {
      if (ps.size() == 1) {
        return ps.get(0);
      }
      Posting last = ps.get(ps.size() - 1);
      return Posting.combined(ps.get(0), last.ledger(), () -> explain(ps));
    }

    private Explanation explain(List<Posting> ps) {
      Explanation.Builder why = Explanation.builder();
      ps.forEach(p -> why.addAll(p.explanation()));
      return why.build();
    }
  }
}
