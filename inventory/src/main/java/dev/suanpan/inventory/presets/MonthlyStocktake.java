package dev.suanpan.inventory.presets;

import dev.suanpan.core.party.PersonId;
import dev.suanpan.inventory.stocktake.CountWindow;
import dev.suanpan.inventory.stocktake.RecountTeam;
import java.time.YearMonth;

/**
 * The monthly count of 004 篇3 仓库盘点流程: it is held once a month, on the last 2 days of the month (§4
 * 每月进行一次, 时间为月末最后2天), with deliveries stopped (§1); the warehouse supervisor and 4 others recount
 * each area before finance samples it (§2 仓库主管连同另外4名员工组成复盘小组).
 */
public final class MonthlyStocktake {
  private MonthlyStocktake() {}

  /** The count window of {@code month}: its last 2 days (004 篇3 §4). */
  public static CountWindow countWindow(YearMonth month) {
    return CountWindow.lastDaysOf(month, 2);
  }

  /** The recount team: {@code warehouseSupervisor} with 4 others (004 篇3 §2). */
  public static RecountTeam recountTeam(PersonId warehouseSupervisor) {
    return new RecountTeam(warehouseSupervisor, 4);
  }
}
