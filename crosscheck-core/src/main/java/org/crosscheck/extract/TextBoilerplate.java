package org.crosscheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.crosscheck.resources.DataFiles;

/**
 * Tells page furniture from report text, one paragraph at a time: image captions and credits,
 * newsletter boxes, privacy and cookie notices, share and follow prompts, "read more" links,
 * advertising markers and comment prompts. Used by the text-dump reader and the HTML extractor.
 *
 * <p>The rules live in a data file ({@code boilerplate.txt} beside this class for the defaults;
 * its header explains the format), so they can be extended without touching code. Thread-safe.
 */
public final class TextBoilerplate {

  /** What kind of furniture a paragraph is. */
  public enum Kind { CAPTION, NEWSLETTER, PRIVACY, COOKIE, SHARE, READ_MORE, ADVERTISEMENT, COMMENTS }

  /** Where in a paragraph a rule must match, and how long a paragraph it may judge. */
  enum Scope {
    WHOLE(Integer.MAX_VALUE), START(40), END(Integer.MAX_VALUE), WITHIN(80);

    /** A longer paragraph is report text that happens to contain the phrase. */
    final int maxWords;

    Scope(int maxWords) {
      this.maxWords = maxWords;
    }
  }

  /** One rule from the data file; {@code source} names file and line for messages. */
  record Rule(Kind kind, Scope scope, Pattern pattern, String source) {}

  /** A paragraph recognised as furniture, with the rule that said so (for explanations). */
  public record Match(Kind kind, String rule) {}

  private static final String DEFAULT_RULES = "boilerplate.txt";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<Rule> rules;
  /**
   * All rules of a scope joined into one alternation. Most paragraphs are report text, and one
   * scan per scope rejects them several times faster than one scan per rule.
   */
  private final List<ScopeFilter> filters;

  private record ScopeFilter(int maxWords, Pattern anyRule) {}

  private TextBoilerplate(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    List<ScopeFilter> filters = new ArrayList<>();
    for (Scope scope : Scope.values()) {
      List<String> patterns = rules.stream().filter(r -> r.scope() == scope).map(r -> "(?:" + r.pattern().pattern() + ")").toList();
      if (!patterns.isEmpty()) {
        filters.add(new ScopeFilter(scope.maxWords,
            Pattern.compile(String.join("|", patterns), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      }
    }
    this.filters = List.copyOf(filters);
  }

  /** The rules shipped with Crosscheck. */
  public static TextBoilerplate defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final TextBoilerplate INSTANCE = loadResource();

    private static TextBoilerplate loadResource() {
      try (Reader in = DataFiles.open(TextBoilerplate.class, DEFAULT_RULES)) {
        return parse(DEFAULT_RULES, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads rules in the format of the default file.
   *
   * @param name names the rules in error messages
   * @throws IllegalArgumentException naming the line of a rule that cannot be read
   */
  public static TextBoilerplate parse(String name, Reader text) throws IOException {
    List<Rule> rules = new ArrayList<>();
    BufferedReader lines = new BufferedReader(text);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) continue;
      rules.add(parseRule(stripped, name + ":" + number));
    }
    return new TextBoilerplate(rules);
  }

  private static Rule parseRule(String line, String where) {
    String[] parts = line.split("\\s+", 3);
    if (parts.length < 3) {
      throw new IllegalArgumentException(where + ": expected 'KIND SCOPE regex', got: " + line);
    }
    try {
      Kind kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
      Scope scope = Scope.valueOf(parts[1].toUpperCase(Locale.ROOT));
      String regex = switch (scope) {
        case WHOLE -> "^(?:" + parts[2] + ")$";
        case START -> "^(?:" + parts[2] + ")";
        case END -> "(?:" + parts[2] + ")$";
        case WITHIN -> parts[2];
      };
      Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      return new Rule(kind, scope, pattern, where);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(where + ": bad regex: " + e.getDescription(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown kind or scope in: " + line, e);
    }
  }

  /** The first rule that calls {@code paragraph} furniture, or empty for report text. */
  public Optional<Match> classify(String paragraph) {
    if (paragraph == null) return Optional.empty();
    String text = SPACES.matcher(paragraph.strip()).replaceAll(" ");
    if (text.isEmpty()) return Optional.empty();
    int words = text.split(" ").length;
    boolean anyMatches = false;
    for (ScopeFilter filter : filters) {
      if (words <= filter.maxWords() && filter.anyRule().matcher(text).find()) {
        anyMatches = true;
        break;
      }
    }
    if (!anyMatches) return Optional.empty();
    for (Rule rule : rules) {
      if (words > rule.scope().maxWords) continue;
      Matcher m = rule.pattern().matcher(text);
      if (m.find()) return Optional.of(new Match(rule.kind(), rule.source()));
    }
    return Optional.empty();
  }

  public boolean isBoilerplate(String paragraph) {
    return classify(paragraph).isPresent();
  }
}
