package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplograph.eval.EvalReport;
import org.diplograph.eval.Evaluator;
import org.diplograph.eval.GoldDocument;
import org.diplograph.eval.GoldFile;
import org.diplograph.eval.Scores;
import org.diplograph.extract.RuleBasedExtractor;
import org.diplograph.model.Contact;
import org.diplograph.nlp.CoreNlpFrench;
import org.diplograph.resolve.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diplograph eval --gold FILE [PATH...]}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {
        "Scores contact extraction against gold annotations (JSON Lines, design §5): contact"
            + " precision, recall and F1, and the accuracy of place, date and status over matched"
            + " contacts, topic F1.",
        "Reads the articles under PATH (default data/corpus), or stored annotations with"
            + " --annotations, and matches documents to gold lines by id. Nothing is stored."})
final class EvalCommand extends DiplographCommand {

  @Option(names = "--gold", paramLabel = "FILE", required = true,
      description = "The gold annotations: one JSON object a line, {doc, published, contacts}.")
  Path gold;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Articles to read (files or folders). Default: data/corpus.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--annotations", paramLabel = "FILE.conllu",
      description = "Score stored annotations (CoNLL-U written by diplograph) instead of"
          + " annotating articles: no models are loaded.")
  List<Path> annotations = new ArrayList<>();

  @Option(names = "--json", description = "Print the scores as JSON, with every document's misses.")
  boolean json;

  @Override
  protected int run() throws IOException, InterruptedException {
    List<GoldDocument> goldDocs;
    try {
      goldDocs = GoldFile.read(gold);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UserError(ExitCodes.USAGE, "no gold file " + gold);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.INPUT_FAILED, e.getMessage(), e);
    }
    Evaluator evaluator = new Evaluator(RuleBasedExtractor.standard(), Gazetteer.standard());
    List<String> problems = new ArrayList<>();
    Map<String, List<Contact>> found;
    if (!annotations.isEmpty()) {
      found = evaluator.fromAnnotations(annotations);
    } else {
      List<Path> inputs = paths.isEmpty() ? List.of(Path.of("data", "corpus")) : paths;
      found = evaluator.fromArticles(inputs, CoreNlpFrench.shared(), common.threads(), problems::add);
    }
    for (GoldDocument g : goldDocs) {
      if (!found.containsKey(g.doc())) {
        problems.add(g.doc() + ": in the gold file but not among the documents read;"
            + " its contacts count as missed");
      }
    }
    problems.forEach(p -> err().println("warning: " + p));
    Scores scores = evaluator.score(goldDocs, found);
    if (json) {
      EvalReport.json(scores, out());
    } else {
      EvalReport.text(scores, common.verbose(), out());
    }
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
  }
}
