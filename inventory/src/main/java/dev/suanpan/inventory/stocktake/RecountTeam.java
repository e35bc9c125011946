package dev.suanpan.inventory.stocktake;

import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;

/**
 * Who must recount an area before finance samples it: the warehouse supervisor (仓库主管), leading,
 * with {@code others} staff (004 篇3 仓库盘点流程 §2: 仓库主管连同另外4名员工组成复盘小组). {@link
 * dev.suanpan.inventory.presets.MonthlyStocktake#recountTeam} gives the team of 004 篇3.
 *
 * <p>Rejects a missing supervisor and a negative number of others.
 */
public record RecountTeam(PersonId supervisor, int others) {
  /** Validates both parts. */
  public RecountTeam {
    Arguments.notNull(supervisor, "supervisor");
    Arguments.check(others >= 0, "others must not be negative, was %s", others);
  }

  /** True when {@code sheet} was counted by the supervisor, leading, with exactly the others. */
  public boolean counted(CountSheet sheet) {
    Arguments.notNull(sheet, "sheet");
    return sheet.leader().equals(supervisor) && sheet.helpers().size() == others;
  }
}
