package org.diplograph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.diplograph.explore.ExploreAssets;

/**
 * The explore page at {@code /explore/}: its files, from the jar. The page asks the server's own
 * SPARQL endpoint for the graph, so it holds no copy of the data.
 */
final class ExploreServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo();
    if (path == null) {
      // the page's own links are relative to the folder: /explore would resolve them against /
      resp.sendRedirect(req.getRequestURI() + "/"
          + (req.getQueryString() == null ? "" : "?" + req.getQueryString()));
      return;
    }
    String name = path.equals("/") ? "index.html" : path.substring(1);
    Optional<ExploreAssets.Asset> asset = ExploreAssets.get(name);
    if (asset.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no " + name + " in the explore page");
      return;
    }
    resp.setContentType(asset.get().mediaType());
    resp.setHeader("Cache-Control", "no-cache");
    resp.setContentLength(asset.get().bytes().length);
    resp.getOutputStream().write(asset.get().bytes());
  }
}
