package org.diplograph.eval;

import java.util.List;

/**
 * The scores of an extraction against gold (design §5).
 *
 * @param truePositives  system contacts matched to a gold contact
 * @param falsePositives system contacts matched to none (spurious)
 * @param falseNegatives gold contacts matched by none (missed)
 * @param place          place accuracy over matched pairs whose gold has a place
 * @param date           date accuracy over matched pairs whose gold has a date
 * @param status         status accuracy over matched pairs
 * @param topicF1        micro F1 of topics over matched pairs whose gold has topics
 * @param documents      per-document detail
 */
public record Scores(int truePositives, int falsePositives, int falseNegatives, Accuracy place,
    Accuracy date, Accuracy status, double topicF1, List<DocumentScore> documents) {

  /** Correct out of total. */
  public record Accuracy(int correct, int total) {
    public double value() {
      return total == 0 ? 1.0 : (double) correct / total;
    }
  }

  /** One document's matches, misses and spurious contacts. */
  public record DocumentScore(String doc, List<Match> matches, List<GoldContact> missed,
      List<GoldContact> spurious) {
  }

  /** A gold contact and the system contact matched to it. */
  public record Match(GoldContact gold, GoldContact system, double overlap, boolean placeOk,
      boolean dateOk, boolean statusOk) {
  }

  public double precision() {
    int d = truePositives + falsePositives;
    return d == 0 ? 1.0 : (double) truePositives / d;
  }

  public double recall() {
    int d = truePositives + falseNegatives;
    return d == 0 ? 1.0 : (double) truePositives / d;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
