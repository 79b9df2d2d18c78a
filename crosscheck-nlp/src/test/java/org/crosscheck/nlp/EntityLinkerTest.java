package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GazetteerEntry;
import org.junit.jupiter.api.Test;

/** The linker on tagger output written by hand, so each rule is seen without the tagger's moods. */
class EntityLinkerTest {

  private static final Gazetteer GAZETTEER = new Gazetteer.Builder()
      .add(new GazetteerEntry(1, "Kyiv", 50.45, 30.52, 'P', "PPLC", "UA", "12", 2_900_000, 40), List.of("Kiev"))
      .add(new GazetteerEntry(2, "Russia", 60, 100, 'A', "PCLI", "RU", "00", 140_000_000, 300), List.of())
      .add(new GazetteerEntry(3, "Ukraine", 49, 32, 'A', "PCLI", "UA", "00", 44_000_000, 300), List.of())
      .add(new GazetteerEntry(4, "Jackson", 32.3, -90.2, 'P', "PPLA", "US", "MS", 160_000, 30), List.of())
      .add(new GazetteerEntry(5, "Al Hasaheisa", 14.75, 33.30, 'P', "PPL", "SD", "38", 28_735, 7), List.of())
      .add(new GazetteerEntry(6, "Lugo", 44.42, 11.91, 'P', "PPLA3", "IT", "05", 21_273, 5), List.of())
      .add(new GazetteerEntry(7, "Al Jazirah", 14.89, 33.44, 'A', "ADM1", "SD", "38", 538_849, 2), List.of())
      .add(new GazetteerEntry(8, "Sioni", 42.61, 44.59, 'P', "PPL", "GE", "69", 777, 5), List.of())
      .add(new GazetteerEntry(9, "Gudauri", 42.48, 44.48, 'P', "PPL", "GE", "69", 10_000, 8), List.of())
      .add(new GazetteerEntry(10, "Saltmarsh", 12.0, 43.3, 'P', "PPLA", "DJ", "04", 17_000, 6), List.of())
      .add(new GazetteerEntry(11, "Amber Coast", 20.2, 38.5, 'A', "ADM1", "SD", "36", 1_400_000, 5), List.of())
      .add(new GazetteerEntry(12, "Marina", 36.7, -121.8, 'P', "PPL", "US", "CA", 20_000, 9), List.of())
      // GeoNames gives towns their airports' codes as alternate names.
      .add(new GazetteerEntry(13, "Louisville", 38.25, -85.76, 'P', "PPLA2", "US", "KY", 620_000, 60), List.of("SDF"))
      .add(new GazetteerEntry(14, "United States", 39.8, -98.5, 'A', "PCLI", "US", "00", 330_000_000, 300), List.of("USA"))
      .add(new GazetteerEntry(15, "European Union", 50.8, 4.4, 'L', "RGNE", "", "00", 0, 100), List.of("EU"))
      .build();

  private final EntityLinker linker = new EntityLinker(GAZETTEER);

  /** Tags every occurrence of each name with its type, as a tagger would. */
  private static List<EntityLinker.Found> tag(String text, Object... nameAndType) {
    List<EntityLinker.Found> found = new ArrayList<>();
    for (int i = 0; i < nameAndType.length; i += 2) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote((String) nameAndType[i]) + "\\b").matcher(text);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        // An earlier, longer name keeps its words ("Michael Jackson" before "Jackson").
        if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) continue;
        found.add(new EntityLinker.Found(start, end, m.group(), (EntityType) nameAndType[i + 1]));
      }
    }
    found.sort(java.util.Comparator.comparingInt(EntityLinker.Found::start));
    return found;
  }

  private Annotations link(String text, List<EntityLinker.Found> found) {
    List<EntityLinker.Found> tidy = linker.tidy(text, found);
    return linker.link("t", text, List.of(new Annotations.Span(0, text.length())), tidy, List.of(), List.of());
  }

  @Test
  void anAcronymOfAnOrganisationTheArticleNamesInFullIsThatOrganisation() {
    String text = "The Rapid Support Forces said they took the town. The RSF has held it since. "
        + "The United Nations said the SAF denied it.";
    Annotations a = link(text, tag(text, "Rapid Support Forces", EntityType.ORGANIZATION, "RSF", EntityType.ORGANIZATION,
        "United Nations", EntityType.ORGANIZATION, "SAF", EntityType.ORGANIZATION));
    Entity rsf = a.entity("organization:rapid-support-forces").orElseThrow();
    assertThat(rsf.aliases()).containsExactly("RSF");
    assertThat(rsf.mentions()).isEqualTo(2);
    // An acronym whose full name the article does not give stays its own.
    assertThat(a.entity("organization:saf")).isPresent();
  }

  @Test
  void anAcronymTheArticleSpellsOutAsAnOrganisationIsNeverAPlace() {
    String text = "The Syrian Democratic Forces (SDF) said on Monday that SDF units hold Kyiv Street. Fighting in SDF areas went on.";
    Annotations a = link(text, tag(text, "Syrian Democratic Forces", EntityType.ORGANIZATION, "SDF", EntityType.LOCATION));
    assertThat(a.mentions()).filteredOn(m -> m.text().equals("SDF")).extracting(Mention::type).containsOnly(EntityType.ORGANIZATION);
    // A country's letters stay the country.
    String army = "The United States Army said it left the USA in May.";
    Annotations b = link(army, tag(army, "United States Army", EntityType.ORGANIZATION, "USA", EntityType.LOCATION));
    assertThat(b.mentions()).filteredOn(m -> m.text().equals("USA")).extracting(Mention::type).containsOnly(EntityType.LOCATION);
    // And a region's: a union of states is the place its name says.
    String union = "The European Union said trade across the EU fell.";
    Annotations c = link(union, tag(union, "European Union", EntityType.ORGANIZATION, "EU", EntityType.LOCATION));
    assertThat(c.mentions()).filteredOn(m -> m.text().equals("EU")).extracting(Mention::type).containsOnly(EntityType.LOCATION);
  }

  @Test
  void aPlaceNamedWithItsUnitWordIsTheNameAfterIt() {
    String text = "Gunmen attacked the base in Barangay Lunaro, and the army said Lunaro was calm.";
    Annotations a = link(text, tag(text, "Barangay Lunaro", EntityType.LOCATION, "Lunaro", EntityType.LOCATION));
    assertThat(a.mentions()).extracting(Mention::text, Mention::start)
        .containsExactly(tuple("Lunaro", text.indexOf("Lunaro")), tuple("Lunaro", text.lastIndexOf("Lunaro")));
    assertThat(a.mentions()).extracting(Mention::entityId).containsOnly(a.mentions().get(0).entityId());
  }

  @Test
  void aPossessiveBeforeATitleIsNotPartOfTheRole() {
    String text = "The group denied it. Its adviser Amal Haddad said the town was calm.";
    Annotations a = link(text, tag(text, "Amal Haddad", EntityType.PERSON));
    assertThat(a.entity("person:haddad").orElseThrow().roles()).containsExactly("adviser");
  }

  @Test
  void whatANameInAppositionGoesOnToSayIsNotItsRole() {
    String text = "The mutineers' leader, Colonel Amal Haddad, said in a voice message that his men would stay.";
    Annotations a = link(text, tag(text, "Amal Haddad", EntityType.PERSON));
    assertThat(a.entity("person:haddad").orElseThrow().roles()).containsExactly("Colonel");
  }

  @Test
  void pronounsAreNotNames() {
    String text = "His generals said Putin had won.";
    Annotations a = link(text, tag(text, "His", EntityType.PERSON, "Putin", EntityType.PERSON));
    assertThat(a.entities()).extracting(Entity::id).containsExactly("person:putin");
  }

  @Test
  void aLoneWordNamingABigPlaceIsThePlaceNotAPerson() {
    String text = "Kyiv said the talks would go on. Michael Jackson sang; Jackson left.";
    Annotations a = link(text, tag(text, "Kyiv", EntityType.PERSON, "Michael Jackson", EntityType.PERSON,
        "Jackson", EntityType.PERSON));
    assertThat(a.mentions()).filteredOn(m -> m.text().equals("Kyiv")).extracting(Mention::type)
        .containsExactly(EntityType.LOCATION);
    // A surname the article gives a person stays the person's.
    assertThat(a.entity("person:jackson").orElseThrow().mentions()).isEqualTo(2);
  }

  @Test
  void headlineCapitalsTakeTheFormTheTextUses() {
    String text = "UKRAINE NEAR DEAL AS PUTIN SPURNS OFFER\n\nPutin said nothing. Ukraine waited.";
    Annotations a = link(text, tag(text, "PUTIN", EntityType.PERSON, "Putin", EntityType.PERSON,
        "UKRAINE", EntityType.LOCATION, "Ukraine", EntityType.LOCATION));
    Entity putin = a.entity("person:putin").orElseThrow();
    assertThat(putin.name()).isEqualTo("Putin");
    assertThat(putin.aliases()).isEmpty();
    assertThat(putin.mentions()).isEqualTo(2);
    String headline = "ZELENSKYY VISITS FRONT";
    Entity zelensky = link(headline, tag(headline, "ZELENSKYY", EntityType.PERSON)).entities().get(0);
    assertThat(zelensky.name()).isEqualTo("Zelenskyy");
  }

  @Test
  void aPlaceNameStartingAnOutletsNameIsTheOutlet() {
    String text = "The Black Sea Bulletin and the Kyiv Post said Russia lost ships in the Black Sea near Kyiv-Dispatch.";
    Annotations a = link(text, tag(text, "Black Sea", EntityType.LOCATION, "Kyiv", EntityType.LOCATION,
        "Russia", EntityType.LOCATION));
    assertThat(a.mentions()).filteredOn(m -> m.type() == EntityType.ORGANIZATION).extracting(Mention::text)
        .containsExactly("Black Sea Bulletin", "Kyiv Post", "Kyiv-Dispatch");
    assertThat(a.mentions()).filteredOn(m -> m.type() == EntityType.LOCATION).extracting(Mention::text)
        .containsExactly("Russia", "Black Sea");
  }

  @Test
  void aPlaceMentionEndingWithAnOutletWordIsTheOutlet() {
    String text = "The Suffolk Times reported it.";
    Annotations a = link(text, tag(text, "Suffolk Times", EntityType.LOCATION));
    assertThat(a.mentions()).extracting(Mention::type).containsExactly(EntityType.ORGANIZATION);
  }

  @Test
  void picturesCreditsAreNotEntities() {
    String text = "A dump is hit in Kyiv (Image: Ukraine Army)\n\nPhoto: Jane Roe/Reuters\n\nUkraine Army units moved.";
    Annotations a = link(text, tag(text, "Ukraine Army", EntityType.ORGANIZATION, "Jane Roe", EntityType.PERSON,
        "Reuters", EntityType.ORGANIZATION));
    assertThat(a.mentions()).extracting(Mention::start).containsExactly(text.lastIndexOf("Ukraine Army"));
  }

  @Test
  void aRoleDescriptionMeansThePersonStatedToHoldIt() {
    String text = "Russian President Vladimir Putin met Ukraine's President Volodymyr Zelensky. "
        + "Later the Ukrainian President told reporters that the Kremlin leader would not move.";
    Annotations a = link(text, tag(text, "Vladimir Putin", EntityType.PERSON, "Volodymyr Zelensky", EntityType.PERSON));
    assertThat(a.mentions()).filteredOn(m -> m.text().equals("the Ukrainian President"))
        .extracting(Mention::entityId).containsExactly("person:zelensk" + "i");
    assertThat(a.mentions()).filteredOn(m -> m.text().equals("the Kremlin leader"))
        .extracting(Mention::entityId).containsExactly("person:putin");
    assertThat(a.entity("person:putin").orElseThrow().mentions()).isEqualTo(2);
  }

  @Test
  void withoutAStatedRoleTheDescriptionMeansThePersonJustNamedUnlessTheyHoldAnother() {
    String text = "It was a blow to Vladimir Putin and his army. In November the Russian President visited "
        + "the front. The defence minister Andrei Belousov spoke; then the Russian President left.";
    Annotations a = link(text, tag(text, "Vladimir Putin", EntityType.PERSON, "Andrei Belousov", EntityType.PERSON));
    List<Mention> described = a.mentions().stream().filter(m -> m.text().equals("the Russian President")).toList();
    assertThat(described).hasSize(1);
    assertThat(described.get(0).entityId()).isEqualTo("person:putin");
    assertThat(described.get(0).start()).isEqualTo(text.indexOf("the Russian President"));
  }

  @Test
  void aTitleBeforeANameIsNotADescription() {
    String text = "The Russian army's Chief of Staff Valery Gerasimov spoke to the president.";
    Annotations a = link(text, tag(text, "Valery Gerasimov", EntityType.PERSON));
    assertThat(a.mentions()).hasSize(1);
  }

  @Test
  void aSmallPlaceTheTaggerCalledAPersonIsThePlaceWhereTheTextPutsItAsOne() {
    String text = "Residents of Al Hasaheisa said the shelling went on. Al Hasaheisa was quiet by noon. "
        + "The governor of Al Jazirah state spoke. Two bodies were found in Lugo, and Lugo's mayor said so.";
    Annotations a = link(text, tag(text, "Al Hasaheisa", EntityType.PERSON, "Al Jazirah", EntityType.ORGANIZATION,
        "Lugo", EntityType.PERSON));
    assertThat(a.mentions()).extracting(Mention::type).containsOnly(EntityType.LOCATION);
    assertThat(a.mentions()).hasSize(5);
  }

  @Test
  void aNameSetBesideATownInAppositionIsThatPlace() {
    String text = "Both sides fought for Al Hasaheisa, a small town on the Blue Nile.";
    Annotations a = link(text, tag(text, "Al Hasaheisa", EntityType.PERSON));
    assertThat(a.mentions()).extracting(Mention::type).containsExactly(EntityType.LOCATION);
  }

  @Test
  void aPersonNamedLikeAPlaceStaysAPersonWithoutAPlaceContext() {
    String text = "Lugo said the vote was fair. Anna Lugo, his niece, agreed in Lugo.";
    Annotations a = link(text, tag(text, "Anna Lugo", EntityType.PERSON, "Lugo", EntityType.PERSON));
    assertThat(a.mentions()).extracting(Mention::type).containsOnly(EntityType.PERSON);
  }

  @Test
  void aCompoundSurnameAloneIsThePersonNamedInFull() {
    String text = "Henrique Galvão Salgado resigned. Galvão Salgado said he did nothing wrong. Rui Salgado, his cousin, was silent.";
    Annotations a = link(text, tag(text, "Henrique Galvão Salgado", EntityType.PERSON, "Galvão Salgado", EntityType.PERSON,
        "Rui Salgado", EntityType.PERSON));
    assertThat(a.entities()).extracting(Entity::id).containsExactlyInAnyOrder("person:salgado-henrique", "person:salgado-rui");
    assertThat(a.entity("person:salgado-henrique").orElseThrow().aliases()).containsExactly("Galvão Salgado");
  }

  @Test
  void aVillageTheTaggerCalledAPersonIsThePlaceWhereForcesHoldItOrItIsLost() {
    String text = "The group also held Sioni and the pass. The ministry said Sioni was still contested. "
        + "\"Gudauri remains ours,\" he said.";
    Annotations a = link(text, tag(text, "Sioni", EntityType.PERSON, "Gudauri", EntityType.PERSON));
    assertThat(a.mentions()).extracting(Mention::type).containsExactly(EntityType.LOCATION, EntityType.LOCATION, EntityType.LOCATION);
  }

  @Test
  void aVillageListedWithAPlaceIsAPlace() {
    String text = "The Front says it holds Kyiv, Gudauri and the pass.";
    Annotations a = link(text, tag(text, "Kyiv", EntityType.LOCATION, "Gudauri", EntityType.PERSON));
    assertThat(a.mentions()).extracting(Mention::type).containsOnly(EntityType.LOCATION);
  }

  @Test
  void aPersonNamedLikeAVillageStaysAPersonBesideAnotherPersonOrWithHisFullName() {
    String text = "Lugo and Sioni met in Kyiv. Anna Gudauri said talks held Gudauri back.";
    Annotations a = link(text, tag(text, "Lugo", EntityType.PERSON, "Sioni", EntityType.PERSON, "Kyiv", EntityType.LOCATION,
        "Anna Gudauri", EntityType.PERSON, "Gudauri", EntityType.PERSON));
    assertThat(a.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Lugo", EntityType.PERSON), org.assertj.core.groups.Tuple.tuple("Sioni", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Kyiv", EntityType.LOCATION), org.assertj.core.groups.Tuple.tuple("Anna Gudauri", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Gudauri", EntityType.PERSON));
  }

  @Test
  void anOutletsNameInItsOwnBylineOrCreditIsNoPlace() {
    String text = "SALTMARSH, Nov 18 (Amber Coast Wire) - Troops held the pier, an officer told Amber Coast Wire.";
    List<EntityLinker.Found> found = tag(text, "SALTMARSH", EntityType.LOCATION, "Amber Coast", EntityType.LOCATION);
    List<EntityLinker.Found> tidy = linker.tidy(text, found, new Byline(List.of(), "Amber Coast Wire"));
    assertThat(tidy).filteredOn(f -> f.type() == EntityType.LOCATION).extracting(EntityLinker.Found::text)
        .containsExactly("SALTMARSH");
    assertThat(tidy).filteredOn(f -> f.type() == EntityType.ORGANIZATION).extracting(EntityLinker.Found::text)
        .containsExactly("Amber Coast Wire", "Amber Coast Wire");
    // Where the text writes the place alone, it stays the place.
    String plain = "Rain fell across Amber Coast.";
    assertThat(linker.tidy(plain, tag(plain, "Amber Coast", EntityType.LOCATION), new Byline(List.of(), "Amber Coast Wire")))
        .extracting(EntityLinker.Found::type).containsExactly(EntityType.LOCATION);
  }

  @Test
  void aPlaceInsideAnAuthorsNameInTheSignatureIsThatPersonNotAPlaceOrAnOrganisation() {
    String text = "By Marina Kyiv\nSALTMARSH - Troops held the pier. Marina Kyiv reported from Kyiv.";
    List<EntityLinker.Found> found = tag(text, "SALTMARSH", EntityType.LOCATION, "Marina", EntityType.LOCATION,
        "Kyiv", EntityType.LOCATION);
    List<EntityLinker.Found> tidy = linker.tidy(text, found, new Byline(List.of("Marina Kyiv"), "Amber Coast Wire"));
    assertThat(tidy).extracting(EntityLinker.Found::text, EntityLinker.Found::type).containsExactly(
        tuple("Marina Kyiv", EntityType.PERSON), tuple("SALTMARSH", EntityType.LOCATION), tuple("Marina Kyiv", EntityType.PERSON),
        tuple("Kyiv", EntityType.LOCATION));
  }

  @Test
  void aTitlesPlaceEndsBeforeTheNameAfterIt() {
    String text = "Prefect of Saltmarsh Amin Yusuf Farah said the town was empty. Sister of Marina Lee Rose Tan spoke.";
    Annotations a = link(text, tag(text, "Saltmarsh Amin Yusuf Farah", EntityType.PERSON, "Marina Lee Rose Tan", EntityType.PERSON));
    assertThat(a.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        tuple("Saltmarsh", EntityType.LOCATION), tuple("Amin Yusuf Farah", EntityType.PERSON),
        tuple("Marina Lee Rose Tan", EntityType.PERSON));
    // The tagger may take the title in too.
    String titled = "Governor of Saltmarsh Amin Yusuf Farah left.";
    Annotations b = link(titled, tag(titled, "Governor of Saltmarsh Amin Yusuf Farah", EntityType.PERSON));
    assertThat(b.mentions()).extracting(Mention::text).containsExactly("Saltmarsh", "Amin Yusuf Farah");
  }

  @Test
  void aCommonNounCapitalisedAtASentenceStartOrInAHeadlineIsNoOrganisation() {
    String text = "Army Says Rebels Repelled\n\nArmy spokesman Omar Said spoke. Defence Minister Ali Nur agreed. "
        + "Police said nothing. Reuters said the Army of the North moved. The Harbour Authority said so.";
    Annotations a = link(text, tag(text, "Army of the North", EntityType.ORGANIZATION, "Army", EntityType.ORGANIZATION,
        "Defence", EntityType.ORGANIZATION, "Police", EntityType.ORGANIZATION, "Reuters", EntityType.ORGANIZATION,
        "Harbour Authority", EntityType.ORGANIZATION));
    assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
        .containsExactlyInAnyOrder("Reuters", "Army of the North", "Harbour Authority");
  }
}
