package org.diplograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.model.Document;
import org.diplograph.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

  @TempDir
  Path dir;

  private List<IngestResult> ingest(Path... paths) {
    InputFiles.Found found = InputFiles.under(List.of(paths));
    List<IngestResult> results = new ArrayList<>(found.problems());
    new Ingestor().read(found.files(), results::add);
    return results;
  }

  private static Document only(List<IngestResult> results) {
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).isInstanceOf(IngestResult.Read.class);
    return ((IngestResult.Read) results.get(0)).document();
  }

  @Test
  void readsTheBundledCorpusWithItsSidecars() {
    List<IngestResult> results = ingest(Path.of("data", "corpus"));
    assertThat(results).hasSize(5).allMatch(r -> r instanceof IngestResult.Read);
    Document d002 = results.stream().map(r -> ((IngestResult.Read) r).document())
        .filter(d -> d.id().equals("002_dff06ff9bc25c1fb")).findFirst().orElseThrow();
    assertThat(d002.published()).isEqualTo(PartialDate.parse("2016-03"));
    assertThat(d002.source()).isEqualTo("Sputnik");
    assertThat(d002.text()).startsWith("Ecoutez Radio Sputnik");
    assertThat(d002.body().text()).startsWith("le secrétaire d'Etat américain John Kerry");
  }

  @Test
  void aTextFileTakesItsIdFromTheFileNameUnlessTheSidecarGivesOne() throws IOException {
    Files.writeString(dir.resolve("article-1.txt"), "Emmanuel Macron a reçu Olaf Scholz.");
    assertThat(only(ingest(dir.resolve("article-1.txt"))).id()).isEqualTo("article-1");

    Files.writeString(dir.resolve("article-1.json"), """
        {"id": "lemonde-42", "published": "2023-05-05T10:00:00+02:00",
         "url": "https://example.org/a", "source": "Le Monde", "title": "Rencontre", "extra": 1}
        """);
    Document d = only(ingest(dir));
    assertThat(d.id()).isEqualTo("lemonde-42");
    assertThat(d.published()).hasToString("2023-05-05");
    assertThat(d.url()).isEqualTo("https://example.org/a");
    assertThat(d.source()).isEqualTo("Le Monde");
    assertThat(d.title()).isEqualTo("Rencontre");
  }

  @Test
  void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws IOException {
    String seed = Files.readString(Path.of("data/corpus/000_57d11a951a98860c.txt"));
    Files.write(dir.resolve("latin.txt"), seed.getBytes(Charset.forName("windows-1252")));
    Document d = only(ingest(dir.resolve("latin.txt")));
    assertThat(d.text()).isEqualTo(seed).contains("États-Unis", "« Il est bon");
  }

  @Test
  void readsTheMainTextOfAnHtmlPage() throws IOException {
    Files.writeString(dir.resolve("page.html"), """
        <html><head><title>Macron reçoit Sall</title>
        <meta property="article:published_time" content="2020-08-19T12:00:00Z">
        <link rel="canonical" href="https://example.org/macron-sall">
        <script>var tracking = "rencontre";</script><style>p { color: red }</style></head>
        <body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
        <header>Le Journal</header>
        <article><h1>Macron reçoit Macky Sall</h1>
        <p>Emmanuel Macron a reçu <b>Macky Sall</b> mercredi à l'Elysée.</p>
        <p>Les deux présidents ont parlé du Sahel.</p></article>
        <aside>Lire aussi : autre chose</aside><footer>© Le Journal</footer></body></html>
        """);
    Document d = only(ingest(dir));
    assertThat(d.text()).isEqualTo("Macron reçoit Macky Sall\n"
        + "Emmanuel Macron a reçu Macky Sall mercredi à l'Elysée.\n"
        + "Les deux présidents ont parlé du Sahel.");
    assertThat(d.title()).isEqualTo("Macron reçoit Sall");
    assertThat(d.published()).hasToString("2020-08-19");
    assertThat(d.url()).isEqualTo("https://example.org/macron-sall");
    assertThat(d.id()).isEqualTo("page");
  }

  @Test
  void readsJsonLinesAndReportsABadLineByItsNumber() throws IOException {
    Path jsonl = dir.resolve("feed.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\":\"a\",\"text\":\"Joe Biden a appelé Vladimir Poutine.\",\"published\":\"2021-04-13\"}",
        "{\"id\":\"b\",\"text\": broken",
        "",
        "{\"id\":\"c\",\"text\":\"Xi Jinping a reçu Olaf Scholz.\",\"url\":\"https://x.org/c\"}",
        "{\"id\":\"d\"}") + "\n");
    List<IngestResult> results = ingest(jsonl);
    assertThat(results).hasSize(4);
    assertThat(results.get(0)).isInstanceOfSatisfying(IngestResult.Read.class, r -> {
      assertThat(r.document().id()).isEqualTo("a");
      assertThat(r.document().published()).hasToString("2021-04-13");
      assertThat(r.origin()).isEqualTo(jsonl + ":1");
    });
    assertThat(results.get(1)).isInstanceOfSatisfying(IngestResult.Failed.class, f -> {
      assertThat(f.origin()).isEqualTo(jsonl + ":2");
      assertThat(f.reason()).startsWith("not a JSON object");
    });
    assertThat(results.get(2)).isInstanceOfSatisfying(IngestResult.Read.class,
        r -> assertThat(r.document().url()).isEqualTo("https://x.org/c"));
    assertThat(results.get(3)).isInstanceOfSatisfying(IngestResult.Failed.class, f -> {
      assertThat(f.origin()).isEqualTo(jsonl + ":5");
      assertThat(f.reason()).contains("\"text\"");
    });
  }

  @Test
  void aBrokenSidecarOrDateIsAWarningAndTheDocumentIsKept() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Le président a reçu son homologue.");
    Files.writeString(dir.resolve("a.json"), "{\"id\": \"x\", ");
    Files.writeString(dir.resolve("b.txt"), "Le président a reçu son homologue.");
    Files.writeString(dir.resolve("b.json"), "{\"published\": \"15/05/2019\", \"source\": \"S\"}");
    List<IngestResult> results = ingest(dir);
    assertThat(results).hasSize(2).allMatch(r -> r instanceof IngestResult.Read);
    IngestResult.Read a = (IngestResult.Read) results.get(0);
    assertThat(a.document().id()).isEqualTo("a");
    assertThat(a.warnings()).singleElement().asString()
        .contains("a.json").contains("not valid JSON").contains("without its metadata");
    IngestResult.Read b = (IngestResult.Read) results.get(1);
    assertThat(b.document().published()).isNull();
    assertThat(b.document().source()).isEqualTo("S");
    assertThat(b.warnings()).singleElement().asString().contains("b.json").contains("15/05/2019");
  }

  @Test
  void badFilesAreReportedWithTheirReasonAndTheOthersAreRead() throws IOException {
    Files.writeString(dir.resolve("empty.txt"), "  \n");
    Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12});
    Files.write(dir.resolve("neither.txt"), new byte[] {'a', 'b', (byte) 0xC3, (byte) 0x28, (byte) 0x81});
    Files.writeString(dir.resolve("good.txt"), "Le président a reçu son homologue.");
    Files.writeString(dir.resolve("later.jsonl"), "{\"id\":\"good\",\"text\":\"Encore.\"}\n");
    List<IngestResult> results = ingest(dir, dir.resolve("missing.txt"));
    assertThat(results).extracting(IngestResult::origin, r -> r instanceof IngestResult.Failed f ? f.reason() : "ok")
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(dir.resolve("missing.txt").toString(), "no such file or folder"),
            org.assertj.core.groups.Tuple.tuple(dir.resolve("binary.txt").toString(), "binary file, not text"),
            org.assertj.core.groups.Tuple.tuple(dir.resolve("later.jsonl") + ":1",
                "duplicate document id \"good\", already read from " + dir.resolve("good.txt")),
            org.assertj.core.groups.Tuple.tuple(dir.resolve("empty.txt").toString(), "empty file"),
            org.assertj.core.groups.Tuple.tuple(dir.resolve("good.txt").toString(), "ok"),
            org.assertj.core.groups.Tuple.tuple(dir.resolve("neither.txt").toString(),
                "not valid UTF-8, and not windows-1252 text either"));
  }

  @Test
  void aDocumentOverTheSizeLimitIsReportedNotRead() throws IOException {
    Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
    List<IngestResult> results = new ArrayList<>();
    new Ingestor(1000, BoilerplateCleaner.standard())
        .read(new InputFile(dir.resolve("big.txt"), InputFile.Format.TEXT), results::add);
    assertThat(results).singleElement().isInstanceOfSatisfying(IngestResult.Failed.class,
        f -> assertThat(f.reason()).contains("2000 bytes").contains("--max-doc-bytes"));
  }

  @Test
  void utf8WithByteOrderMarkIsRead() throws IOException {
    byte[] text = "Rencontre à Genève.".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(dir.resolve("bom.txt"), withBom);
    assertThat(only(ingest(dir)).text()).isEqualTo("Rencontre à Genève.");
  }
}
