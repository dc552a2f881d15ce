package org.storyline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;

/**
 * One MEANTIME / NewsReader CAT XML document, read leniently with patterns rather than a strict
 * XML parser (attribute order, quotes, self-closing tags and unknown elements do not matter):
 * its {@code <token t_id sentence>} tokens, {@code ENTITY_MENTION} markables with their
 * syntactic type and the {@code ent_type} of the {@code ENTITY} instance a {@code REFERS_TO}
 * relation links them to, and {@code TIMEX3} markables with type, value and function.
 *
 * <p>The plain text is rebuilt from the tokens: sentences on their own lines (the title and the
 * date line come first in Wikinews articles), tokens separated by a blank except before closing
 * punctuation and after opening brackets; every markable's span is the character span of its
 * first to last token. Tokens a markable names but the document lacks are skipped; a markable
 * without tokens is dropped.
 *
 * <p>MEANTIME's document-level annotation covers the beginning of each article only (the title,
 * the date line and the first four sentences); later sentences carry only the entity and event
 * mentions of the cross-document layer, written without a {@code syntactic_type} attribute.
 * {@link #annotatedEnd()} is the end of the last sentence with a token of a document-level
 * markable (an entity mention with a syntactic type, TIMEX3, VALUE, SIGNAL, C-SIGNAL), so that a
 * scorer can leave the partly annotated rest out.
 */
public final class MeantimeDocument {
  private static final Pattern TOKEN =
      Pattern.compile("<token\\b([^>]*)>(.*?)</token>", Pattern.DOTALL);
  private static final Pattern MARKABLE = Pattern.compile(
      "<(ENTITY_MENTION|TIMEX3)\\b([^>]*?)(?:/>|>(.*?)</\\1>)", Pattern.DOTALL);
  private static final Pattern INSTANCE = Pattern.compile("<ENTITY\\b([^>]*?)/?>");
  private static final Pattern REFERS_TO = Pattern.compile("<REFERS_TO\\b[^>]*>(.*?)</REFERS_TO>", Pattern.DOTALL);
  private static final Pattern ANY_MARKABLE =
      Pattern.compile("<(ENTITY_MENTION|TIMEX3|VALUE|SIGNAL|C-SIGNAL)\\b([^>]*)>(.*?)</\\1>", Pattern.DOTALL);
  private static final Pattern ANCHOR = Pattern.compile("<token_anchor\\b[^>]*t_id\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern SOURCE = Pattern.compile("<source\\b[^>]*m_id\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern TARGET = Pattern.compile("<target\\b[^>]*m_id\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern DOCUMENT = Pattern.compile("<Document\\b([^>]*)>");

  /**
   * An entity mention.
   *
   * @param span its span in {@link #text()}
   * @param syntacticType NAM, PRE.NAM, NOM, PRO, ... ("" when not given)
   * @param entityType the linked instance's ent_type (PER, ORG, LOC, PRO, FIN, MIX), "" when unlinked
   */
  public record EntityMention(Span span, String syntacticType, String entityType) {
    /** {@return whether the mention is a name (NAM, or PRE.NAM: a name modifying a noun)} */
    public boolean named() {
      return syntacticType.equals("NAM") || syntacticType.equals("PRE.NAM");
    }
  }

  private final String id;
  private final String text;
  private final List<EntityMention> entities;
  private final List<Timex> timexes;
  private final Timex creationTime;
  private final int annotatedEnd;

  private MeantimeDocument(String id, String text, List<EntityMention> entities, List<Timex> timexes, Timex dct,
      int annotatedEnd) {
    this.annotatedEnd = annotatedEnd;
    this.id = id;
    this.text = text;
    this.entities = List.copyOf(entities);
    this.timexes = List.copyOf(timexes);
    this.creationTime = dct;
  }

  /**
   * Parses a CAT XML document.
   *
   * @param source file name for the exception's message
   * @throws FormatException when the document has no tokens
   */
  public static MeantimeDocument parse(String source, String xml) throws FormatException {
    Map<String, Span> tokenSpans = new HashMap<>();
    Map<String, String> sentenceOfToken = new HashMap<>();
    Map<String, Integer> sentenceEnd = new HashMap<>();
    StringBuilder text = new StringBuilder();
    Matcher t = TOKEN.matcher(xml);
    String sentence = null;
    String previous = null;
    while (t.find()) {
      Map<String, String> a = attributes(t.group(1));
      String word = unescape(t.group(2)).strip();
      if (word.isEmpty()) {
        continue;
      }
      String s = a.getOrDefault("sentence", "");
      if (sentence != null && !s.equals(sentence)) {
        text.append('\n');
      } else if (previous != null && spaceBetween(previous, word)) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      tokenSpans.put(a.getOrDefault("t_id", ""), new Span(start, text.length()));
      sentenceOfToken.put(a.getOrDefault("t_id", ""), s);
      sentenceEnd.put(s, text.length());
      sentence = s;
      previous = word;
    }
    if (tokenSpans.isEmpty()) {
      throw new FormatException(source, 0, "no <token> elements");
    }
    Map<String, String> typeOfInstance = new HashMap<>();
    Matcher in = INSTANCE.matcher(xml);
    while (in.find()) {
      Map<String, String> a = attributes(in.group(1));
      typeOfInstance.put(a.getOrDefault("m_id", ""), a.getOrDefault("ent_type", ""));
    }
    Map<String, String> typeOfMention = new HashMap<>();
    Matcher r = REFERS_TO.matcher(xml);
    while (r.find()) {
      Matcher target = TARGET.matcher(r.group(1));
      if (!target.find() || !typeOfInstance.containsKey(target.group(1))) {
        continue;
      }
      Matcher src = SOURCE.matcher(r.group(1));
      while (src.find()) {
        typeOfMention.put(src.group(1), typeOfInstance.get(target.group(1)));
      }
    }
    Map<String, EntityMention> entities = new LinkedHashMap<>();
    List<Timex> timexes = new ArrayList<>();
    Timex dct = null;
    Matcher m = MARKABLE.matcher(xml);
    while (m.find()) {
      Map<String, String> a = attributes(m.group(2));
      Span span = span(m.group(3) == null ? "" : m.group(3), tokenSpans);
      if (span == null) {
        continue;
      }
      String mid = a.getOrDefault("m_id", "");
      if (m.group(1).equals("ENTITY_MENTION")) {
        entities.put(mid, new EntityMention(span, a.getOrDefault("syntactic_type", ""), typeOfMention.getOrDefault(mid, "")));
      } else {
        Timex x = new Timex(span, "t" + mid, a.getOrDefault("type", ""), a.getOrDefault("value", ""));
        if ("CREATION_TIME".equals(a.get("functionInDocument"))) {
          dct = x;
        } else {
          timexes.add(x);
        }
      }
    }
    int annotatedEnd = 0;
    Matcher any = ANY_MARKABLE.matcher(xml);
    while (any.find()) {
      if (any.group(1).equals("ENTITY_MENTION") && !attributes(any.group(2)).containsKey("syntactic_type")) {
        continue;
      }
      Matcher anchor = ANCHOR.matcher(any.group(3));
      while (anchor.find()) {
        String s = sentenceOfToken.get(anchor.group(1));
        if (s != null) {
          annotatedEnd = Math.max(annotatedEnd, sentenceEnd.get(s));
        }
      }
    }
    Matcher d = DOCUMENT.matcher(xml);
    String id = d.find() ? attributes(d.group(1)).getOrDefault("doc_id", source) : source;
    return new MeantimeDocument(id, text.toString(), new ArrayList<>(entities.values()), timexes, dct,
        annotatedEnd);
  }

  /** {@return the document id} */
  public String id() {
    return id;
  }

  /** {@return the plain text rebuilt from the tokens} */
  public String text() {
    return text;
  }

  /** {@return every entity mention, in file order} */
  public List<EntityMention> entities() {
    return entities;
  }

  /** {@return the time expressions other than the document creation time, in file order} */
  public List<Timex> timexes() {
    return timexes;
  }

  /** {@return where the annotated part of the text ends (0 when nothing is annotated)} */
  public int annotatedEnd() {
    return annotatedEnd;
  }

  /** {@return the document creation time (its TIMEX3 with functionInDocument="CREATION_TIME"), or null} */
  public Timex creationTime() {
    return creationTime;
  }

  private static Span span(String body, Map<String, Span> tokens) {
    int start = Integer.MAX_VALUE;
    int end = -1;
    Matcher a = ANCHOR.matcher(body);
    while (a.find()) {
      Span s = tokens.get(a.group(1));
      if (s != null) {
        start = Math.min(start, s.start());
        end = Math.max(end, s.end());
      }
    }
    return end < 0 ? null : new Span(start, end);
  }

  private static boolean spaceBetween(String previous, String word) {
    if (word.matches("[,.;:!?%)\\]}]+|'s|'|n't|'re|'ve|'ll|'d|'m")) {
      return false;
    }
    return !previous.matches("[(\\[{$]");
  }

  private static Map<String, String> attributes(String s) {
    Map<String, String> out = new HashMap<>();
    Matcher a = ATTRIBUTE.matcher(s);
    while (a.find()) {
      out.put(a.group(1), unescape(a.group(2) != null ? a.group(2) : a.group(3)));
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
