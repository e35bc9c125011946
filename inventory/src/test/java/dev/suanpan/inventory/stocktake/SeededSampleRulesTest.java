package dev.suanpan.inventory.stocktake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stocktake audit's sample is reproducible by anyone from the seed: draw i (from 0) takes the
 * SplitMix64 output z_i of the seed and swaps position i with position i + (z_i mod (n − i)),
 * unsigned, in the list as it stands; the sample is the first {@code count} positions. The
 * SplitMix64 outputs below were worked with an independent transcription of Steele, Lea and Flood's
 * SplitMix64 (2014), not with the library.
 */
class SeededSampleRulesTest {
  static final List<String> TWELVE =
      List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L");

  @Test
  void seedZeroDrawsHThenLThenB() {
    // SplitMix64 of seed 0 starts 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F
    // (the published first outputs of SplitMix64 from 0).
    // draw 0: 0xE220A8397B1DCDAF mod 12 = 7  -> swap A and H: H B C D E F G A I J K L
    // draw 1: 0x6E789E6AA1B965F4 mod 11 = 10 -> position 1 + 10 = 11, swap B and L
    // draw 2: 0x06C45D188009454F mod 10 = 9  -> position 2 + 9 = 11, swap C and B
    assertThat(SeededSample.choose(TWELVE, 3, 0L)).containsExactly("H", "L", "B");
  }

  @Test
  void seedNinetyNineDrawsFiveOfTwelve() {
    // SplitMix64 of seed 99: 0x42F3A9364C476BE3 mod 12 = 11, 0x081AB918879D69A4 mod 11 = 6,
    // 0xD5B2D034F041D2FB mod 10 = 7, 0x1A319A9CB9672CD7 mod 9 = 2, 0x2B88FBA386C0F8F4 mod 8 = 4:
    // swaps 0<->11 (L), 1<->7 (H), 2<->9 (J), 3<->5 (F), 4<->8 (I)
    assertThat(SeededSample.choose(TWELVE, 5, 99L)).containsExactly("L", "H", "J", "F", "I");
  }

  @Test
  void aNegativeSeedIsAsGoodAsAnyOther() {
    // seed -1 is 0xFFFFFFFFFFFFFFFF: outputs 0xE4D971771B652C20 mod 12 = 8 (I),
    // 0xE99FF867DBF682C9 mod 11 = 6 (position 7, H), 0x382FF84CB27281E9 mod 10 = 1 (position 3, D)
    assertThat(SeededSample.choose(TWELVE, 3, -1L)).containsExactly("I", "H", "D");
  }

  @Test
  void noneAndAllAreValidSampleSizes() {
    assertThat(SeededSample.choose(TWELVE, 0, 7L)).isEmpty();
    assertThat(SeededSample.choose(TWELVE, 12, 7L)).containsExactlyInAnyOrderElementsOf(TWELVE);
    assertThatThrownBy(() -> SeededSample.choose(TWELVE, -1, 7L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be between 0 and 12, was -1");
  }
}
