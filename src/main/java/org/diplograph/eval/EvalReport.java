package org.diplograph.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints scores for people (a short table, details with verbose) or machines (JSON). */
public final class EvalReport {

  private EvalReport() {
  }

  public static void text(Scores s, boolean verbose, PrintWriter out) {
    out.printf(Locale.ROOT, "contacts   precision %.3f  recall %.3f  F1 %.3f   (%d matched, %d spurious,"
        + " %d missed)%n", s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(),
        s.falseNegatives());
    out.printf(Locale.ROOT, "place      accuracy %.3f  (%d of %d matched pairs with a gold place)%n",
        s.place().value(), s.place().correct(), s.place().total());
    out.printf(Locale.ROOT, "date       accuracy %.3f  (%d of %d)%n", s.date().value(), s.date().correct(),
        s.date().total());
    out.printf(Locale.ROOT, "status     accuracy %.3f  (%d of %d)%n", s.status().value(),
        s.status().correct(), s.status().total());
    out.printf(Locale.ROOT, "topics     F1 %.3f%n", s.topicF1());
    if (verbose) {
      for (Scores.DocumentScore d : s.documents()) {
        if (d.missed().isEmpty() && d.spurious().isEmpty()
            && d.matches().stream().allMatch(m -> m.placeOk() && m.dateOk() && m.statusOk())) {
          continue;
        }
        out.println("== " + d.doc());
        for (Scores.Match m : d.matches()) {
          if (!(m.placeOk() && m.dateOk() && m.statusOk())) {
            out.println("  wrong    " + brief(m.gold()) + "\n       got " + brief(m.system()));
          }
        }
        for (GoldContact g : d.missed()) {
          out.println("  missed   " + brief(g));
        }
        for (GoldContact c : d.spurious()) {
          out.println("  spurious " + brief(c) + "\n           « " + abbreviate(c.evidence()) + " »");
        }
      }
    }
    out.flush();
  }

  private static String brief(GoldContact c) {
    return c.type() + " " + c.status() + " " + c.participants() + " @" + c.place() + " " + c.date();
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }

  public static void json(Scores s, PrintWriter out) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    ObjectNode contacts = root.putObject("contacts");
    contacts.put("precision", s.precision());
    contacts.put("recall", s.recall());
    contacts.put("f1", s.f1());
    contacts.put("matched", s.truePositives());
    contacts.put("spurious", s.falsePositives());
    contacts.put("missed", s.falseNegatives());
    accuracy(root.putObject("place"), s.place());
    accuracy(root.putObject("date"), s.date());
    accuracy(root.putObject("status"), s.status());
    root.put("topicF1", s.topicF1());
    ArrayNode docs = root.putArray("documents");
    for (Scores.DocumentScore d : s.documents()) {
      ObjectNode n = docs.addObject();
      n.put("doc", d.doc());
      n.put("matched", d.matches().size());
      n.set("missed", json.valueToTree(d.missed()));
      n.set("spurious", json.valueToTree(d.spurious()));
    }
    try {
      out.println(json.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }

  private static void accuracy(ObjectNode n, Scores.Accuracy a) {
    n.put("accuracy", a.value());
    n.put("correct", a.correct());
    n.put("total", a.total());
  }
}
