package dev.suanpan.core.presets;

import dev.suanpan.core.authority.Role;

/**
 * The roles the source documents name for settlements and credit: who files and who approves
 * property cancellations (004 篇6 §4, 篇7 §9 and §12), complaint compensation (001 第二十条, 第二十七条),
 * product return notes (001 第二十九条), invoices and commission (002 第一篇 §9, §11) and credit (002 §(二),
 * §(六)). The presets of this package use them; an organisation's own policy may use them or roles
 * of its own.
 */
public final class CompanyRoles {
  private CompanyRoles() {}

  /**
   * 总经理: approves property cancellations after the formal contract and special cancellations (004
   * 篇7 §9.4, §12.2.5) and complaint compensation over 5,000 yuan (001 第二十七条).
   */
  public static final Role GENERAL_MANAGER = Role.of("GENERAL_MANAGER", "General manager");

  /**
   * 营销总监 of the property project: approves cancellations before the formal contract and reviews
   * those after it (004 篇7 §9.4, §12.2.4).
   */
  public static final Role MARKETING_DIRECTOR = Role.of("MARKETING_DIRECTOR", "Marketing director");

  /**
   * 销售经理 of the property sales office, to whom the salesperson puts a cancellation in writing and
   * who files it (004 篇6 §4, 篇7 §12.2.3).
   */
  public static final Role SALES_MANAGER = Role.of("SALES_MANAGER", "Sales manager");

  /** 副总经理: approves complaint compensation from 1,000 to 5,000 yuan (001 第二十七条). */
  public static final Role DEPUTY_GENERAL_MANAGER =
      Role.of("DEPUTY_GENERAL_MANAGER", "Deputy general manager");

  /** 销售部门经理: approves complaint compensation under 1,000 yuan (001 第二十七条). */
  public static final Role SALES_DEPARTMENT_MANAGER =
      Role.of("SALES_DEPARTMENT_MANAGER", "Sales department manager");

  /**
   * 客户服务部经理: handles every complaint in person or through staff sent for it (001 第二十条) and files
   * the compensation and the product return note.
   */
  public static final Role CUSTOMER_SERVICE_MANAGER =
      Role.of("CUSTOMER_SERVICE_MANAGER", "Customer service manager");

  /** 销售副总经理: signs discounts and compensation and approves product return notes (001 第二十九条). */
  public static final Role SALES_VICE_PRESIDENT =
      Role.of("SALES_VICE_PRESIDENT", "Sales vice president");

  /**
   * 财务副总: reviews commission slips (002 第一篇 §9) and signs invoices (002 第一篇 §11); in {@link
   * DistributorCreditAuthority} also approves larger credit excesses, write-offs and provisions.
   */
  public static final Role FINANCE_DEPUTY_GM =
      Role.of("FINANCE_DEPUTY_GM", "Finance deputy general manager");

  /**
   * The manager of the credit function (信用管理部门), independent of sales, which proposes and adjusts
   * customers' credit grades (002 §(二)).
   */
  public static final Role CREDIT_MANAGER = Role.of("CREDIT_MANAGER", "Credit manager");

  /**
   * The credit officer (信用管理员) of the credit function, who checks credit sales against the
   * customer's grade and raises the requests for approval (002 §(六)).
   */
  public static final Role CREDIT_OFFICER = Role.of("CREDIT_OFFICER", "Credit officer");
}
