package org.crosscheck.claims.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.HtmlExtractor;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.InputSource;
import org.crosscheck.ingest.Readers;
import org.crosscheck.model.Article;

/**
 * Reads the articles the gold set refers to through the standard readers: {@code demo:PATH}
 * from the demo corpus folder, {@code own:FILE} from the gold set's own texts.
 */
public final class GoldArticles {

  private final Path demo;
  private final Path own;
  private final Readers readers = Readers.standard(new HtmlExtractor());

  public GoldArticles(Path demo, Path own) {
    this.demo = demo;
    this.own = own;
  }

  /** The first article the referenced file holds, its origin the reference. */
  public Article read(String ref) throws IOException {
    Path file;
    if (ref.startsWith("demo:")) file = demo.resolve(ref.substring(5));
    else if (ref.startsWith("own:")) file = own.resolve(ref.substring(4));
    else throw new IOException("gold article reference must start with demo: or own: (" + ref + ")");
    if (!Files.isRegularFile(file)) throw new IOException("gold article not found: " + file);
    // Named by its reference, not its path: article ids, and so claim ids, stay the same wherever the gold folder lives.
    InputSource input = new InputSource(ref, () -> Files.newInputStream(file), Files.size(file), null, null);
    List<Article> found = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    readers.choose(input).read(input, ArticleSink.of(found::add, (location, reason) -> skipped.add(location + ": " + reason)));
    if (found.isEmpty()) throw new IOException("no article in " + file + " " + skipped);
    return found.get(0);
  }
}
