package dev.suanpan.benchmarks;

import dev.suanpan.core.pricing.PricingPolicy;
import dev.suanpan.json.SuanpanJson;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads a pricing policy of 200 price rules and a 5-level authority hierarchy (the policy {@link
 * PricingBenchmark} prices against: 190 list entries on three lists with floors, a customer-group
 * list and an expired one, 10 standard offers by product, group and customer group, quotas on four
 * levels) from its stored document, as an application loads its configuration: the text parsed and
 * every value built through its builder, so every check runs. Scores are milliseconds per policy
 * read, on one thread. Goal: at most 10 ms.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonPolicy -f 1 -wi 5 -w 2s -i 5 -r
 * 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonPolicyBenchmark {
  private SuanpanJson json;
  private PricingPolicy policy;
  private String document;
  private String yaml;

  @Setup
  public void setUp() {
    json = SuanpanJson.create();
    policy = PricingBenchmark.policy(new ArrayList<>());
    document = json.write(policy);
    yaml = json.writeYaml(policy);
    if (!json.read(document, PricingPolicy.class).equals(policy)
        || !json.readYaml(yaml, PricingPolicy.class).equals(policy)) {
      throw new IllegalStateException("the policy does not read back equal");
    }
  }

  /** The JSON document (about 38,000 characters) read and validated. */
  @Benchmark
  public PricingPolicy readJson() {
    return json.read(document, PricingPolicy.class);
  }

  /** The YAML document (about 25,000 characters) read and validated. */
  @Benchmark
  public PricingPolicy readYaml() {
    return json.readYaml(yaml, PricingPolicy.class);
  }

  /** The policy written as JSON, for comparison. */
  @Benchmark
  public String writeJson() {
    return json.write(policy);
  }
}
