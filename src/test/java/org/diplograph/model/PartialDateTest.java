package org.diplograph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
      "2019-05-15, 2019-05-15, DAY",
      "2016-03, 2016-03, YEAR_MONTH",
      "2013, 2013, YEAR",
      "--05-03, --05-03, MONTH_DAY",
      "2021-05-26T09:54:00+02:00, 2021-05-26, DAY",
      "2021-05-26T23:30:00Z, 2021-05-26, DAY",
      "2021-05-26T09:54:00, 2021-05-26, DAY"})
  void parsesTheFormsTheDesignAllows(String input, String written, PartialDate.Precision precision) {
    PartialDate d = PartialDate.parse(input);
    assertThat(d.toString()).isEqualTo(written);
    assertThat(d.precision()).isEqualTo(precision);
  }

  @ParameterizedTest
  @ValueSource(strings = {"15/05/2019", "2019-13", "2019-02-30", "--02-30", "hier", "2019-5-1", ""})
  void rejectsWhatIsNotADateNamingTheValue(String input) {
    assertThatThrownBy(() -> PartialDate.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + input + "\"");
  }

  @org.junit.jupiter.api.Test
  void isNeverMorePreciseThanItsParts() {
    assertThatThrownBy(() -> new PartialDate(2020, null, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartialDate(null, 5, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(PartialDate.parse("2019-05").toLocalDate()).isEmpty();
    assertThat(PartialDate.parse("2019-05-14").toLocalDate()).isPresent();
  }
}
