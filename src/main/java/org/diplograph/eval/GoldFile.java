package org.diplograph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads gold annotations: JSON Lines, one {@link GoldDocument} a line. */
public final class GoldFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFile() {
  }

  /**
   * @throws IllegalArgumentException naming {@code file:line} when a line does not parse
   */
  public static List<GoldDocument> read(Path file) throws IOException {
    List<GoldDocument> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          GoldDocument d = JSON.readValue(line, GoldDocument.class);
          if (d.doc() == null) {
            throw new IllegalArgumentException(file + ":" + n + ": no \"doc\" field");
          }
          docs.add(d);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(file + ":" + n + ": not a gold record: "
              + e.getOriginalMessage(), e);
        }
      }
    }
    return docs;
  }
}
