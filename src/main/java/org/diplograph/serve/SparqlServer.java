package org.diplograph.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.store.DiplographStore;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SPARQL endpoint over a store: an embedded Fuseki serving the dataset {@value #DATASET}
 * (SPARQL 1.1 query protocol and read-only Graph Store Protocol; updates only with credentials),
 * a landing page at {@code /}, the saved queries at {@code /queries/NAME} and the explore page at
 * {@code /explore/} (which reads the graph through the same endpoint).
 *
 * <p>Life cycle: {@link #builder} checks every setting and {@link Builder#build} refuses an
 * inconsistent one (updates without credentials) with the value in the message; {@link #start}
 * binds the port and serves until {@link #stop}. The store stays open (and locked to this
 * process) for as long as the server runs; the caller closes it after {@link #stop}.
 */
public final class SparqlServer {

  private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

  /** The dataset's path. */
  public static final String DATASET = "/diplograph";
  /** The realm that a browser shows when it asks for credentials. */
  static final String REALM = "diplograph";

  private final FusekiServer fuseki;
  private final Settings settings;
  /** The users of the password file (re-read when the file changes), or null. */
  private final UserStore users;

  /** Everything the builder decided, for the landing page. */
  record Settings(String host, int port, Duration timeout, long resultLimit, boolean update,
      boolean ui) {
  }

  private SparqlServer(FusekiServer fuseki, Settings settings, UserStore users) {
    this.fuseki = fuseki;
    this.settings = settings;
    this.users = users;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts serving; returns at once. */
  public SparqlServer start() {
    fuseki.start();
    return this;
  }

  /** Stops serving (the store stays open). */
  public void stop() {
    fuseki.stop();
    if (users != null) {
      try {
        users.stop(); // it watches the password file on a thread of its own
      } catch (Exception e) {
        LOG.warn("could not stop watching the password file: {}", e.toString());
      }
    }
  }

  /** Waits until the server stops. */
  public void join() {
    fuseki.join();
  }

  /** The port served (the one the system chose when built with port 0). */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The server's base URL, e.g. {@code http://127.0.0.1:3030/}. */
  public String url() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return "http://" + host + ":" + port() + "/";
  }

  /** Whether the server answers only this machine. */
  public boolean loopbackOnly() {
    return isLoopback(settings.host());
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Builds a server, rejecting bad values with the value in the message. */
  public static final class Builder {

    private String host = "127.0.0.1";
    private int port = 3030;
    private Duration timeout = Duration.ofSeconds(30);
    private long resultLimit = 10_000;
    private boolean update;
    private Path passwordFile;
    private AuthScheme authScheme = AuthScheme.BASIC;
    private boolean ui;
    private Path runArea;

    private Builder() {
    }

    /** The address to listen on: a host name or IP address; {@code 0.0.0.0} is every interface. */
    public Builder host(String host) {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("the host may not be blank");
      }
      try {
        InetAddress.getByName(host);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("unknown host \"" + host + "\"");
      }
      this.host = host;
      return this;
    }

    /** The port; 0 lets the system choose a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The longest a query may run before it is stopped. */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the query timeout must be positive, not " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** The most rows (or triples) one query returns. */
    public Builder resultLimit(long resultLimit) {
      if (resultLimit < 1) {
        throw new IllegalArgumentException("the result limit must be at least 1, not " + resultLimit);
      }
      this.resultLimit = resultLimit;
      return this;
    }

    /** Whether SPARQL Update and Graph Store writes are offered (to authenticated users only). */
    public Builder update(boolean update) {
      this.update = update;
      return this;
    }

    /** The users who may update (and administer): {@code user:password} lines. */
    public Builder passwordFile(Path passwordFile) {
      this.passwordFile = passwordFile;
      return this;
    }

    /** How credentials are asked for: {@code basic} or {@code digest}. */
    public Builder authScheme(String scheme) {
      AuthScheme s = scheme == null ? AuthScheme.UNKNOWN : AuthScheme.scheme(scheme);
      if (s != AuthScheme.BASIC && s != AuthScheme.DIGEST) {
        throw new IllegalArgumentException("the authentication scheme is basic or digest, not \""
            + scheme + "\"");
      }
      this.authScheme = s;
      return this;
    }

    /** Whether to serve Fuseki's web UI (with its admin module, which needs credentials). */
    public Builder ui(boolean ui) {
      this.ui = ui;
      return this;
    }

    /** The folder for the admin module's files (default: {@code fuseki} inside the store). */
    public Builder runArea(Path runArea) {
      this.runArea = runArea;
      return this;
    }

    /**
     * Checks that the settings hang together (updates and the UI need credentials, the password
     * file is usable); {@link #build} checks too, so this is for failing before opening a store.
     */
    public Builder check() {
      if (update && passwordFile == null) {
        throw new IllegalArgumentException("updates need credentials: give --auth FILE with"
            + " user:password lines together with --update");
      }
      if (ui && passwordFile == null) {
        throw new IllegalArgumentException("the Fuseki UI comes with admin operations that can"
            + " add and delete datasets: give --auth FILE with user:password lines together with --ui");
      }
      if (passwordFile != null) {
        checkPasswordFile(passwordFile);
      }
      return this;
    }

    /** The server over {@code store}, not started. */
    public SparqlServer build(DiplographStore store) {
      Objects.requireNonNull(store, "store");
      check();
      DatasetGraph dsg = store.dataset().asDatasetGraph();
      // Fuseki reads the timeout from the dataset's context (the protocol's ?timeout may only lower it)
      dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));

      DataService.Builder service = DataService.newBuilder(dsg)
          .addEndpoint(Operation.Query)
          .addEndpoint(Operation.GSP_R)
          .addEndpoint(Operation.Query, "sparql")
          .addEndpoint(Operation.Query, "query")
          .addEndpoint(Operation.GSP_R, "get");
      if (update) {
        service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
            .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
      }
      Settings settings = new Settings(host, port, timeout, resultLimit, update, ui);
      FusekiServer.Builder fuseki = FusekiServer.create()
          .port(port)
          .loopback(isLoopback(host))
          .enableCors(true, null)
          .registerOperation(Operation.Query, new CappedQuery(resultLimit))
          .registerOperation(Operation.GSP_R, new UnionDefaultGraphRead())
          .add(DATASET, service)
          .addServlet("", new LandingPage(store, settings))
          .addServlet("/queries/*", new SavedQueryServlet(store.dataset(), timeout, resultLimit))
          .addServlet("/explore/*", new ExploreServlet());
      UserStore users = null;
      if (passwordFile != null) {
        users = JettySecurityLib.makeUserStore(passwordFile.toString());
        ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM, users,
            authScheme);
        if (ui) {
          // the admin module's operations (add or delete datasets, backups, ...) ask for the same
          // credentials as updates
          JettySecurityLib.addPathConstraint(security, "/$/*");
        }
        fuseki.securityHandler(security).auth(authScheme);
      }
      if (ui) {
        Path area = runArea != null ? runArea : store.directory().resolve("fuseki");
        String env = System.getenv("FUSEKI_BASE");
        if (env != null && !Path.of(env).toAbsolutePath().equals(area.toAbsolutePath())) {
          LOG.warn("FUSEKI_BASE is set to {}: the Fuseki UI keeps its files there, not in {}", env, area);
        }
        // the admin module finds its run folder through FUSEKI_BASE (environment, else property)
        System.setProperty("FUSEKI_BASE", area.toAbsolutePath().toString());
        fuseki.fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()));
      }
      FusekiServer server = fuseki.build();
      if (!isLoopback(host)) {
        for (Connector c : server.getJettyServer().getConnectors()) {
          if (c instanceof ServerConnector sc) {
            sc.setHost(host.equals("0.0.0.0") || host.equals("::") ? null : host);
          }
        }
      }
      return new SparqlServer(server, settings, users);
    }

    /** A password file must be readable and hold at least one well-formed user:password line. */
    private static void checkPasswordFile(Path file) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the password file " + file + ": "
            + e.getMessage(), e);
      }
      int users = 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 1 || colon == line.length() - 1) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected user:password");
        }
        if (line.indexOf(',', colon) >= 0) {
          // Jetty's user store reads what follows a comma as role names
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": a password may not contain a comma");
        }
        users++;
      }
      if (users == 0) {
        throw new IllegalArgumentException(file + ": no user:password line");
      }
    }
  }
}
