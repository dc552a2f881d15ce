package org.storyline.store;

/**
 * The store could not be opened, read or written: an I/O or SQLite failure (chained as the cause),
 * a database written by a newer Storyline, or a file that is not a Storyline store. Unchecked, like
 * {@link java.io.UncheckedIOException}; bugs in the data handed to the store (a span outside its
 * article's text) are {@link IllegalStateException}s instead.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
