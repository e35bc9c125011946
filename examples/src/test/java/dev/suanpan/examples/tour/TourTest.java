package dev.suanpan.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TourTest {
  @Test
  void theTourPrintsEveryFlowUnderItsTitle() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Tour tour = Main.tour();
    tour.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    for (Flow flow : tour.flows()) {
      assertThat(printed).contains("== " + flow.run().title() + " ==");
    }
  }
}
