package org.diplograph.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.rules.RuleFiles;
import org.diplograph.rules.RuleLine;

/**
 * French verb lemmas and tenses from {@code rules/lemmas.tsv}: CoreNLP's French pipeline has no
 * lemmatizer, so rules name verbs by the lemma this table gives ("rencontrera" → rencontrer,
 * future). Words the table does not hold are their own lemma, in lower case.
 */
public final class Lemmas {

  /** The table on the class path. */
  public static final String TABLE = "rules/lemmas.tsv";

  /** What the table says of one form. */
  public record Entry(String lemma, Set<String> tenses) {
  }

  private final Map<String, Entry> entries;

  private Lemmas(Map<String, Entry> entries) {
    this.entries = entries;
  }

  public static Lemmas standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Lemmas STANDARD = load(RuleFiles.readResource(TABLE));
  }

  static Lemmas load(List<RuleLine> lines) {
    Map<String, Entry> entries = new HashMap<>();
    for (RuleLine line : lines) {
      String[] f = line.text().split("\t");
      if (f.length != 3) {
        throw line.error("expected FORM<TAB>LEMMA<TAB>TAGS");
      }
      entries.put(f[0], new Entry(f[1], Set.of(f[2].split("\\|"))));
    }
    return new Lemmas(entries);
  }

  /** The lemma of a word form (its lower case when the table does not know it). */
  public String lemma(String form) {
    String lower = form.toLowerCase(Locale.ROOT).replace('’', '\'');
    Entry e = entries.get(lower);
    return e == null ? lower : e.lemma();
  }

  /** The tenses a form may stand for (empty when the table does not know it). */
  public Set<String> tenses(String form) {
    Entry e = entries.get(form.toLowerCase(Locale.ROOT).replace('’', '\''));
    return e == null ? Set.of() : e.tenses();
  }
}
