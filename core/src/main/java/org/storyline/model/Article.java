package org.storyline.model;

/**
 * A cleaned article. {@code text} is the main text after boilerplate removal; {@code toSource}
 * maps offsets in {@code text} back to the characters of the document as read ({@code source}
 * names where it came from: a path or URL as given).
 *
 * @param id content-derived id: the same source and content always give the same id
 * @param source the path or URL as given
 * @param url canonical URL when known, else null
 * @param title the title, or "" when none
 * @param byline author(s) when known, else null
 * @param text cleaned main text; every span of the article points into it
 * @param toSource offsets in {@code text} to offsets in the raw document
 * @param published publication date with its basis
 * @param contentHash hash of the normalised text, equal for exact duplicates
 */
public record Article(
    ArticleId id,
    String source,
    String url,
    String title,
    String byline,
    String text,
    OffsetMap toSource,
    PublicationDate published,
    String contentHash) {
  public Article {
    if (id == null || source == null || title == null || text == null || toSource == null || published == null) {
      throw new IllegalArgumentException("article " + id + ": missing required field");
    }
    if (toSource.derivedLength() != text.length()) {
      throw new IllegalArgumentException(
          "article " + id + ": offset map covers " + toSource.derivedLength() + " chars, text has " + text.length());
    }
    if (contentHash == null) {
      contentHash = "";
    }
  }

  public Article withPublished(PublicationDate date) {
    return new Article(id, source, url, title, byline, text, toSource, date, contentHash);
  }
}
