package org.diplograph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text: UTF-8 when the bytes are valid UTF-8, else
 * windows-1252 (what older French sites and Windows editors write), else a clear refusal.
 */
public final class TextDecoder {

  /** The text and the charset it was decoded with. */
  public record Decoded(String text, Charset charset) {
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Files with more control characters than this share of their first bytes are not text. */
  private static final double MAX_CONTROL_SHARE = 0.05;
  private static final int SNIFF_BYTES = 8192;

  private TextDecoder() {
  }

  /**
   * Decodes {@code bytes}.
   *
   * @throws InputException when the bytes are empty, binary, or neither UTF-8 nor windows-1252
   */
  public static Decoded decode(byte[] bytes) throws InputException {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    if (isBlank(bytes, start)) {
      throw new InputException("empty file");
    }
    if (looksBinary(bytes, start)) {
      throw new InputException("binary file, not text");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return new Decoded(strict(StandardCharsets.UTF_8, in), StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      in.rewind().position(start);
      try {
        return new Decoded(strict(WINDOWS_1252, in), WINDOWS_1252);
      } catch (CharacterCodingException notCp1252) {
        throw new InputException("not valid UTF-8, and not windows-1252 text either");
      }
    }
  }

  private static String strict(Charset charset, ByteBuffer in) throws CharacterCodingException {
    CharBuffer out = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in);
    return out.toString();
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static boolean isBlank(byte[] b, int start) {
    for (int i = start; i < b.length; i++) {
      int c = b[i] & 0xFF;
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  /** A NUL byte, or many C0 control characters, in the first few kilobytes. */
  private static boolean looksBinary(byte[] b, int start) {
    int end = Math.min(b.length, start + SNIFF_BYTES);
    int controls = 0;
    for (int i = start; i < end; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    return controls > MAX_CONTROL_SHARE * (end - start);
  }
}
