package org.diplograph.ingest;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of an HTML page, one block element a line, without scripts, styles, navigation,
 * headers, footers, forms or asides; and the metadata the page carries in its head.
 */
public final class HtmlText {

  /** Elements that never hold article text. */
  private static final String NOT_TEXT = "script, style, noscript, template, nav, header, footer, aside,"
      + " form, iframe, svg, canvas, button, select, [aria-hidden=true],"
      + " [role=navigation], [role=banner], [role=contentinfo], [hidden]";

  /** Elements that start a new line of text. */
  private static final List<String> BLOCKS = List.of("p", "div", "section", "article", "main", "h1",
      "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "br",
      "tr", "table", "figcaption", "figure", "hr", "address");

  private HtmlText() {
  }

  /** Extracts the article text and the head's metadata (missing values are {@code null}). */
  public static ArticleMetadata extract(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String title = firstNonBlank(meta(page, "meta[property=og:title]"), page.title());
    String published = firstNonBlank(meta(page, "meta[property=article:published_time]"),
        meta(page, "meta[name=date]"), meta(page, "meta[itemprop=datePublished]"),
        attr(page.selectFirst("time[datetime]"), "datetime"));
    String url = firstNonBlank(attr(page.selectFirst("link[rel=canonical]"), "href"),
        meta(page, "meta[property=og:url]"));
    page.select(NOT_TEXT).remove();
    Element root = firstNonNull(longest(page.select("article")), page.selectFirst("main"),
        page.selectFirst("[role=main]"), page.body());
    String text = root == null ? "" : blockText(root);
    return new ArticleMetadata(null, text, published, url, null, title);
  }

  private static String blockText(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.text();
          if (!s.isBlank()) {
            if (out.length() > 0 && !endsWithSpace(out) && Character.isWhitespace(s.charAt(0))) {
              out.append(' ');
            }
            out.append(s.strip());
            if (Character.isWhitespace(s.charAt(s.length() - 1))) {
              out.append(' ');
            }
          }
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          newline(out);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          newline(out);
        }
      }
    }, root);
    return out.toString().strip();
  }

  /** Pages often hold teaser articles beside the real one: take the one with the most text. */
  private static Element longest(List<Element> candidates) {
    Element best = null;
    for (Element e : candidates) {
      if (best == null || e.text().length() > best.text().length()) {
        best = e;
      }
    }
    return best;
  }

  private static boolean endsWithSpace(StringBuilder sb) {
    return sb.length() > 0 && Character.isWhitespace(sb.charAt(sb.length() - 1));
  }

  private static void newline(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  private static String meta(org.jsoup.nodes.Document page, String selector) {
    return attr(page.selectFirst(selector), "content");
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

}
