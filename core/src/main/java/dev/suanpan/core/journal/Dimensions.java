package dev.suanpan.core.journal;

/**
 * The names of the analysis dimensions (辅助核算) the library's entries carry in {@link
 * JournalEntry#dimensions()}: an inventory entry names its {@link #ITEM} and {@link #WAREHOUSE}, a
 * credit entry about one customer (a write-off, a recovery) its {@link #CUSTOMER}, a floor-plan
 * entry its car's {@link #VIN}; a car's sales line its {@link #MODEL}, {@link #COLOUR}, {@link
 * #ENGINE_NUMBER} and {@link #CONFIGURATION}, which the receivables' sales report counts by. Your
 * own entries may use these names or any other non-blank ones.
 */
public final class Dimensions {
  /** The item (存货) an entry concerns, by its code, such as {@code OIL-FILTER-A}. */
  public static final String ITEM = "item";

  /** The warehouse (仓库) an entry concerns, by its code, such as {@code PARTS-1}. */
  public static final String WAREHOUSE = "warehouse";

  /** The customer (客户) an entry concerns, by its code. */
  public static final String CUSTOMER = "customer";

  /** The sales contract (合同) an entry concerns, by its number. */
  public static final String CONTRACT = "contract";

  /** The vehicle (车辆) an entry concerns, by its VIN, such as a floor-plan loan's car. */
  public static final String VIN = "vin";

  /** The supplier (供应商) an entry concerns, by the caller's name or code for it. */
  public static final String SUPPLIER = "supplier";

  /** The bill (票据) an entry concerns, by its number, such as a bill receivable endorsed. */
  public static final String BILL = "bill";

  /** A car's model (车型) on a sales line, such as {@code SEDAN-1.6L}. */
  public static final String MODEL = "model";

  /** A car's colour (颜色) on a sales line, such as {@code pearl white}. */
  public static final String COLOUR = "colour";

  /** A car's engine number (发动机号) on a sales line. */
  public static final String ENGINE_NUMBER = "engine-number";

  /** A car's configuration (配置) on a sales line, such as {@code luxury}. */
  public static final String CONFIGURATION = "configuration";

  private Dimensions() {}
}
