package dev.suanpan.core.settlement.complaint;

import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;

/**
 * Who is held responsible for a loss (责任单位或个人): a member of staff or a department. A policy may cap
 * what one member of staff is charged; a department bears its share in full.
 */
public sealed interface ResponsibleParty
    permits ResponsibleParty.Staff, ResponsibleParty.Department {

  /** A member of staff. */
  static Staff staff(PersonId person) {
    return new Staff(person);
  }

  /** A department by the caller's code. */
  static Department department(String code) {
    return new Department(code);
  }

  /** A member of staff held responsible. Rejects a null person. */
  record Staff(PersonId person) implements ResponsibleParty {
    /** Validates the person. */
    public Staff {
      Arguments.notNull(person, "person");
    }

    @Override
    public String toString() {
      return "staff " + person;
    }
  }

  /** A department held responsible. Rejects a blank code. */
  record Department(String code) implements ResponsibleParty {
    /** Validates the code. */
    public Department {
      Arguments.notBlank(code, "code");
    }

    @Override
    public String toString() {
      return "department " + code;
    }
  }
}
