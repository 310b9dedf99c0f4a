package org.diplograph.serve;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.extract.RuleBasedExtractor;
import org.diplograph.nlp.AnnotatedDocument;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.Conllu;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildPipeline;
import org.diplograph.pipeline.Fingerprint;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.store.DiplographStore;

/**
 * A real TDB2 store built from the seed articles as {@code build} builds it, with the seeds'
 * stored annotations standing in for the models (the same analyses, without loading CoreNLP).
 */
final class SeedStore {

  private SeedStore() {
  }

  static DiplographStore build(Path dir) {
    Map<String, AnnotatedDocument> stored = new HashMap<>();
    Path conllu = Path.of("src", "test", "resources", "extract", "seeds.conllu");
    try (Reader r = Files.newBufferedReader(conllu, StandardCharsets.UTF_8)) {
      for (AnnotatedDocument d : Conllu.read(r, conllu.toString())) {
        stored.put(d.document().id(), d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Annotator fromStored = doc -> stored.get(doc.id());
    DiplographStore store = DiplographStore.create(dir);
    ReferenceGraph reference = ReferenceGraph.load();
    store.updateReference(reference);
    new BuildPipeline(() -> fromStored, RuleBasedExtractor.standard(), store,
        Fingerprint.of(reference), new BuildPipeline.Options(2, 5_000_000, 8, false))
        .run(List.of(Path.of("data", "corpus")), BuildListener.NONE);
    return store;
  }
}
