package dev.suanpan.workflow;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing someone asks of a case: open it, fire a transition, approve or decline the pending
 * request. It says who ({@link #actor()}), when ({@link #at()}: the workflow never reads a clock)
 * and with what ({@link #payload()}: the amount proposed, the days of a deferral).
 *
 * <p>Rejects a {@link CommandKind#FIRE} without a transition name, and a transition name on any
 * other kind.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Command {
  /** What is asked. */
  public abstract CommandKind kind();

  /** The transition to fire, for {@link CommandKind#FIRE}. */
  public abstract Optional<String> transition();

  /** Who asks. */
  public abstract Actor actor();

  /** When, in the business's local time. */
  public abstract LocalDateTime at();

  /** The facts the command brings. */
  @Value.Default
  public Facts payload() {
    return Facts.none();
  }

  /** A command opening a case. */
  public static Command open(Actor actor, LocalDateTime at) {
    return ImmutableCommand.builder().kind(CommandKind.OPEN).actor(actor).at(at).build();
  }

  /** A command firing {@code transition}. */
  public static Command fire(String transition, Actor actor, LocalDateTime at) {
    return ImmutableCommand.builder()
        .kind(CommandKind.FIRE)
        .transition(transition)
        .actor(actor)
        .at(at)
        .build();
  }

  /** A command approving the pending request. */
  public static Command approve(Actor actor, LocalDateTime at) {
    return ImmutableCommand.builder().kind(CommandKind.APPROVE).actor(actor).at(at).build();
  }

  /** A command declining the pending request. */
  public static Command decline(Actor actor, LocalDateTime at) {
    return ImmutableCommand.builder().kind(CommandKind.DECLINE).actor(actor).at(at).build();
  }

  /** This command with {@code fact} set to {@code value} in its payload. */
  public <T> Command with(Fact<T> fact, T value) {
    return ImmutableCommand.builder().from(this).payload(payload().with(fact, value)).build();
  }

  /** This command with every fact of {@code facts} added to its payload. */
  public Command with(Facts facts) {
    return ImmutableCommand.builder().from(this).payload(payload().with(facts)).build();
  }

  /** The name used in events and explanations: the transition, or the kind in lower case. */
  public String action() {
    return transition().orElse(kind().name().toLowerCase(java.util.Locale.ROOT));
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        (kind() == CommandKind.FIRE) == transition().isPresent(),
        "a %s command %s a transition name, was %s",
        kind(),
        kind() == CommandKind.FIRE ? "needs" : "takes no",
        transition());
    transition().ifPresent(t -> Arguments.notBlank(t, "transition"));
  }

  @Override
  public String toString() {
    return action()
        + " by "
        + actor()
        + " at "
        + at()
        + (payload().isEmpty() ? "" : " " + payload());
  }
}
