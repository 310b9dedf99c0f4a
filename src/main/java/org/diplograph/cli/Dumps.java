package org.diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.diplograph.export.ExportFormat;
import org.diplograph.export.Exporter;
import org.diplograph.store.DiplographStore;

/** Writes dump files whole or not at all: to a temporary file beside the target, then renamed. */
final class Dumps {

  private Dumps() {
  }

  static long write(DiplographStore store, ExportFormat format, Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
      long n;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        n = Exporter.write(store.dataset(), format, out);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return n;
    } catch (IOException e) {
      throw new UserError(ExitCodes.INPUT_FAILED, "cannot write " + file + ": " + e.getMessage(), e);
    }
  }

}
