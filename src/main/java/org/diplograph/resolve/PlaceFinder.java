package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Word;
import org.diplograph.nlp.Words;

/**
 * Finds the places of a sentence: gazetteer places and venues (longest name first: "Irlande du
 * Nord" before "Irlande"), and other locations the named-entity recognizer tags, with the
 * preposition before each. Thread-safe.
 */
public final class PlaceFinder {

  /** Regions wider than a country: like a country, a city within them is preferred. */
  private static final java.util.Set<String> REGIONS = java.util.Set.of("europe", "afrique", "asie",
      "amerique", "ameriques", "amerique latine", "oceanie", "moyen orient", "proche orient", "sahel",
      "maghreb", "golfe", "balkans", "caucase", "scandinavie", "afrique de l ouest", "asie pacifique",
      "asie centrale", "extreme orient", "afrique australe", "afrique de l est", "corne de l afrique");

  private final Gazetteer gazetteer;

  public PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<PlaceMention> find(Sentence s) {
    List<Word> words = s.words();
    List<PlaceMention> out = new ArrayList<>();
    int i = 1;
    while (i <= words.size()) {
      PlaceMention found = null;
      if (startsName(words.get(i - 1))) {
        for (int len = Math.min(6, words.size() - i + 1); len >= 1 && found == null; len--) {
          String phrase = Words.text(words, i, i + len);
          var place = gazetteer.placeNamed(phrase);
          var venue = place.isPresent() ? place : gazetteer.placeOfVenue(phrase);
          if (venue.isPresent()) {
            GazetteerEntry e = venue.get();
            boolean isCountry = gazetteer.countryNamed(e.label()).isPresent() && place.isPresent()
                || REGIONS.contains(Names.key(e.label()));
            found = new PlaceMention(i, i + len, e.id(), e.label(), isCountry, marker(words, i), true);
          }
        }
        if (found == null && "LOC".equals(words.get(i - 1).ner())) {
          int j = i;
          while (j <= words.size() && "LOC".equals(words.get(j - 1).ner())) {
            j++;
          }
          String label = Words.text(words, i, j);
          if (!label.isBlank() && looksLikeName(words, i, j) && gazetteer.countryNamed(label).isEmpty()
              && gazetteer.organizationNamed(label).isEmpty()) {
            found = new PlaceMention(i, j, "place/" + Names.slug(label), label,
                REGIONS.contains(Names.key(label)), marker(words, i), false);
          }
        }
      }
      if (found != null) {
        out.add(found);
        i = found.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** "Dà Nang", "Saint-Pétersbourg", "Irlande du Nord" — not "ministère russe des Affaires étrangères". */
  private static boolean looksLikeName(List<Word> words, int from, int to) {
    for (int i = from; i < to; i++) {
      String f = words.get(i - 1).form();
      if (f.isEmpty()) {
        return false;
      }
      boolean small = Character.isLowerCase(f.charAt(0));
      String k = f.toLowerCase(Locale.ROOT);
      if (small && !(k.equals("de") || k.equals("du") || k.equals("des") || k.equals("la")
          || k.equals("le") || k.equals("les") || k.equals("l'") || k.equals("d'") || k.equals("sur")
          || k.equals("en"))) {
        return false;
      }
    }
    return Character.isUpperCase(words.get(from - 1).form().charAt(0));
  }

  private static boolean startsName(Word w) {
    return !w.form().isEmpty() && (Character.isUpperCase(w.form().charAt(0))
        || "LOC".equals(w.ner()) || w.form().toLowerCase(Locale.ROOT).startsWith("l'"));
  }

  /** The preposition before position i, skipping articles: "à le" (au) gives "au". */
  private static String marker(List<Word> words, int i) {
    int j = i - 1;
    String article = null;
    while (j >= 1) {
      String w = words.get(j - 1).form().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.equals("le") || w.equals("la") || w.equals("les") || w.equals("l'")) {
        article = w;
        j--;
        continue;
      }
      if (w.equals("à") && "le".equals(article)) {
        return "au";
      }
      if (w.equals("à") && "les".equals(article)) {
        return "aux";
      }
      if (w.equals("de") && article != null) {
        return "de";
      }
      return w;
    }
    return "";
  }
}
