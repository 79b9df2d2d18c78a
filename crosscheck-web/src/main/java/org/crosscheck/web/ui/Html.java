package org.crosscheck.web.ui;

import java.util.Collection;
import java.util.function.Function;
import org.crosscheck.json.Json;

/** Safe-by-default HTML building: values are escaped unless they are {@link Safe} markup. */
public final class Html {
  private Html() {}

  /** Markup built by this package from escaped parts. */
  public record Safe(String html) {
    @Override
    public String toString() {
      return html;
    }
  }

  public static final Safe EMPTY = new Safe("");

  /**
   * {@code template} (our own literal markup) with each {@code {}} replaced by the next argument,
   * escaped for text and attribute context alike unless it is {@link Safe}.
   */
  public static Safe fmt(String template, Object... args) {
    StringBuilder b = new StringBuilder(template.length() + 64);
    int arg = 0;
    int from = 0;
    for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
      b.append(template, from, at);
      if (arg >= args.length) throw new IllegalArgumentException("too few arguments for " + template);
      Object v = args[arg++];
      if (v instanceof Safe s) b.append(s.html());
      else if (v != null) b.append(escape(v.toString()));
      from = at + 2;
    }
    if (arg != args.length) throw new IllegalArgumentException("too many arguments for " + template);
    return new Safe(b.append(template, from, template.length()).toString());
  }

  public static <T> Safe each(Collection<T> items, Function<T, Safe> render) {
    StringBuilder b = new StringBuilder();
    for (T item : items) b.append(render.apply(item).html());
    return new Safe(b.toString());
  }

  public static Safe join(Safe... parts) {
    StringBuilder b = new StringBuilder();
    for (Safe p : parts) b.append(p.html());
    return new Safe(b.toString());
  }

  /**
   * JSON for a {@code <script type="application/json">} block: "<" is written as \u003c so that
   * no string in the data can close the script element.
   */
  public static Safe json(Object value) {
    return new Safe(Json.toLine(value).replace("<", "\\u003c").replace("&", "\\u0026"));
  }

  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A query-string value, percent-encoded. */
  public static String url(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * A path segment ("/entities/{name}"), percent-encoded: a space is %20, as a path does not read
   * the query string's "+" as a space.
   */
  public static String pathSegment(String s) {
    return url(s).replace("+", "%20");
  }
}
