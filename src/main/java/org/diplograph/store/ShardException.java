package org.diplograph.store;

/** A shard that cannot be loaded: the message names the file (and line) and the reason. */
public final class ShardException extends RuntimeException {

  public ShardException(String message, Throwable cause) {
    super(message, cause);
  }

  public ShardException(String message) {
    super(message);
  }
}
