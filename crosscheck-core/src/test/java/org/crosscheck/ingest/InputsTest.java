package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path folder;

  private Path file(String relative, String text) throws IOException {
    Path p = folder.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @Test
  void aWalkFromAboveTheDataDirectoryLeavesTheStoresFilesOutButAFolderNamedInsideItIsRead() throws IOException {
    Path report = file("reports/ferry.txt", "A ferry caught fire off the island.");
    Path data = folder.resolve("crosscheck-data");
    file("crosscheck-data/index/segments_1", "index bytes");
    file("crosscheck-data/index/write.lock", "");
    Path copied = file("crosscheck-data/demo-corpus/storm.txt", "A storm closed the port.");
    file(".hidden/notes.txt", "not for ingest");

    Inputs inputs = new Inputs(HttpClient.newHttpClient(), "test", 1 << 20, data);
    assertThat(inputs.resolve(folder.toString())).isEqualTo(new Inputs.Resolved.Files(List.of(report)));
    assertThat(inputs.resolve(data.resolve("demo-corpus").toString())).isEqualTo(new Inputs.Resolved.Files(List.of(copied)));

    Inputs withoutData = new Inputs(HttpClient.newHttpClient(), "test", 1 << 20, null);
    assertThat(((Inputs.Resolved.Files) withoutData.resolve(folder.toString())).files()).hasSize(4);
  }
}
