package org.diplograph.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplograph.rules.ClasspathFiles;

/**
 * A saved query of {@code queries/}: its name, the question its opening comment states, the
 * parameters it documents, and its text.
 *
 * @param name       the file name without {@code .rq}, e.g. {@code who-met-whom}
 * @param question   the first paragraph of the opening comment
 * @param parameters the documented parameters, e.g. {@code ?person  the person's IRI}
 * @param text       the query text
 */
public record SavedQuery(String name, String question, List<String> parameters, String text) {

  /** Where saved queries travel on the class path (and lie in the repository). */
  public static final String FOLDER = "queries";

  public SavedQuery {
    parameters = List.copyOf(parameters);
  }

  /** The saved queries bundled with diplograph, by name. */
  public static List<SavedQuery> bundled() {
    List<SavedQuery> out = new ArrayList<>();
    for (String resource : ClasspathFiles.list(FOLDER, ".rq")) {
      String name = resource.substring(FOLDER.length() + 1, resource.length() - ".rq".length());
      out.add(parse(name, new String(ClasspathFiles.read(resource), StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** The bundled saved query of that name. */
  public static Optional<SavedQuery> bundled(String name) {
    return bundled().stream().filter(q -> q.name().equals(name)).findFirst();
  }

  /** Reads the opening comment: a question paragraph, then "Parameters:" lines. */
  static SavedQuery parse(String name, String text) {
    StringBuilder question = new StringBuilder();
    List<String> parameters = new ArrayList<>();
    boolean inQuestion = true;
    boolean inParameters = false;
    for (String line : text.split("\n")) {
      if (!line.startsWith("#")) {
        break;
      }
      String body = line.replaceFirst("^#\\s?", "");
      if (body.isBlank()) {
        inQuestion = false;
        continue;
      }
      if (body.startsWith("Parameters:")) {
        inParameters = true;
        body = body.substring("Parameters:".length()).strip();
        if (body.startsWith("?")) { // not "none."
          parameters.add(body);
        }
        continue;
      }
      if (body.startsWith("Example:")) {
        inParameters = false;
        continue;
      }
      if (inParameters && body.strip().startsWith("?")) {
        parameters.add(body.strip());
      } else if (inQuestion) {
        question.append(question.length() == 0 ? "" : " ").append(body.strip());
      }
    }
    return new SavedQuery(name, question.toString(), parameters, text);
  }
}
