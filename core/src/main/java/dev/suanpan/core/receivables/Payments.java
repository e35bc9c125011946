package dev.suanpan.core.receivables;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The instalments a payment pays and how much of each (minor units), chosen from the instalments
 * named, in the order named, or the customer's oldest due first; nothing is changed yet.
 */
final class Payments {
  static final Payments NONE = new Payments(new ItemKey[0], new long[0], 0);

  final ItemKey[] items;
  final long[] amounts;
  final long total;

  private Payments(ItemKey[] items, long[] amounts, long total) {
    this.items = items;
    this.amounts = amounts;
    this.total = total;
  }

  /**
   * Up to {@code amount} of {@code customer}'s open instalments: those of {@code refs} in order, or
   * the oldest due first when {@code refs} is empty.
   *
   * @throws IllegalArgumentException if a named document is not a posted invoice or debit note of
   *     the customer, names an instalment it does not have, or is already paid
   */
  static Payments select(
      Posting posting, CustomerId customer, List<InstalmentRef> refs, long amount, String what) {
    List<ItemKey> keys = new ArrayList<>();
    if (refs.isEmpty()) {
      long[] open = {0};
      posting
          .account(customer)
          .items
          .forEachOldestFirst(
              key -> {
                keys.add(key);
                open[0] += posting.documents.get(key.document()).open[key.instalment()];
                return open[0] < amount;
              });
    } else {
      for (InstalmentRef ref : refs) {
        keys.addAll(named(posting, customer, ref, what));
      }
    }
    return take(posting, keys, amount);
  }

  private static List<ItemKey> named(
      Posting posting, CustomerId customer, InstalmentRef ref, String what) {
    Doc d = posting.documents.get(ref.document());
    Arguments.check(
        d != null && !d.kind.equals(Doc.CREDIT_NOTE) && d.customer.equals(customer),
        "%s pays %s, which is not a posted invoice or debit note of %s",
        what,
        ref,
        customer);
    if (ref.instalment() > 0) {
      int i = ref.instalment() - 1;
      Arguments.check(
          i < d.due.length,
          "%s pays %s, but %s has %s instalments",
          what,
          ref,
          d.number,
          d.due.length);
      Arguments.check(d.open[i] > 0, "%s pays %s, which is already paid", what, ref);
      return List.of(d.key(i));
    }
    Arguments.check(d.openTotal() > 0, "%s pays %s, which is already paid", what, ref);
    Integer[] order = new Integer[d.due.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing((Integer i) -> d.due[i]).thenComparing(i -> i));
    List<ItemKey> keys = new ArrayList<>();
    for (int i : order) {
      if (d.open[i] > 0) {
        keys.add(d.key(i));
      }
    }
    return keys;
  }

  private static Payments take(Posting posting, List<ItemKey> keys, long amount) {
    List<ItemKey> items = new ArrayList<>(keys.size());
    List<Long> amounts = new ArrayList<>(keys.size());
    Set<ItemKey> seen = new HashSet<>();
    long left = amount;
    for (ItemKey k : keys) {
      if (left == 0) {
        break;
      }
      if (!seen.add(k)) {
        continue;
      }
      long x = Math.min(left, posting.documents.get(k.document()).open[k.instalment()]);
      items.add(k);
      amounts.add(x);
      left -= x;
    }
    long[] a = new long[amounts.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = amounts.get(i);
    }
    return new Payments(items.toArray(new ItemKey[0]), a, amount - left);
  }

  /**
   * The instalments paid, as text ({@code "INV-1#2 CNY 300.00, INV-2 CNY 50.00"}) made only when
   * the explanation is read, so a posting nobody reads pays nothing for it.
   */
  Object describe(Posting posting) {
    PersistentMap<String, Doc> documents = posting.documents;
    ReceivablesLedger ledger = posting.ledger;
    return new Object() {
      @Override
      public String toString() {
        if (items.length == 0) {
          return "no instalment";
        }
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < items.length; k++) {
          Doc d = documents.get(items[k].document());
          s.append(k == 0 ? "" : ", ")
              .append(d.itemName(items[k].instalment()))
              .append(' ')
              .append(ledger.money(amounts[k]));
        }
        return s.toString();
      }
    };
  }
}
