package dev.suanpan.json;

import java.util.List;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

class ExploreTest {
  @Test
  void explore() {
    RoundTripProperties r = new RoundTripProperties();
    Arbitrary<Object> all = r.values();
    java.util.Map<String, String> fails = new java.util.TreeMap<>();
    all.sampleStream()
        .limit(400)
        .forEach(
            v -> {
              List<?> vs = v instanceof List<?> l ? l : List.of(v);
              for (Object x : vs) {
                try {
                  RoundTripProperties.roundTrips(x);
                } catch (Throwable e) {
                  fails.putIfAbsent(
                      x.getClass().getSimpleName(),
                      String.valueOf(e.getMessage())
                          .lines()
                          .limit(6)
                          .reduce("", (a, b) -> a + "\n   " + b));
                }
              }
            });
    fails.forEach((k, v) -> System.out.println("FAIL " + k + ": " + v));
  }
}
