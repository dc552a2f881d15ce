package org.storyline.spark;

import java.io.Serializable;
import org.storyline.exchange.ExchangeJson;
import org.storyline.model.Diagnostic;

/**
 * One row between the job's steps: a kind, a key (an article id, a component, an entity id) and a
 * record in the exchange format ({@link ExchangeJson}). Plain strings travel through any shuffle.
 */
record Item(String kind, String key, String json) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** An article (ingested or analysed). */
  static final String ARTICLE = "article";
  /** A diagnostic. */
  static final String DIAGNOSTIC = "diagnostic";

  static Item of(Diagnostic d) {
    return new Item(DIAGNOSTIC, d.item(), ExchangeJson.write(d));
  }

  boolean isArticle() {
    return kind.equals(ARTICLE);
  }
}
