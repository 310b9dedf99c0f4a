package org.diplograph.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the endpoint tests (java.net.http). */
final class Http {

  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {
  }

  static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
  }

  /** A SPARQL query by GET, {@code ?query=...}. */
  static HttpResponse<String> query(String endpoint, String sparql, String accept)
      throws IOException, InterruptedException {
    return get(endpoint + "?query=" + encode(sparql), accept);
  }

  /** A form POST: {@code name=value} pairs, URL-encoded. */
  static HttpResponse<String> postForm(String url, String accept, String credentials, String... pairs)
      throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(encode(pairs[i + 1]));
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (credentials != null) {
      b.header("Authorization", basic(credentials));
    }
    return send(b.build());
  }

  static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String basic(String userColonPassword) {
    return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
