package org.crosscheck.nlp.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds a name to a key under which its spellings meet: Kupyansk, Kupiansk, Kupjansk and Купянськ
 * all fold to {@code kupiansk}; Zelensky, Zelenskyy, Zelenskiy and Зеленський to {@code zelenski}.
 *
 * <p>Folding is deliberately lossy where transliterations differ (y, j inside a word and i meet, and a run of
 * them is one i; kh meets h; ye meets e), so a key may be shared by names that differ; the
 * resolver and the entity linker break such ties by context. Other doubled letters are kept:
 * Russian and Rusian, Anna and Ana are different words. Both sides of every comparison must be
 * folded with the same function.
 */
public final class Names {

  private static final Map<Character, String> CYRILLIC = cyrillicTable();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern INNER_J = Pattern.compile("(?<=[a-z])j");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Names() {}

  /** The folded key of {@code name}, or an empty string if nothing foldable is left. */
  public static String fold(String name) {
    StringBuilder latin = new StringBuilder(name.length() + 8);
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      String mapped = CYRILLIC.get(c);
      if (mapped != null) {
        latin.append(mapped);
      } else if (c != '\'' && c != '’' && c != 'ʼ' && c != '`' && c != '´' && c != '"' && c != '”') {
        // Apostrophes mark soft signs and elisions (Kup'jansk, Kup”yans’k); dropping them joins
        // the word instead of splitting it.
        latin.append(c);
      }
    }
    String plain = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
    plain = plain.replace('ł', 'l').replace('ø', 'o').replace("ß", "ss").replace("æ", "ae");
    String words = NOT_ALNUM.matcher(plain).replaceAll(" ").strip();
    return skeleton(words);
  }

  private static String skeleton(String s) {
    // A j inside a word is a Slavic y (Kupjansk); at a word's start it is mostly English (Jackson).
    s = INNER_J.matcher(s.replace("kh", "h")).replaceAll("y").replace("ye", "e").replace('y', 'i');
    s = s.replace("ie", "e");
    StringBuilder out = new StringBuilder(s.length());
    char prev = 0;
    for (char c : s.toCharArray()) {
      // "yy", "iy", "ij" are one sound spelt twice (Zelenskyy, Zelenskiy, Зеленський).
      if (c != 'i' || prev != 'i') out.append(c);
      prev = c;
    }
    return out.toString();
  }

  private static Map<Character, String> cyrillicTable() {
    String[] pairs = {
      "а", "a", "б", "b", "в", "v", "г", "h", "ґ", "g", "д", "d", "е", "e", "ё", "e", "є", "ie",
      "ж", "zh", "з", "z", "и", "y", "і", "i", "ї", "i", "й", "i", "к", "k", "л", "l", "м", "m",
      "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh",
      "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "iu",
      "я", "ia", "ј", "j", "љ", "lj", "њ", "nj", "ћ", "c", "ђ", "dj", "џ", "dz", "ў", "u"
    };
    var table = new java.util.HashMap<Character, String>();
    for (int i = 0; i < pairs.length; i += 2) table.put(pairs[i].charAt(0), pairs[i + 1]);
    return Map.copyOf(table);
  }
}
