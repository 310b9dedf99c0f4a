package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.diplograph.model.Topic;

/**
 * What a sentence says was or will be discussed: concepts of the topic scheme named after a cue
 * ("sur", "au sujet de", "ont discuté de", "ont évoqué", "portera sur", "consacré à", "dont les
 * principaux sont"). Thread-safe.
 */
public final class TopicFinder {

  /** Words after which a sentence names what was discussed (as name keys). */
  private static final Pattern CUES = Pattern.compile("\\b(sur|au sujet|concernant|a propos|consacre"
      + "|consacree|evoque\\w*|evoquer|aborde\\w*|aborder|discute\\w*|discuter|dont les principaux"
      + "|question|questions|dossier|situation|portera|porte|portant|parler|echange\\w* de vues"
      + "|lutte|cooperation|relations)\\b");

  private final List<Map.Entry<String, GazetteerEntry>> names = new ArrayList<>();

  public TopicFinder(Gazetteer gazetteer) {
    Map<String, GazetteerEntry> byName = new LinkedHashMap<>();
    for (GazetteerEntry t : gazetteer.topics()) {
      for (String n : t.names()) {
        byName.putIfAbsent(n, t);
      }
    }
    names.addAll(byName.entrySet());
    names.sort(Comparator.comparingInt((Map.Entry<String, GazetteerEntry> e) -> e.getKey().length())
        .reversed());
  }

  /** The scheme's topics named in {@code text} after a cue, in order, each once. */
  public List<Topic> find(String text) {
    String key = " " + Names.key(text) + " ";
    var cue = CUES.matcher(key);
    if (!cue.find()) {
      return List.of();
    }
    String rest = key.substring(cue.start());
    Map<String, Topic> found = new LinkedHashMap<>();
    boolean[] used = new boolean[rest.length()];
    List<int[]> hits = new ArrayList<>();
    for (Map.Entry<String, GazetteerEntry> e : names) {
      String needle = " " + e.getKey() + " ";
      int at = rest.indexOf(needle);
      while (at >= 0) {
        boolean free = true;
        for (int k = at; k < at + needle.length(); k++) {
          free &= !used[k];
        }
        if (free) {
          for (int k = at + 1; k < at + needle.length() - 1; k++) {
            used[k] = true;
          }
          hits.add(new int[] {at, names.indexOf(e)});
        }
        at = rest.indexOf(needle, at + 1);
      }
    }
    hits.sort(Comparator.comparingInt(h -> h[0]));
    for (int[] h : hits) {
      GazetteerEntry t = names.get(h[1]).getValue();
      found.putIfAbsent(t.id(), new Topic(t.id(), t.label()));
    }
    return new ArrayList<>(found.values());
  }
}
