package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
  private final LanguageGuesser guesser = LanguageGuesser.defaults();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|The army said on Thursday that it had pushed the troops out of the city and that the fighting was over for now, but officials warned it could resume.",
      "de|Die Armee teilte am Donnerstag mit, dass sie die Truppen aus der Stadt vertrieben habe und dass die Kämpfe vorerst vorbei seien, aber es gebe noch Gefahr.",
      "fr|L'armée a déclaré jeudi qu'elle avait repoussé les troupes hors de la ville et que les combats sont terminés pour le moment, mais le danger reste dans la région.",
      "es|El ejército dijo el jueves que había expulsado a las tropas de la ciudad y que los combates han terminado por ahora, pero los funcionarios advierten que pueden volver.",
      "it|L'esercito ha detto giovedì che ha respinto le truppe fuori dalla città e che i combattimenti sono finiti per il momento, ma la situazione non è ancora stabile per la popolazione.",
      "pt|O exército disse na quinta-feira que expulsou as tropas da cidade e que os combates terminaram por agora, mas as autoridades não excluem que a luta possa voltar para a região.",
      "nl|Het leger heeft donderdag gezegd dat het de troepen uit de stad heeft verdreven en dat de gevechten voorlopig voorbij zijn, maar er is nog gevaar voor de bewoners van het gebied.",
      "pl|Armia poinformowała w czwartek, że wyparła wojska z miasta i że walki na razie się skończyły, ale urzędnicy ostrzegają, że to może się jeszcze zmienić w tym regionie.",
      "ru|Армия заявила в четверг, что выбила войска из города и что бои пока закончились, но чиновники предупреждают, что это ещё может измениться, если противник получит подкрепление.",
      "uk|Армія заявила в четвер, що вибила війська з міста і що бої поки що закінчилися, але посадовці попереджають, що це ще може змінитися, якщо противник отримає підкріплення.",
  })
  void namesTheLanguageOfNewsProse(String expected, String text) {
    assertThat(guesser.guess(text)).isEqualTo(expected);
  }

  @Test
  void givesNoGuessForShortOrUnknownText() {
    assertThat(guesser.guess("Kupyansk liberated")).isNull();
    assertThat(guesser.guess("")).isNull();
    assertThat(guesser.guess(null)).isNull();
    // Finnish is not in the lists: its words explain too little of the text to name a language.
    assertThat(guesser.guess("Armeija kertoi torstaina karkottaneensa joukot kaupungista ja "
        + "taistelujen päättyneen toistaiseksi, mutta viranomaiset varoittavat tilanteen voivan muuttua.")).isNull();
  }

  @Test
  void cyrillicLettersDecideBetweenUkrainianAndRussian() {
    // Same function words in both; only the letters differ.
    String shared = "в на не за для при в на не за для при в на ";
    assertThat(guesser.guess(shared + "їжак ґанок єнот іній")).isEqualTo("uk");
    assertThat(guesser.guess(shared + "выход этаж объём ёлка")).isEqualTo("ru");
  }

  @Test
  void wordListsComeFromData() throws Exception {
    LanguageGuesser custom = LanguageGuesser.parse("custom", new StringReader("fi: ja on ei se että mutta\n"));
    assertThat(custom.languages()).containsExactly("fi");
    assertThat(custom.guess("se on totta ja se ei ole kaunis mutta se on meidän ja että kaikki")).isEqualTo("fi");
  }
}
