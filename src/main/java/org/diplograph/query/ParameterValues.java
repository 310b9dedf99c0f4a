package org.diplograph.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;
import org.diplograph.rdf.Vocab;

/**
 * Turns a {@code --param NAME=VALUE} value into an RDF term:
 *
 * <ul>
 *   <li>{@code <IRI>}, or a value starting with {@code http://}, {@code https://} or {@code urn:}:
 *       an IRI; {@code dg:Meeting}, {@code dgid:person/vladimir-poutine} and the other prefixes
 *       diplograph writes are expanded;
 *   <li>{@code 2019-05-14}: an {@code xsd:date}; {@code 2019-05}: an {@code xsd:gYearMonth};
 *       {@code --05-14}: an {@code xsd:gMonthDay};
 *   <li>an integer or decimal number, {@code true} or {@code false}: a typed number or boolean;
 *   <li>{@code LEXICAL^^xsd:TYPE}: that typed literal; {@code "text"@fr}: a language-tagged
 *       string;
 *   <li>anything else: a plain string (quotes, braces, newlines and SPARQL keywords included: the
 *       value is always one term and never changes the query's structure).
 * </ul>
 */
public final class ParameterValues {

  private static final PrefixMapping PREFIXES = Vocab.prefixes();
  private static final Pattern TYPED = Pattern.compile("(?s)(.*)\\^\\^(\\S+)");
  private static final Pattern LANG = Pattern.compile("(?s)\"(.*)\"@([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)");
  private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][\\w-]*):(\\S*)");

  private ParameterValues() {
  }

  public static Node parse(String value) {
    if (value.startsWith("<") && value.endsWith(">") && value.length() > 2) {
      return iri(value.substring(1, value.length() - 1));
    }
    if (value.startsWith("http://") || value.startsWith("https://") || value.startsWith("urn:")) {
      return iri(value);
    }
    Matcher m = PREFIXED.matcher(value);
    if (m.matches() && PREFIXES.getNsPrefixURI(m.group(1)) != null) {
      return iri(PREFIXES.getNsPrefixURI(m.group(1)) + m.group(2));
    }
    m = LANG.matcher(value);
    if (m.matches()) {
      return NodeFactory.createLiteralLang(m.group(1), m.group(2));
    }
    m = TYPED.matcher(value);
    if (m.matches()) {
      String type = PREFIXES.expandPrefix(m.group(2));
      if (type.startsWith("<") && type.endsWith(">")) {
        type = type.substring(1, type.length() - 1);
      }
      var datatype = TypeMapper.getInstance().getSafeTypeByName(type);
      if (!datatype.isValid(m.group(1))) {
        throw new QueryException(QueryException.Kind.PARAMETER,
            "\"" + m.group(1) + "\" is not a valid " + m.group(2));
      }
      return NodeFactory.createLiteralDT(m.group(1), datatype);
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return typed(value, XSDDatatype.XSDdate);
    }
    if (value.matches("\\d{4}-\\d{2}")) {
      return typed(value, XSDDatatype.XSDgYearMonth);
    }
    if (value.matches("--\\d{2}-\\d{2}")) {
      return typed(value, XSDDatatype.XSDgMonthDay);
    }
    if (value.matches("[-+]?\\d+")) {
      return typed(value, XSDDatatype.XSDinteger);
    }
    if (value.matches("[-+]?\\d*\\.\\d+")) {
      return typed(value, XSDDatatype.XSDdecimal);
    }
    if (value.equals("true") || value.equals("false")) {
      return typed(value, XSDDatatype.XSDboolean);
    }
    return NodeFactory.createLiteralString(value);
  }

  private static Node typed(String lexical, XSDDatatype type) {
    if (!type.isValid(lexical)) {
      throw new QueryException(QueryException.Kind.PARAMETER,
          "\"" + lexical + "\" is not a valid " + type.getURI().replace(XSDDatatype.XSD + "#", "xsd:"));
    }
    return NodeFactory.createLiteralDT(lexical, type);
  }

  private static Node iri(String s) {
    try {
      IRIx iri = IRIx.create(s);
      if (!iri.isAbsolute()) {
        throw new QueryException(QueryException.Kind.PARAMETER, "not an absolute IRI: " + s);
      }
      return NodeFactory.createURI(iri.str());
    } catch (IRIException e) {
      throw new QueryException(QueryException.Kind.PARAMETER, "not a valid IRI: " + s, e);
    }
  }
}
