package dev.suanpan.core.decision;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.pricing.PricingContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every builder refuses a missing required field at {@code build()}, naming it. */
class RequiredFieldsTest {
  @Test
  void aPricingContextWithoutADateIsRefusedAtBuildNamingTheDate() {
    assertThatThrownBy(
            () ->
                PricingContext.builder()
                    .customer(CustomerId.of("C-1"))
                    .requester(Role.of("SC", "Sales consultant"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PricingContext")
        .hasMessageContaining("[date]");
  }

  @Test
  void anEmptyPricingContextNamesEveryMissingField() {
    assertThatThrownBy(() -> PricingContext.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[date, customer, requester]");
  }

  @Test
  void aNullPassedToABuilderIsRefusedAtOnceNamingTheField() {
    assertThatThrownBy(() -> PricingContext.builder().date(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
  }

  @Test
  void aNullSeenByTheBuilderNeverReachesTheEngine() {
    assertThatThrownBy(() -> PricingContext.of(LocalDate.of(2024, 9, 14), null, null))
        .isInstanceOf(NullPointerException.class);
  }
}
