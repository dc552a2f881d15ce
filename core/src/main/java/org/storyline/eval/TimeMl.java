package org.storyline.eval;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.storyline.model.Span;

/**
 * Reads and writes TimeML (TempEval-3) documents.
 *
 * <p>{@link #parse} accepts gold files ({@code .tml}, with EVENT, TIMEX3 and SIGNAL tags inside
 * TEXT and MAKEINSTANCE/TLINK after it) and system input ({@code .tml.TE3input}: DCT, TITLE and a
 * plain TEXT). The document must be well-formed XML with exactly one TEXT element; DTDs and
 * external entities are not processed.
 *
 * <p>{@link #write} produces the TempEval-3 system output: the markup before TEXT verbatim (the
 * XML declaration rewritten to UTF-8), the TEXT content with every input tag removed and the given
 * TIMEX3 tags inserted, the text characters themselves unchanged (only {@code & < >} escaped), and
 * the document element closed right after TEXT. Annotations after TEXT (MAKEINSTANCE, TLINK, ...)
 * are dropped: they refer to the removed EVENT and TIMEX3 ids. The output is well-formed XML whose
 * TEXT, with tags removed, equals the input's — the condition the TempEval-3 scorer checks.
 */
public final class TimeMl {
  private static final Pattern TEXT_START = Pattern.compile("<TEXT(?:\\s[^>]*)?>");
  private static final Pattern XML_DECLARATION = Pattern.compile("^\\uFEFF?<\\?xml[^?]*\\?>");
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d\\d)-(\\d\\d)");

  private TimeMl() {}

  /** {@return the output name for an input file name: "a.tml" and "a.tml.TE3input" give "a"} */
  public static String baseName(String fileName) {
    String n = fileName;
    if (n.endsWith(".TE3input")) {
      n = n.substring(0, n.length() - ".TE3input".length());
    }
    if (n.endsWith(".tml")) {
      n = n.substring(0, n.length() - ".tml".length());
    }
    return n;
  }

  /** {@return whether a file name is TimeML input: {@code .tml} or {@code .tml.TE3input}} */
  public static boolean isTimeMlFile(String fileName) {
    return fileName.endsWith(".tml") || fileName.endsWith(".tml.TE3input");
  }

  /**
   * Parses one document.
   *
   * @param source the file as given, for messages and {@link TimeMlDocument#source()}
   * @param bytes the file's bytes (the encoding is taken from the XML declaration, default UTF-8)
   * @throws FormatException when the XML is not well-formed (with its line), there is no TEXT
   *     element or more than one, or a TIMEX3 inside TEXT is nested in another
   */
  public static TimeMlDocument parse(String source, byte[] bytes) throws FormatException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    String fileName = java.nio.file.Path.of(source).getFileName().toString();
    String root = null;
    String encoding = null;
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    Set<String> usedTids = new HashSet<>();
    String dctValue = null;
    int dctLine = 0;
    int textElements = 0;
    boolean inText = false;
    boolean inDct = false;
    Deque<String> open = new ArrayDeque<>();
    int timexStart = -1;
    String[] timexAttrs = null;
    int depthInText = 0;
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      encoding = r.getCharacterEncodingScheme();
      if (encoding == null) {
        encoding = r.getEncoding();
      }
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            String name = r.getLocalName();
            if (root == null) {
              root = name;
            }
            if (inText) {
              depthInText++;
              if (name.equals("TIMEX3")) {
                if (timexStart >= 0) {
                  throw new FormatException(source, line(r), "TIMEX3 nested inside another TIMEX3");
                }
                timexStart = text.length();
                timexAttrs = new String[] {attr(r, "tid"), attr(r, "type"), attr(r, "value")};
              }
            } else if (name.equals("TEXT")) {
              textElements++;
              if (textElements > 1) {
                throw new FormatException(source, line(r), "more than one TEXT element");
              }
              inText = true;
              depthInText = 0;
            } else if (name.equals("DCT")) {
              inDct = true;
            } else if (name.equals("TIMEX3")) {
              String tid = attr(r, "tid");
              if (!tid.isEmpty()) {
                usedTids.add(tid);
              }
              if (inDct && dctValue == null) {
                dctValue = attr(r, "value");
                dctLine = line(r);
              }
            }
            open.push(name);
          }
          case XMLStreamConstants.END_ELEMENT -> {
            String name = open.isEmpty() ? "" : open.pop();
            if (inText) {
              if (depthInText == 0 && name.equals("TEXT")) {
                inText = false;
              } else {
                depthInText--;
                if (name.equals("TIMEX3") && timexStart >= 0) {
                  timexes.add(new Timex(new Span(timexStart, text.length()), timexAttrs[0], timexAttrs[1],
                      timexAttrs[2]));
                  timexStart = -1;
                }
              }
            } else if (name.equals("DCT")) {
              inDct = false;
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (inText) {
              text.append(r.getText());
            }
          }
          default -> {
            // comments, processing instructions: not text
          }
        }
      }
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String msg = e.getMessage() == null ? "" : e.getMessage();
      int nl = msg.indexOf("Message: ");
      throw new FormatException(source, at == null ? 0 : Math.max(0, at.getLineNumber()),
          "not well-formed XML: " + (nl >= 0 ? msg.substring(nl + 9) : msg));
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing held open: the input is an in-memory array
        }
      }
    }
    if (textElements == 0) {
      throw new FormatException(source, 0, "no <TEXT> element");
    }
    Charset charset;
    try {
      charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new FormatException(source, 1, "unsupported encoding " + encoding);
    }
    String raw = new String(bytes, charset);
    Matcher tm = TEXT_START.matcher(raw);
    if (!tm.find()) {
      throw new FormatException(source, 0, "no <TEXT> start tag found in the raw file");
    }
    String head = XML_DECLARATION.matcher(raw.substring(0, tm.end()))
        .replaceFirst("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    LocalDate dct = null;
    if (dctValue != null) {
      Matcher dm = DAY.matcher(dctValue);
      if (dm.find()) {
        try {
          dct = LocalDate.of(Integer.parseInt(dm.group(1)), Integer.parseInt(dm.group(2)),
              Integer.parseInt(dm.group(3)));
        } catch (java.time.DateTimeException e) {
          throw new FormatException(source, dctLine, "DCT value is not a calendar date: " + dctValue);
        }
      }
    }
    return new TimeMlDocument(source, baseName(fileName), head, root, text.toString(), timexes, dctValue,
        dct, usedTids);
  }

  /**
   * Writes {@code doc} with {@code timexes} as the only tags inside TEXT. Timexes whose {@code tid}
   * is empty are numbered t1, t2, ... in text order, skipping the document's {@link
   * TimeMlDocument#usedTids()}.
   *
   * @throws IllegalArgumentException when timexes overlap, are empty or leave the text
   */
  public static String write(TimeMlDocument doc, List<Timex> timexes) {
    List<Timex> sorted = new ArrayList<>(timexes);
    sorted.sort(Comparator.comparingInt((Timex t) -> t.span().start()).thenComparingInt(t -> t.span().end()));
    String text = doc.text();
    StringBuilder out = new StringBuilder(doc.head().length() + text.length() * 5 / 4 + 64);
    out.append(doc.head());
    Set<String> used = new HashSet<>(doc.usedTids());
    for (Timex t : sorted) {
      used.add(t.tid());
    }
    int next = 1;
    int at = 0;
    for (Timex t : sorted) {
      Span s = t.span();
      if (s.start() < at || s.end() > text.length() || s.length() == 0) {
        throw new IllegalArgumentException(doc.source() + ": timex " + s + " overlaps another, is empty or leaves the text");
      }
      String tid = t.tid();
      if (tid.isEmpty()) {
        while (used.contains("t" + next)) {
          next++;
        }
        tid = "t" + next;
        used.add(tid);
      }
      escapeText(out, text, at, s.start());
      out.append("<TIMEX3 tid=\"").append(escapeAttribute(tid)).append("\" type=\"")
          .append(escapeAttribute(t.type())).append("\" value=\"").append(escapeAttribute(t.value())).append("\">");
      escapeText(out, text, s.start(), s.end());
      out.append("</TIMEX3>");
      at = s.end();
    }
    escapeText(out, text, at, text.length());
    out.append("</TEXT>\n\n</").append(doc.rootElement()).append(">\n");
    return out.toString();
  }

  private static void escapeText(StringBuilder out, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
  }

  private static String escapeAttribute(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  private static String attr(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(null, name);
    return v == null ? "" : v;
  }

  private static int line(XMLStreamReader r) {
    Location l = r.getLocation();
    return l == null ? 0 : Math.max(0, l.getLineNumber());
  }
}
