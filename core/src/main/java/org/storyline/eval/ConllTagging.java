package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code storyline conll} job: adds a column with the predicted NER tag to every word line of
 * a CoNLL-2003 file, in the file's own IOB scheme ({@link ConllFile#scheme()}), and keeps every
 * other line (blank lines, {@code -DOCSTART-}) as it is. Also reads tagged files back for
 * scoring. A sentence the tagger fails on gets {@code O} tags and a message naming its first line;
 * the rest of the file is still tagged.
 */
public final class ConllTagging {
  private ConllTagging() {}

  /** Tags one sentence: per word, a CoNLL entity type ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC}) or "O". */
  @FunctionalInterface
  public interface SentenceTagger {
    /** {@return one type per word} */
    List<String> types(List<String> words);
  }

  /**
   * The tagged file and what went wrong.
   *
   * @param text the output: every input line, word lines with one more column
   * @param sentences sentences tagged
   * @param words word lines tagged
   * @param problems messages naming file and line (malformed lines, failed sentences)
   */
  public record Result(String text, int sentences, int words, List<String> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /** {@return the CoNLL type for a CoreNLP NER label ("PERSON" gives "PER"; numeric classes give "O")} */
  public static String fromCoreNlp(String label) {
    if (label == null) {
      return "O";
    }
    return switch (label.toUpperCase(Locale.ROOT)) {
      case "PERSON", "PER" -> "PER";
      case "LOCATION", "LOC", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE" -> "LOC";
      case "ORGANIZATION", "ORG" -> "ORG";
      case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> "MISC";
      default -> "O";
    };
  }

  /** {@return {@code file} with a prediction column from {@code tagger}} */
  public static Result tag(ConllFile file, SentenceTagger tagger) {
    Iob.Scheme scheme = file.scheme();
    List<String> problems = new ArrayList<>(file.problems());
    List<ConllFile.Line> lines = file.lines();
    String[] predicted = new String[lines.size()];
    int sentences = 0;
    int words = 0;
    List<Integer> at = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      boolean word = i < lines.size() && lines.get(i).kind() == ConllFile.Kind.WORD;
      if (word) {
        at.add(i);
        tokens.add(lines.get(i).word());
        continue;
      }
      if (!tokens.isEmpty()) {
        List<String> tags = tagSentence(file, lines.get(at.get(0)).number(), tokens, tagger, scheme, problems);
        for (int k = 0; k < at.size(); k++) {
          predicted[at.get(k)] = tags.get(k);
        }
        sentences++;
        words += tokens.size();
        at.clear();
        tokens.clear();
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      ConllFile.Line l = lines.get(i);
      out.append(l.raw());
      if (predicted[i] != null) {
        out.append(l.raw().indexOf('\t') >= 0 ? '\t' : ' ').append(predicted[i]);
      }
      out.append('\n');
    }
    return new Result(out.toString(), sentences, words, problems);
  }

  private static List<String> tagSentence(ConllFile file, int line, List<String> words, SentenceTagger tagger,
      Iob.Scheme scheme, List<String> problems) {
    List<String> types;
    try {
      types = tagger.types(List.copyOf(words));
      if (types.size() != words.size()) {
        throw new IllegalStateException("tagger returned " + types.size() + " tags for " + words.size() + " words");
      }
    } catch (RuntimeException e) {
      problems.add(file.source() + ":" + line + ": sentence not tagged (" + e.getMessage() + "); predicted O");
      types = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        types.add("O");
      }
    }
    return Iob.encode(types, scheme);
  }

  /**
   * Scores a tagged file: in each word line the second-to-last column is the gold tag and the last
   * the prediction (as conlleval reads them). Sentences with a line of fewer than two columns are
   * skipped and reported in {@code problems}.
   */
  public static void score(ConllFile tagged, ConllScorer scorer, List<String> problems) {
    for (List<ConllFile.Line> sentence : tagged.sentences()) {
      List<String> gold = new ArrayList<>();
      List<String> pred = new ArrayList<>();
      ConllFile.Line bad = null;
      for (ConllFile.Line l : sentence) {
        if (l.fields().size() < 2) {
          bad = l;
          break;
        }
        gold.add(l.fields().get(l.fields().size() - 2));
        pred.add(l.last());
      }
      if (bad != null) {
        problems.add(tagged.source() + ":" + bad.number() + ": a gold and a predicted column are needed; sentence skipped");
        continue;
      }
      scorer.add(gold, pred);
    }
  }
}
