package org.diplograph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {

  @Test
  void identityMapsEveryOffsetToItself() {
    CleanText c = CleanText.identity("abc def");
    assertThat(c.text()).isEqualTo("abc def");
    for (int i = 0; i <= 7; i++) {
      assertThat(c.toOriginal(i)).isEqualTo(i);
    }
  }

  @Test
  void keptRunsMapBackAcrossRemovedTextAndSeparators() {
    String original = "AAA\nJUNK\nBBB CC\n";
    CleanText c = CleanText.builder(original).keep(0, 3).insert("\n").keep(9, 15).build();
    assertThat(c.text()).isEqualTo("AAA\nBBB CC");
    int bbb = c.text().indexOf("BBB");
    assertThat(c.toOriginal(bbb)).isEqualTo(9);
    assertThat(original.substring(c.toOriginal(bbb), c.toOriginalEnd(bbb + 3))).isEqualTo("BBB");
    int cc = c.text().indexOf("CC");
    assertThat(original.substring(c.toOriginal(cc), c.toOriginalEnd(cc + 2))).isEqualTo("CC");
    // a span ending just before a separator does not reach into the removed text
    assertThat(c.toOriginalEnd(3)).isEqualTo(3);
    // the separator maps to where it was inserted
    assertThat(c.toOriginal(3)).isEqualTo(3);
  }

  @Test
  void oneForOneReplacementsKeepOffsets() {
    String original = "l\u2019Elysée";
    CleanText c = CleanText.builder(original).keep(0, original.length(), s -> s.replace('\u2019', '\'')).build();
    assertThat(c.text()).isEqualTo("l'Elysée");
    assertThat(c.toOriginal(2)).isEqualTo(2);
  }
}
