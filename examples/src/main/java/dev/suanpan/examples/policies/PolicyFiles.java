package dev.suanpan.examples.policies;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.floorplan.FloorPlanPolicy;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.receivables.dunning.DunningPolicy;
import dev.suanpan.core.settlement.cancellation.SettlementPolicy;
import dev.suanpan.core.settlement.complaint.CompensationPolicy;
import dev.suanpan.core.settlement.returns.ReturnPolicy;
import dev.suanpan.inventory.stocktake.AuditPolicy;
import dev.suanpan.inventory.stocktake.StocktakePolicy;
import dev.suanpan.json.DocumentException;
import dev.suanpan.json.SuanpanJson;
import dev.suanpan.money.internal.Arguments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The ready-made policies of core, inventory and workflow as YAML files, the way a business person
 * reads and edits them, and the tour's flows load them from there. Each file, {@code
 * dev/suanpan/examples/policies/<name>.yaml} on the class path, starts with a comment saying what
 * the policy is and which preset it equals, then the document {@code SuanpanJson.writeYaml} writes
 * for that preset ({@code $format}, {@code $type}, the policy's fields); a test keeps each file
 * equal to its preset.
 *
 * <p>Loading refuses a name with no file, and a file that suanpan-json refuses (an unknown field, a
 * limit above the role's superior's): an {@link IllegalArgumentException} naming the file, the path
 * in the document and the line.
 */
public final class PolicyFiles {
  /** Where the files are on the class path. */
  public static final String DIRECTORY = "dev/suanpan/examples/policies/";

  private static final SuanpanJson JSON = SuanpanJson.create();

  private PolicyFiles() {}

  /** The text of the file {@code name}.yaml, its comment included. */
  public static String text(String name) {
    Arguments.notBlank(name, "name");
    String path = DIRECTORY + name + ".yaml";
    try (InputStream in = PolicyFiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("name has no policy file " + path + ", was " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  /**
   * The document of the file {@code name}.yaml without the comment above it: what {@code
   * SuanpanJson.writeYaml} writes for the policy.
   */
  public static String document(String name) {
    String text = text(name);
    int at = 0;
    while (text.startsWith("#", at)) {
      int end = text.indexOf('\n', at);
      at = end < 0 ? text.length() : end + 1;
    }
    return text.substring(text.startsWith("\n", at) ? at + 1 : at);
  }

  /** The policy of the file {@code name}.yaml, read as a {@code type}. */
  public static <T> T load(String name, Class<T> type) {
    Arguments.notNull(type, "type");
    String text = text(name);
    try {
      return JSON.readYaml(text, type);
    } catch (DocumentException e) {
      throw new IllegalArgumentException(DIRECTORY + name + ".yaml: " + e.getMessage(), e);
    }
  }

  /** {@code property-office-discount-authority.yaml}: the special-discount authority. */
  public static PropertyOfficeDiscountAuthority propertyOfficeDiscountAuthority() {
    return load("property-office-discount-authority", PropertyOfficeDiscountAuthority.class);
  }

  /** {@code property-sales-office-authority.yaml}: cards, pledges, renames, swaps, deferrals. */
  public static AuthorityPolicy propertySalesOfficeAuthority() {
    return load("property-sales-office-authority", AuthorityPolicy.class);
  }

  /** {@code property-office-cancellation-terms.yaml}: the cancellation settlement terms. */
  public static SettlementPolicy propertyOfficeCancellationTerms() {
    return load("property-office-cancellation-terms", SettlementPolicy.class);
  }

  /** {@code property-office-cancellation-authority.yaml}: who approves cancellations. */
  public static AuthorityPolicy propertyOfficeCancellationAuthority() {
    return load("property-office-cancellation-authority", AuthorityPolicy.class);
  }

  /** {@code dealer-floor-plan-terms.yaml}: the bank's share of a floor-plan car. */
  public static FloorPlanPolicy dealerFloorPlanTerms() {
    return load("dealer-floor-plan-terms", FloorPlanPolicy.class);
  }

  /** {@code distributor-credit-authority.yaml}: credit excess, write-offs, provisions. */
  public static AuthorityPolicy distributorCreditAuthority() {
    return load("distributor-credit-authority", AuthorityPolicy.class);
  }

  /** {@code distributor-credit-terms.yaml}: grades, ageing, interest, the invoice share. */
  public static CreditPolicy distributorCreditTerms() {
    return load("distributor-credit-terms", CreditPolicy.class);
  }

  /** {@code distributor-dunning-levels.yaml}: reminder, interest, offset, order, lawsuit. */
  public static DunningPolicy distributorDunningLevels() {
    return load("distributor-dunning-levels", DunningPolicy.class);
  }

  /** {@code complaint-compensation-tiers.yaml}: who approves how much compensation. */
  public static CompensationPolicy complaintCompensationTiers() {
    return load("complaint-compensation-tiers", CompensationPolicy.class);
  }

  /** {@code complaint-compensation-authority.yaml}: the complaint workflow's authority. */
  public static AuthorityPolicy complaintCompensationAuthority() {
    return load("complaint-compensation-authority", AuthorityPolicy.class);
  }

  /** {@code sales-order-contract-authority.yaml}: the sales-order workflow's authority. */
  public static AuthorityPolicy salesOrderContractAuthority() {
    return load("sales-order-contract-authority", AuthorityPolicy.class);
  }

  /** {@code sales-return-authority.yaml}: who signs off sales returns. */
  public static AuthorityPolicy salesReturnAuthority() {
    return load("sales-return-authority", AuthorityPolicy.class);
  }

  /** {@code sales-return-terms.yaml}: the return window and sign-off. */
  public static ReturnPolicy salesReturnTerms() {
    return load("sales-return-terms", ReturnPolicy.class);
  }

  /** {@code custodian-liability.yaml}: the custodian's share of a stocktake loss. */
  public static StocktakePolicy custodianLiability() {
    return load("custodian-liability", StocktakePolicy.class);
  }

  /** {@code finance-spot-check.yaml}: finance's sampling audit of the count. */
  public static AuditPolicy financeSpotCheck() {
    return load("finance-spot-check", AuditPolicy.class);
  }
}
