package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.crosscheck.json.Json;
import org.crosscheck.model.Article;
import org.crosscheck.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Prints one stored article: its metadata and clean text.")
final class ShowCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The article id, as search prints it.")
  String id;

  @Option(names = "--json", description = "Print the stored article as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Article a;
    try (Store store = Wiring.openStoreReadOnly(data.dataDir())) {
      a = store.get(id.strip()).orElse(null);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (a == null) {
      spec.commandLine().getErr().println("crosscheck: no article with id " + id);
      return 1;
    }
    if (json) {
      out.println(Json.toPrettyString(a));
      return 0;
    }
    out.println(a.title());
    out.println("=".repeat(Math.min(80, Math.max(3, a.title().length()))));
    field(out, "id", a.id());
    field(out, "source", a.source());
    field(out, "url", a.url());
    if (a.canonicalUrl() != null && !a.canonicalUrl().equals(a.url())) field(out, "canonical", a.canonicalUrl());
    field(out, "feed", a.feedUrl());
    field(out, "published", a.published() == null ? null : a.published() + " (from " + a.dateSource() + ")");
    field(out, "updated", a.updated() == null ? null : a.updated().toString());
    field(out, "authors", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
    field(out, "language", a.language());
    field(out, "section", a.section());
    field(out, "tags", a.tags().isEmpty() ? null : String.join(", ", a.tags()));
    field(out, "format", a.format().name().toLowerCase(java.util.Locale.ROOT));
    field(out, "origin", a.origin());
    field(out, "stored", a.ingestedAt() + (a.revisions().isEmpty() ? "" : " (" + a.revisions().size() + " earlier version(s))"));
    if (a.description() != null) out.println("\n" + a.description());
    for (String p : a.paragraphs()) out.println("\n" + p);
    return 0;
  }

  private static void field(PrintWriter out, String name, String value) {
    if (value != null) out.printf("%-10s %s%n", name + ":", value);
  }
}
