package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.GENERAL_MANAGER;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingProperties.CNY;
import static dev.suanpan.core.pricing.PricingProperties.ROLES;
import static dev.suanpan.core.pricing.PricingProperties.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.money.Percent;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.Money;

/** Rule 1.1 as laws: who may change a base price, and what applying the change keeps. */
class PriceChangeProperties {
  static final LocalDate START = LocalDate.of(2024, 7, 1);
  static final ProductId OTHER = ProductId.of("U-2");

  /** How far down the hierarchy the signer sits: 0 is the top; -1 when refused. */
  static int signerDepth(AuthorityPolicy authority, PriceChangeDecision d) {
    if (d.isAllowed()) {
      return authority.superiorsOf(d.change().requester()).size();
    }
    if (d.needsApproval()) {
      return authority.superiorsOf(d.requiredApprover().orElseThrow()).size();
    }
    return -1;
  }

  static PriceChange change(Money old, Money next, LocalDate from, int requester) {
    return PriceChange.builder()
        .product(UNIT.id())
        .oldBasePrice(old)
        .newBasePrice(next)
        .effectiveFrom(from)
        .requester(ROLES.get(requester))
        .build();
  }

  @Property
  void aLargerChangeNeverNeedsAMoreJuniorApprover(
      @ForAll @IntRange(min = 0, max = 300) int managerBps,
      @ForAll @IntRange(min = 0, max = 700) int directorExtraBps,
      @ForAll @IntRange(min = 0, max = 1500) int generalManagerExtraBps,
      @ForAll boolean generalManagerUnlimited,
      @ForAll @LongRange(min = 0, max = 10_000_000) long managerAmountFen,
      @ForAll @LongRange(min = 0, max = 10_000_000) long directorExtraAmountFen,
      @ForAll @LongRange(min = 10_000L, max = 500_000_000L) long oldFen,
      @ForAll @IntRange(min = 0, max = 100) int floorShare,
      @ForAll boolean cut,
      @ForAll @IntRange(min = 1, max = 3000) int smallerBps,
      @ForAll @IntRange(min = 0, max = 3000) int moreBps,
      @ForAll @IntRange(min = 0, max = 3) int requester) {
    Limit manager =
        Limit.builder()
            .maxPercent(Percent.ofBasisPoints(managerBps))
            .maxAmount(Money.ofMinor(CNY, managerAmountFen))
            .build();
    Limit director =
        Limit.builder()
            .maxPercent(Percent.ofBasisPoints(managerBps + directorExtraBps))
            .maxAmount(Money.ofMinor(CNY, managerAmountFen + directorExtraAmountFen))
            .build();
    Limit top =
        generalManagerUnlimited
            ? Limit.unlimitedAuthority()
            : Limit.upToPercent(
                Percent.ofBasisPoints(managerBps + directorExtraBps + generalManagerExtraBps));
    AuthorityPolicy authority =
        AuthorityPolicy.builder()
            .role(GENERAL_MANAGER)
            .role(MARKETING_DIRECTOR, GENERAL_MANAGER)
            .role(SALES_MANAGER, MARKETING_DIRECTOR)
            .role(ROLES.get(0), SALES_MANAGER)
            .limit(GENERAL_MANAGER, PriceChangePolicy.PRICE_CHANGE, top)
            .limit(MARKETING_DIRECTOR, PriceChangePolicy.PRICE_CHANGE, director)
            .limit(SALES_MANAGER, PriceChangePolicy.PRICE_CHANGE, manager)
            .build();
    PriceChangeReview review = PriceChangeReview.of(PriceChangePolicy.of(authority));
    Money old = Money.ofMinor(CNY, oldFen);
    PriceList list =
        PriceList.builder()
            .code("P")
            .validFrom(START)
            .addEntry(
                PriceListEntry.of(UNIT.id(), old, Money.ofMinor(CNY, oldFen * floorShare / 100)))
            .build();
    // Sizes in basis points of the old price, at least one fen, cuts kept above zero.
    long smallFen = Math.max(1, oldFen * smallerBps / 10_000);
    long largeFen = Math.max(smallFen, oldFen * (smallerBps + moreBps) / 10_000);
    if (cut) {
      smallFen = Math.min(smallFen, oldFen - 1);
      largeFen = Math.min(largeFen, oldFen - 1);
    }
    int sign = cut ? -1 : 1;
    LocalDate day = START.plusDays(30);
    PriceChangeDecision small =
        review.review(
            change(old, Money.ofMinor(CNY, oldFen + sign * smallFen), day, requester), list);
    PriceChangeDecision large =
        review.review(
            change(old, Money.ofMinor(CNY, oldFen + sign * largeFen), day, requester), list);

    assertThat(large.sizeAmount()).isGreaterThanOrEqualTo(small.sizeAmount());
    assertThat(signerDepth(authority, large)).isLessThanOrEqualTo(signerDepth(authority, small));
  }

  @Property
  void anAppliedChangeKeepsTheOldPriceBeforeItsDayAndTheNewFromIt(
      @ForAll @LongRange(min = 100L, max = 500_000_000L) long oldFen,
      @ForAll @LongRange(min = 100L, max = 500_000_000L) long newFen,
      @ForAll @IntRange(min = 0, max = 365) int effectiveAfter,
      @ForAll @IntRange(min = 0, max = 400) int askedAfter,
      @ForAll @IntRange(min = 0, max = 3) int requester) {
    if (oldFen == newFen) {
      newFen++;
    }
    Money old = Money.ofMinor(CNY, oldFen);
    Money other = Money.ofMinor(CNY, 123_456L);
    PriceList list =
        PriceList.builder()
            .code("P")
            .validFrom(START)
            .validUntil(START.plusDays(365))
            .addEntry(PriceListEntry.of(UNIT.id(), old))
            .addEntry(PriceListEntry.of(OTHER, other))
            .build();
    AuthorityPolicy anyone =
        AuthorityPolicy.builder()
            .role(GENERAL_MANAGER)
            .role(MARKETING_DIRECTOR, GENERAL_MANAGER)
            .role(SALES_MANAGER, MARKETING_DIRECTOR)
            .role(ROLES.get(0), SALES_MANAGER)
            .limit(GENERAL_MANAGER, PriceChangePolicy.PRICE_CHANGE, Limit.unlimitedAuthority())
            .build();
    LocalDate from = START.plusDays(effectiveAfter);
    Money next = Money.ofMinor(CNY, newFen);
    PriceChangeDecision d =
        PriceChangeReview.of(PriceChangePolicy.of(anyone))
            .review(change(old, next, from, requester), list);

    PriceList changed =
        d.isAllowed() ? d.applyTo(list) : d.applyTo(list, d.requiredApprover().orElseThrow());

    LocalDate asked = START.plusDays(askedAfter);
    if (!list.isValidOn(asked)) {
      assertThat(changed.entry(UNIT.id(), asked)).isEmpty();
    } else {
      Money expected = asked.isBefore(from) ? old : next;
      assertThat(changed.entry(UNIT.id(), asked).orElseThrow().basePrice()).isEqualTo(expected);
      assertThat(changed.entry(OTHER, asked).orElseThrow().basePrice()).isEqualTo(other);
    }
    assertThat(list.entriesFor(UNIT.id())).hasSize(1);
  }
}
