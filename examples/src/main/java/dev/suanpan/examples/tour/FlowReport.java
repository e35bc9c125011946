package dev.suanpan.examples.tour;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed account of one example flow: a title and the lines a reader follows (amounts,
 * decisions, who approved, explanations). Flows build it; the tour prints it; the flows' tests
 * assert on its lines, so what is printed is what is checked.
 *
 * <p>Rejects a blank title and null lines.
 */
public final class FlowReport {
  private final String title;
  private final ImmutableList<String> lines;

  private FlowReport(String title, ImmutableList<String> lines) {
    this.title = title;
    this.lines = lines;
  }

  /** A new account under {@code title}. */
  public static Builder titled(String title) {
    return new Builder(Arguments.notBlank(title, "title"));
  }

  /** The flow's title. */
  public String title() {
    return title;
  }

  /** The lines, in order, without the title. */
  public ImmutableList<String> lines() {
    return lines;
  }

  /** True when some line equals {@code line} once trimmed. */
  public boolean hasLine(String line) {
    Arguments.notNull(line, "line");
    return lines.stream().anyMatch(l -> l.trim().equals(line.trim()));
  }

  /** The title underlined, then every line. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(title).append(" ==").append(System.lineSeparator());
    for (String l : lines) {
      sb.append(l).append(System.lineSeparator());
    }
    return sb.toString();
  }

  /** Collects the lines of an account as a flow runs. */
  public static final class Builder {
    private final String title;
    private final List<String> lines = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /** Adds a heading for the next step of the flow. */
    public Builder step(String heading) {
      lines.add("");
      lines.add("-- " + Arguments.notBlank(heading, "heading"));
      return this;
    }

    /** Adds one line, {@link String#format formatted} from {@code format} and {@code args}. */
    public Builder line(String format, Object... args) {
      Arguments.notNull(format, "format");
      lines.add("  " + (args.length == 0 ? format : String.format(format, args)));
      return this;
    }

    /** Adds a multi-line text (an explanation, a table), indented. */
    public Builder block(Object text) {
      Arguments.notNull(text, "text");
      for (String l : text.toString().split("\\R")) {
        lines.add("    " + l);
      }
      return this;
    }

    /** The account so far. */
    public FlowReport build() {
      return new FlowReport(title, ImmutableList.copyOf(lines));
    }
  }
}
