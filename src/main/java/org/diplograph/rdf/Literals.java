package org.diplograph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.diplograph.model.PartialDate;

/** Typed literals as diplograph writes them. */
public final class Literals {

  private Literals() {
  }

  /** A date at its own precision: xsd:date, xsd:gYearMonth, xsd:gYear or xsd:gMonthDay. */
  public static Literal date(PartialDate d) {
    RDFDatatype type = switch (d.precision()) {
      case DAY -> XSDDatatype.XSDdate;
      case YEAR_MONTH -> XSDDatatype.XSDgYearMonth;
      case YEAR -> XSDDatatype.XSDgYear;
      case MONTH_DAY -> XSDDatatype.XSDgMonthDay;
    };
    return ResourceFactory.createTypedLiteral(d.toString(), type);
  }

  /** The partial date a literal written by {@link #date} holds. */
  public static PartialDate partialDate(Literal l) {
    return PartialDate.parse(l.getLexicalForm());
  }

  /**
   * A confidence as an xsd:decimal of at most two digits, in canonical form ("0.9", "1.0"), as
   * TDB2 gives decimals back: a dump then reads back equal to the store.
   */
  public static Literal confidence(double c) {
    BigDecimal d = BigDecimal.valueOf(c).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    String lexical = d.scale() <= 0 ? d.setScale(0).toPlainString() + ".0" : d.toPlainString();
    return ResourceFactory.createTypedLiteral(lexical, XSDDatatype.XSDdecimal);
  }

  public static Literal integer(long n) {
    return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
  }

  /** French text. */
  public static Literal fr(String text) {
    return ResourceFactory.createLangLiteral(text, "fr");
  }

  /** A plain string (xsd:string). */
  public static Literal string(String text) {
    return ResourceFactory.createStringLiteral(text);
  }
}
