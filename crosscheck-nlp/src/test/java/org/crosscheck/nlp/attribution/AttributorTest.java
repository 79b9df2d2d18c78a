package org.crosscheck.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;
import org.junit.jupiter.api.Test;

/**
 * The attributor on small texts of our own, with hand-made annotations (sentences split at full
 * stops, not after an initial, the listed names as mentions), so each rule is seen without the tagger's noise.
 */
class AttributorTest {

  private static final Attributor ATTRIBUTOR = new Attributor();

  /** A name the fixture's annotations carry: the surface, the entity id, its roles. */
  private record Name(String surface, String id, List<String> roles) {
    Name(String surface, String id) {
      this(surface, id, List.of());
    }
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = AttributorTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Attributions attribute(String text, Name... names) {
    return attribute(ATTRIBUTOR, text, names);
  }

  private static Attributions attribute(Attributor attributor, String text, Name... names) {
    List<Annotations.Span> sentences = new ArrayList<>();
    Matcher s = Pattern.compile("[^\\s].*?(?:(?<!\\b\\p{Lu})[.!?][\"”»]?(?=\\s|$)|\\n\\n|$)", Pattern.DOTALL).matcher(text);
    while (s.find()) if (!s.group().isBlank()) sentences.add(new Annotations.Span(s.start(), s.end()));
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    for (Name n : names) {
      EntityType type = n.id().startsWith("person:") ? EntityType.PERSON
          : n.id().startsWith("place:") ? EntityType.LOCATION : EntityType.ORGANIZATION;
      Matcher m = Pattern.compile(Pattern.quote(n.surface())).matcher(text);
      int count = 0;
      while (m.find()) {
        mentions.add(new Mention(m.start(), m.end(), n.surface(), type, n.id()));
        count++;
      }
      if (entities.stream().noneMatch(e -> e.id().equals(n.id()))) {
        entities.add(new Entity(n.id(), type, n.surface(), List.of(), count, n.roles(), null));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Annotations a = new Annotations("fixture", sentences, mentions, entities, List.of(), List.of());
    return attributor.attribute(text, a);
  }

  @Test
  void aNameInAppositionAfterAnOrganisationsRoleIsTheSource() {
    Attributions a = attribute("Harbour Line's chairman, Tomas Jankus, said the board backed the offer.",
        new Name("Harbour Line", "organization:harbour-line"), new Name("Tomas Jankus", "person:jankus"));
    assertThat(a.quotes()).filteredOn(q -> q.cue().equals("said")).singleElement()
        .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:jankus"));
  }

  @Test
  void aPersonPlacedNearAPlaceIsTheSourceNotThePlace() {
    Attributions a = attribute("A trader near the market said the shops around the port were shut. "
        + "A fisherman near the Lakeside Depot said no boats had left.",
        new Name("Lakeside Depot", "organization:lakeside-depot"));
    assertThat(a.quotes()).filteredOn(q -> q.cue().equals("said"))
        .extracting(Quote::speakerDescription, Quote::speakerId)
        .containsExactly(tuple("A trader near the market", null), tuple("A fisherman near the Lakeside Depot", null));
  }

  @Test
  void aPlaceInTheSpeakersRelativeClauseOnlyDescribesTheSpeaker() {
    // The tagger may take the town for an organisation: it is still where the residents went, not who speaks.
    Attributions a = attribute("Residents who fled to Dorvik said the soldiers had left the base. "
        + "A farmer who reached Lindholm on Monday said the rebels had taken the village.",
        new Name("Dorvik", "organization:dorvik"), new Name("Lindholm", "place:lindholm"));
    assertThat(a.quotes()).filteredOn(q -> q.cue().equals("said"))
        .extracting(Quote::speakerDescription, Quote::speakerId)
        .containsExactly(tuple("Residents who fled to Dorvik", null), tuple("A farmer who reached Lindholm", null));
  }

  @Test
  void aNameOwningTheSpeakerIsNotTheSpeakerUnlessItsSpokesmanSpeaks() {
    Attributions a = attribute("Marek Holt's lawyer said his client had not fled. "
        + "The Harbour Line's spokesman said the ferry would sail.",
        new Name("Marek Holt", "person:holt"), new Name("Harbour Line", "organization:harbour-line"));
    assertThat(a.quotes()).filteredOn(q -> q.cue().equals("said"))
        .extracting(Quote::speakerDescription, Quote::speakerId)
        .containsExactly(tuple("Marek Holt's lawyer", null),
            tuple("The Harbour Line's spokesman", "organization:harbour-line"));
  }

  @Test
  void aPersonPlacedAtAnOrganisationSpeaksNotTheOrganisation() {
    Attributions a = attribute("Twelve people were hurt, a nurse at Lindholm Clinic said. "
        + "A spokesman at the Harbour Line said the ferry would sail.",
        new Name("Lindholm Clinic", "organization:lindholm-clinic"), new Name("Harbour Line", "organization:harbour-line"));
    assertThat(a.quotes()).extracting(Quote::speakerDescription, Quote::speakerId)
        .containsExactly(tuple("a nurse at Lindholm Clinic", null), tuple("A spokesman at the Harbour Line", "organization:harbour-line"));
  }

  @Test
  void theyDoesNotReachAnOrganisationParagraphsBackNorPastPeopleNamedSince() {
    Attributions a = attribute("The Harbour Line said the ferry would sail.\n\nThe pier was repaired in May.\n\n"
        + "The storm passed.\n\nThe port will reopen, they said.\n\n"
        + "The Harbour Line said the fares would rise. Dock workers walked out. The pay was too low, they said.",
        new Name("Harbour Line", "organization:harbour-line"));
    assertThat(a.quotes()).filteredOn(q -> "they".equals(q.speakerDescription()))
        .extracting(Quote::speakerId).containsExactly(null, null);
  }

  @Test
  void theyIsTheOrganisationThatSpokeJustBefore() {
    Attributions a = attribute("The Harbour Line said the ferry would sail. The fares will not rise, they said.",
        new Name("Harbour Line", "organization:harbour-line"));
    assertThat(a.quotes()).extracting(Quote::speakerId)
        .containsExactly("organization:harbour-line", "organization:harbour-line");
  }

  @Test
  void whomAnOccasionWasSentToIsNotPartOfTheContent() {
    Attributions a = attribute("Mayor Ines Vale said in a video message sent to residents that the pier was safe.",
        new Name("Ines Vale", "person:vale"));
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("that the pier was safe");
      assertThat(q.speakerId()).isEqualTo("person:vale");
    });
  }

  @Test
  void aRelativeWhichOpeningTheNextClauseIsNotPartOfTheContent() {
    Attributions a = attribute("The union accused the port of cutting pay, which the Harbour Line denied.",
        new Name("Harbour Line", "organization:harbour-line"));
    assertThat(a.quotes()).extracting(Quote::text).allSatisfy(t -> assertThat(t).doesNotEndWith("which"));
    assertThat(a.quotes()).filteredOn(q -> q.cue().equals("denied")).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("The union accused the port of cutting pay"));
  }

  @Test
  void aDatelineIsNotPartOfTheReportedSpeechThatFollowsIt() {
    Attributions a = attribute("LAKESIDE — The port will stay closed until Friday, harbour master Ines Vale said on Thursday.",
        new Name("Ines Vale", "person:vale"));
    assertThat(a.quotes()).extracting(Quote::text).containsExactly("The port will stay closed until Friday");
  }

  @Test
  void whomTheWordsWereSpokenToIsNeitherSourceNorContent() {
    Attributions a = attribute("The ferry will resume on Monday, harbour master Ines Vale reported to Governor Tomas Jankus on Friday. "
        + "Vale said to reporters that the pier was safe.",
        new Name("Ines Vale", "person:vale"), new Name("Tomas Jankus", "person:jankus"));
    assertThat(a.quotes()).extracting(Quote::text).containsExactly("The ferry will resume on Monday", "that the pier was safe");
    assertThat(a.quotes()).allSatisfy(q -> assertThat(q.speakerId()).isEqualTo("person:vale"));
  }

  @Test
  void aNationalityBeforeAClaimNounMakesItANounNotACue() {
    for (String nationality : List.of("Ruritanian", "Borduvese", "Grantish", "Zembari")) {
      Attributions a = attribute("Mayor Ines Vale said " + nationality + " claims of control over the town were false.",
          new Name("Ines Vale", "person:vale"));
      assertThat(a.quotes()).as(nationality).singleElement().satisfies(q -> {
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.speakerId()).isEqualTo("person:vale");
      });
    }
  }

  @Test
  void aPersonPlacedByAParticipleKeepsThePlaceInTheSource() {
    Attributions a = attribute("\"The bridge is still ours,\" a Ruritanian officer serving in the area told Harbour Radio by phone.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).contains("The bridge is still ours");
      assertThat(q.speakerDescription()).isEqualTo("a Ruritanian officer serving in the area");
    });
  }

  @Test
  void aParticipleDescribingAnOccasionOrALinkingVerbIsNoCue() {
    Attributions a = attribute("Commander Sami Kortel said in a video posted on the group's channel that the bridge was theirs. "
        + "Control of the harbour remains disputed. The ministry said in a report that the road was open.",
        new Name("Sami Kortel", "person:kortel"));
    assertThat(a.quotes()).extracting(Quote::text)
        .containsExactly("that the bridge was theirs", "that the road was open");
    assertThat(a.quotes()).first().satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:kortel"));
  }

  @Test
  void aSpeakerAfterTheCueKeepsThePlaceThatCompletesIt() {
    Attributions a = attribute("\"Bread costs twice what it did,\" said a baker in the town's old market.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("a baker in the town's old market"));
  }

  @Test
  void aVerbThatIsAlsoANounAfterACoordinatedNounIsANoun() {
    assertThat(attribute("Riverford, a town of 27,000, is a key road and rail hub on the coast.").quotes()).isEmpty();
    assertThat(attribute("Mayor Ines Vale railed against the closure of the port.", new Name("Ines Vale", "person:vale")).quotes())
        .singleElement().satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:vale"));
  }

  @Test
  void aPageFooterListingTopicsIsNoSpeaker() {
    assertThat(attribute("The ferry resumed on Monday.\n\nTOPICS: Ferries, Lakeside, Harbour Board").quotes()).isEmpty();
    assertThat(attribute("The ferry resumed on Monday.\n\nTags: ferries, harbour").quotes()).isEmpty();
  }

  @Test
  void aNamedPlaceOrChannelBeforeThatIsNeitherSourceNorContent() {
    Attributions a = attribute("The adviser Sami Kortel wrote on Telegram that the group holds the bridge. "
        + "Mayor Ines Vale said in Lakeside that the road was open. She said on Monday that the wells were dry.",
        new Name("Sami Kortel", "person:kortel"), new Name("Ines Vale", "person:vale"));
    assertThat(a.quotes()).extracting(Quote::text)
        .containsExactly("that the group holds the bridge", "that the road was open", "that the wells were dry");
  }

  @Test
  void guillemetsAreQuoteMarksAndALaterQuoteInTheParagraphCarriesOn() throws IOException {
    Attributions a = attribute(fixture("guillemets.txt"), new Name("Petrenko", "person:petrenko"));
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(q.speakerId()).isEqualTo("person:petrenko");
      assertThat(q.speakerDescription()).isEqualTo("Colonel Petrenko");
      assertThat(q.cue()).isEqualTo("said");
      assertThat(q.parts()).hasSize(2);
      assertThat(q.text()).isEqualTo("We will hold the line The enemy has lost two battalions.");
    });
  }

  @Test
  void curlyQuoteWithTheSpeakerAfterTheCueAndAnApposition() throws IOException {
    String text = fixture("curly-inverted.txt");
    Attributions a = attribute(text, new Name("Olena Kuzmenko", "person:kuzmenko"));
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("person:kuzmenko");
      assertThat(q.text()).isEqualTo("The bridge is gone,");
      assertThat(text.substring(q.parts().get(0).start(), q.parts().get(0).end())).isEqualTo("“The bridge is gone,”");
    });
  }

  @Test
  void quotesLabelledWithTheirSpeakerBeforeOrAfterAreTheirs() throws IOException {
    Attributions a = attribute(fixture("labelled-quotes.txt"), new Name("Ana Ruiz", "person:ruiz"),
        new Name("Tomas Brenner", "person:brenner"), new Name("Lena Ortiz", "person:ortiz"));
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT)
        .extracting(Quote::speakerId, Quote::speakerDescription, Quote::cue, Quote::text)
        .containsExactly(
            tuple("person:ruiz", "Ana Ruiz, 27, a nurse from Tucson", "Tucson",
                "The water came up to the windows before anyone warned us."),
            tuple("person:brenner", "Tomas Brenner, 61, Yuma", "—", "We slept in the school gym for a week."),
            tuple("person:ortiz", "Lena Ortiz, 45", ":", "Nobody from the county has called since."));
  }

  @Test
  void aLabelAfterTheQuoteIsItsOwnCueThoughAColonOpenedTheParagraphBefore() {
    Attributions a = attribute("Readers wrote to us:\n\n“The water rose faster than anyone said.” Ana Ruiz, 27\n",
        new Name("Ana Ruiz", "person:ruiz"));
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("person:ruiz");
      assertThat(q.cue()).isEqualTo("27");
    });
  }

  @Test
  void theQuotationDashSignsAQuoteAsTheEmDashDoes() {
    String text = "Readers told us what the flood changed.\n\n“We slept in the school gym for a week.” \u2015 Tomas Brenner\n"
        + "“Nobody from the county has called since.”\u2015 Lena Ortiz\n"
        + "“The county never came.” \u2015 Maria Solis.\n";
    Attributions a = attribute(text, new Name("Tomas Brenner", "person:brenner"), new Name("Lena Ortiz", "person:ortiz"),
        new Name("Maria Solis", "person:solis"));
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT)
        .extracting(Quote::speakerId, Quote::text)
        .containsExactly(tuple("person:brenner", "We slept in the school gym for a week."),
            tuple("person:ortiz", "Nobody from the county has called since."),
            tuple("person:solis", "The county never came."));
  }

  @Test
  void anInvertedSourceMayOpenWithAFigure() {
    Attributions a = attribute("“The veto rationale does not hold,” said 9/11 widow Terry Strada.\n", new Name("Terry Strada", "person:strada"));
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("person:strada");
      assertThat(q.speakerDescription()).isEqualTo("9/11 widow Terry Strada");
    });
  }

  @Test
  void aQuoteInsideReportedSpeechIsTheDirectQuoteOfTheCueRightAfterIt() {
    String text = "The mayor spoke on Monday.\n\nAna Ruiz said she would stay because “the town needs us,” she said. "
        + "“We will rebuild what the river took.”\n";
    Attributions a = attribute(text, new Name("Ana Ruiz", "person:ruiz"));
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("person:ruiz");
      assertThat(q.speakerDescription()).isEqualTo("she");
      assertThat(q.text()).isEqualTo("the town needs us, We will rebuild what the river took.");
    });
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.PARTIAL).singleElement()
        .satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Ana Ruiz"));
  }

  @Test
  void aPersonNamedBeforeARolePhraseInAppositionHeadsTheSource() {
    String text = "The plan is the main tool.\n\n“It is an invasion of the state domain,” Ana Ruiz, the attorney general of "
        + "Arizona, one of the states suing the agency, said at an event this month.\n";
    Attributions a = attribute(text, new Name("Ana Ruiz", "person:ruiz"));
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(q.speakerId()).isEqualTo("person:ruiz");
      assertThat(q.text()).isEqualTo("It is an invasion of the state domain,");
    });
  }

  @Test
  void askingNotToBeNamedReportsNothing() {
    String text = "“They are everywhere in the centre,” said a shopkeeper who asked not to be named. "
        + "Two officials requested anonymity to discuss the talks.\n";
    Attributions a = attribute(text);
    assertThat(a.quotes()).extracting(Quote::cue).containsExactly("said");
    assertThat(a.quotes().getFirst().speakerDescription()).isEqualTo("a shopkeeper");
  }

  @Test
  void anonymityGrantedOrAManNamedAfterTheCueStillReports() {
    Attributions granted = attribute("An official said on condition of anonymity that the army would withdraw from the town.\n");
    assertThat(granted.quotes()).extracting(Quote::cue).containsExactly("said");
    Attributions named = attribute("“We will stay,” said a man named Ali Hassan.\n", new Name("Ali Hassan", "person:ali-hassan"));
    assertThat(named.quotes()).extracting(Quote::cue).containsExactly("said");
  }

  @Test
  void anAcronymOpeningTheSentenceIsNoDatelineThoughADashFollows() {
    Attributions a = attribute("UN envoy Mary Holt toured the camp on Monday — a day after the vote — and said aid would resume soon.\n", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:holt"));
    Attributions dateline = attribute("KYIV, Ukraine — Mary Holt toured the camp on Monday and said aid would resume soon.\n", HOLT);
    assertThat(dateline.quotes()).singleElement().satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Mary Holt"));
  }

  @Test
  void aCueSetOffByCommasReportsTheWordsOnBothSides() {
    Attributions inside = attribute("The rebels, residents said, entered the city on Wednesday.\n");
    assertThat(inside.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerDescription()).isEqualTo("residents");
      assertThat(q.parts()).hasSize(2);
      assertThat(q.text()).isEqualTo("The rebels entered the city on Wednesday");
    });
    Attributions trailing = attribute("GOMA — The rebels entered the city on Wednesday, residents said, a day after the soldiers left.\n");
    assertThat(trailing.quotes()).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("The rebels entered the city on Wednesday a day after the soldiers left"));
    Attributions plain = attribute("The rebels entered the city on Wednesday, residents said.\n");
    assertThat(plain.quotes()).singleElement().satisfies(q -> assertThat(q.parts()).hasSize(1));
  }

  @Test
  void aLabelRunIntoTheQuoteEndingItsParagraphSpeaksButATitleInQuotesDoesNot() {
    Attributions label = attribute("The dam broke in May.\n\nAna Ruiz, 27, Tucson. “The water came up to the windows.”\n",
        new Name("Ana Ruiz", "person:ruiz"));
    assertThat(label.quotes()).singleElement().satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Ana Ruiz, 27, Tucson"));
    Attributions title = attribute("Ana Ruiz, host of KTAM’s “Morning Farm,” drove to the fair on Monday.\n",
        new Name("Ana Ruiz", "person:ruiz"));
    assertThat(title.quotes()).noneMatch(q -> "Ana Ruiz, host of KTAM’s".equals(q.speakerDescription()));
  }

  @Test
  void aSentenceAfterAQuoteIsNoLabel() {
    // A verb after the name makes it a sentence, which labels nothing.
    String text = "“We will rebuild the bridge by spring.” Ana Ruiz, the mayor, doubted it.\n";
    Attributions a = attribute(text, new Name("Ana Ruiz", "person:ruiz"));
    assertThat(a.quotes()).noneMatch(q -> "Ana Ruiz, the mayor, doubted it".equals(q.speakerDescription()));
    assertThat(a.quotes()).noneMatch(q -> q.kind() == Quote.Kind.DIRECT && q.cue() != null && q.cue().equals("it"));
  }

  @Test
  void aQuoteLeftOpenAtAParagraphEndRunsIntoTheNextParagraph() throws IOException {
    Attributions a = attribute(fixture("quote-over-two-paragraphs.txt"), new Name("Ivan Holub", "person:holub"));
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("person:holub");
      assertThat(q.parts()).hasSize(3);
      assertThat(q.text()).endsWith("We need generators.");
    });
  }

  @Test
  void aQuoteOpenedBeforeItsCueParagraphBelongsToThatCuesSpeaker() throws IOException {
    Attributions a = attribute(fixture("cue-in-second-paragraph.txt"), new Name("Ivan Holub", "person:holub"));
    // "Mayor Ivan Holub described the night:" reports too; the quote is the one after it.
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement().satisfies(q -> {
      assertThat(q.speakerDescription()).isEqualTo("he");
      assertThat(q.speakerId()).isEqualTo("person:holub");
      assertThat(q.text()).startsWith("The shelling started at two.").endsWith("We have no power and no water,");
    });
  }

  @Test
  void accordingToGivesReportedSpeechAndCitations() throws IOException {
    String text = fixture("according-to.txt");
    Attributions a = attribute(text, new Name("Oleh Syniehubov", "person:syniehubov"));
    assertThat(a.quotes()).hasSize(2);
    Quote first = a.quotes().get(0);
    assertThat(first.kind()).isEqualTo(Quote.Kind.INDIRECT);
    assertThat(first.speakerId()).isEqualTo("person:syniehubov");
    assertThat(first.cue()).isEqualTo("according to");
    assertThat(first.text()).isEqualTo("Four people were injured in the strike");
    assertThat(a.quotes().get(1).text()).isEqualTo("the school was empty");
    assertThat(a.citations()).extracting(Citation::kind, Citation::target, Citation::targetId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Citation.Kind.PERSON, "Oleh Syniehubov", "person:syniehubov"),
            org.assertj.core.groups.Tuple.tuple(Citation.Kind.REPORT, "report", null));
  }

  @Test
  void toldAnOutletCitesTheOutletAndReportsTheClause() throws IOException {
    Attributions a = attribute(fixture("told-outlet.txt"), new Name("Oleh Syniehubov", "person:syniehubov"),
        new Name("Reuters", "organization:reuters"));
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("person:syniehubov");
      assertThat(q.cue()).isEqualTo("told");
      assertThat(q.text()).isEqualTo("that the strike hit a school");
    });
    assertThat(a.citations()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Citation.Kind.OUTLET);
      assertThat(c.target()).isEqualTo("Reuters");
      assertThat(c.targetId()).isEqualTo("organization:reuters");
      assertThat(c.cue()).isEqualTo("told");
    });
  }

  @Test
  void quotedWordsInsideReportedSpeechMakeAPartialQuote() throws IOException {
    Attributions a = attribute(fixture("partial-quote.txt"));
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quote.Kind.PARTIAL);
      assertThat(q.speakerDescription()).isEqualTo("The minister");
      assertThat(q.speakerId()).isNull();
      assertThat(q.text()).isEqualTo("the offensive had \"stalled completely\" and would be reviewed");
    });
  }

  @Test
  void aDefiniteDescriptionFindsTheEntityWithThatRoleAnIndefiniteOneStaysUnnamed() throws IOException {
    Attributions a = attribute(fixture("descriptions.txt"),
        new Name("Oleh Syniehubov", "person:syniehubov", List.of("Governor")));
    assertThat(a.quotes()).hasSize(2);
    assertThat(a.quotes().get(0).speakerDescription()).isEqualTo("The regional governor");
    assertThat(a.quotes().get(0).speakerId()).isEqualTo("person:syniehubov");
    Quote volunteer = a.quotes().get(1);
    assertThat(volunteer.kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(volunteer.speakerDescription()).isEqualTo("A local volunteer");
    assertThat(volunteer.speakerId()).isNull();
  }

  @Test
  void passiveAndNounFormsAreNoCues() {
    Attributions a = attribute("Rybar, who is reported to have close ties to the army, posted a map. "
        + "Media reports suggest the bridge is gone. The United States sent aid.",
        new Name("Rybar", "person:rybar"));
    // "is reported to", the noun "reports" and "States" are no cues; the verbs after them are.
    assertThat(a.quotes()).extracting(Quote::cue, Quote::speakerDescription).containsExactly(
        org.assertj.core.groups.Tuple.tuple("posted", "Rybar, who is reported to have close ties to the army,"),
        org.assertj.core.groups.Tuple.tuple("suggest", "Media reports"));
  }

  @Test
  void textWithoutSentencesOrNamesGivesNothing() {
    assertThat(attribute("").quotes()).isEmpty();
    assertThat(ATTRIBUTOR.attribute("\"Unclosed quote with no cue",
        new Annotations("x", List.of(), List.of(), List.of(), List.of(), List.of())).quotes()).isEmpty();
  }

  private static final Name HOLT = new Name("Mary Holt", "person:holt");

  @Test
  void beliefIntentionAndStanceVerbsAttributeInAnyInflection() {
    Attributions a = attribute("Mary Holt believes that the levy will pass. Mary Holt wanted to close the mill. "
        + "Mary Holt lambasted the board for its delay.", HOLT);
    assertThat(a.quotes()).extracting(Quote::cue, Quote::text, Quote::speakerId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("believes", "that the levy will pass", "person:holt"),
        org.assertj.core.groups.Tuple.tuple("wanted", "to close the mill", "person:holt"),
        org.assertj.core.groups.Tuple.tuple("lambasted", "the board for its delay", "person:holt"));
  }

  @Test
  void aCueInsideTheClauseAnotherCueReportsIsPartOfThatContent() {
    Attributions a = attribute("Local officials said farmers want lower fees. "
        + "Mary Holt said the rain came late; the farmers said they would wait.", HOLT);
    assertThat(a.quotes()).extracting(Quote::speakerDescription, Quote::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Local officials", "farmers want lower fees"),
        org.assertj.core.groups.Tuple.tuple("Mary Holt", "the rain came late"),
        org.assertj.core.groups.Tuple.tuple("the farmers", "they would wait"));
  }

  @Test
  void aNameWithAppositionsBetweenCommasIsOneSourceWithItsClosingComma() {
    Attributions a = attribute("Mary Holt, 52, a farmer who grows corn near Ames, said the rain came late.", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerDescription()).isEqualTo("Mary Holt, 52, a farmer who grows corn near Ames,");
      assertThat(q.speakerId()).isEqualTo("person:holt");
      assertThat(q.text()).isEqualTo("the rain came late");
    });
  }

  @Test
  void aSpeakerAfterTheCueKeepsTheAppositionToTheSentenceEnd() {
    Attributions a = attribute("\"The rain came late,\" said Mary Holt, a farmer near Ames (Iowa).", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(q.speakerDescription()).isEqualTo("Mary Holt, a farmer near Ames (Iowa)");
      assertThat(q.speakerId()).isEqualTo("person:holt");
    });
  }

  @Test
  void anAppositionOpenedByADescribedRoleStaysWithTheSpeakerAfterTheCue() {
    Attributions a = attribute("\"The rain came late,\" said Mary Holt, research and outreach director of the Ames Growers Union.", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q ->
        assertThat(q.speakerDescription()).isEqualTo("Mary Holt, research and outreach director of the Ames Growers Union"));
  }

  @Test
  void aRelativeClauseCutAtItsVerbLeavesTheAppositionBeforeIt() {
    Attributions a = attribute("\"The rain came late,\" said Mary Holt, a farmer near Ames, who said the corn would suffer.", HOLT);
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement().satisfies(q ->
        assertThat(q.speakerDescription()).isEqualTo("Mary Holt, a farmer near Ames"));
  }

  @Test
  void aParticipleDescribingTheNounBeforeItOrGovernedByAPrepositionReportsNothing() {
    Attributions a = attribute("The county board met a group supporting the levy. Holt was fined for saying the levy was illegal.", HOLT);
    assertThat(a.quotes()).extracting(Quote::cue).doesNotContain("supporting", "saying");
    Attributions chant = attribute("The farmers marched past the hall, the crowd chanting \"Water for Ames now!\"");
    assertThat(chant.quotes()).singleElement().satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("the crowd"));
  }

  @Test
  void aSecondNameAndColonInTheParagraphTakesTheQuoteAfterIt() {
    Attributions a = attribute("The board met on Monday.\n\nMary Holt: \"The levy must pass this year.\" Brenner: \"Nobody here will vote for it.\"\n",
        HOLT, new Name("Brenner", "person:brenner"));
    assertThat(a.quotes()).extracting(Quote::speakerId, Quote::text).containsExactly(
        tuple("person:holt", "The levy must pass this year."),
        tuple("person:brenner", "Nobody here will vote for it."));
  }

  @Test
  void aSourceReadOverALineBreakKeepsTheLineOfItsCue() {
    Attributions a = attribute("A Plan For The Dam\nMary Holt said the dam would hold.\n", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Mary Holt"));
  }

  @Test
  void aPronounJoinedByAndAndPeopleCloseToSomeoneAreWholeSources() {
    Attributions a = attribute("She and her aides have vowed to rebuild the dam. People close to Mary Holt said the vote would be close.", HOLT);
    assertThat(a.quotes()).extracting(Quote::speakerDescription).containsExactly("She and her aides", "People close to Mary Holt");
  }

  @Test
  void anAuxiliaryMakesAParticipleAFiniteVerbWhoseSubjectKeepsItsApposition() {
    Attributions a = attribute("Mary Holt, 52, a farmer near Ames, is backing the levy because the rain came late.", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q ->
        assertThat(q.speakerDescription()).isEqualTo("Mary Holt, 52, a farmer near Ames,"));
  }

  @Test
  void aParticipleSpeaksForTheClauseSubjectPastADatelineANamedNounOrAnEmail() {
    Attributions dateline = attribute("AMES, May 8 (UPI) — In response to the plan, Mary Holt rallied supporters, saying: “We have to be ready to stop them.”", HOLT);
    assertThat(dateline.quotes()).singleElement().satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:holt"));
    Attributions comment = attribute("Mary Holt posted a Facebook comment of her own, saying, “We are so glad the dam held!”", HOLT);
    assertThat(comment.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement()
        .satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Mary Holt"));
    Attributions email = attribute("She sent an email saying, “The vote is done and the levy will pass.”");
    assertThat(email.quotes()).singleElement().satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("She"));
  }

  @Test
  void aThingBearingWordsReadsTheQuoteAfterIt() {
    Attributions site = attribute("A welcome message on the website reads: “Come to Ames, where the water is clean and the rent is low.”");
    assertThat(site.quotes()).singleElement().satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("A welcome message on the website"));
    Attributions banner = attribute("The farmers held a banner which read “Save the dam for our children now.”");
    assertThat(banner.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement()
        .satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("which"));
  }

  @Test
  void aHeadingSignedAfterADashGivesTheQuoteAfterItsColonToTheSigner() {
    Attributions a = attribute("Turnout fell in the north - Ames Tribune: “Fewer than half of the voters came out this year.”");
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement().satisfies(q -> {
      assertThat(q.speakerDescription()).isEqualTo("Ames Tribune");
      assertThat(q.cue()).isEqualTo(":");
    });
  }

  @Test
  void aLoneOneAfterAQuoteAndItsCueIsTheSource() {
    Attributions a = attribute("Three banners hung over the hall. “Water for all and no levy,” read one.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerDescription()).isEqualTo("one");
      assertThat(q.text()).isEqualTo("Water for all and no levy,");
    });
  }

  @Test
  void accordingToTakesTheWholeDescriptionOfADocument() {
    Attributions a = attribute("The levy failed, according to a survey released Monday by the county board.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerDescription()).isEqualTo("a survey released Monday by the county board");
      assertThat(q.text()).isEqualTo("The levy failed");
    });
  }

  @Test
  void twoApostrophesMarkADirectQuote() {
    Attributions a = attribute("''We will plant in May,'' Mary Holt said.", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(q.text()).isEqualTo("We will plant in May,");
      assertThat(q.speakerId()).isEqualTo("person:holt");
    });
  }

  @Test
  void aTitleCaseHeadlineCueCountsOrdinaryCapitalsDoNot() {
    assertThat(attribute("Mary Holt Says Farmers Need More Rain", HOLT).quotes())
        .singleElement().satisfies(q -> assertThat(q.cue()).isEqualTo("Says"));
    assertThat(attribute("The river Says flooded.").quotes()).isEmpty();
  }

  @Test
  void perceptionVerbsAttributeOnlyToSomeone() {
    assertThat(attribute("The new season saw heavy rain in May.").quotes()).isEmpty();
    assertThat(attribute("Mary Holt knows the fees are too high.", HOLT).quotes())
        .singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("the fees are too high"));
  }

  @Test
  void aParticipleAfterACommaSpeaksForTheNameOpeningTheSentenceNotForADocument() {
    Attributions a = attribute("Mary Holt was blunt about the levy, saying it would fail. "
        + "The County Board released a statement Monday saying the vote stands.",
        HOLT, new Name("County Board", "organization:board"));
    assertThat(a.quotes()).extracting(Quote::speakerDescription, Quote::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Mary Holt", "it would fail"),
        org.assertj.core.groups.Tuple.tuple("The County Board", "the vote stands"));
  }

  @Test
  void sheGoesToTheLastWomanWhoSpokeNotToTheLastSpeaker() {
    Attributions a = attribute("Mary Holt met Tom Reed at the depot. \"We need rain,\" Mary Holt said. "
        + "\"The roads are fine,\" Tom Reed said. \"The fields are not,\" she said.",
        HOLT, new Name("Tom Reed", "person:reed"));
    assertThat(a.quotes()).extracting(Quote::text, Quote::speakerId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("We need rain,", "person:holt"),
        org.assertj.core.groups.Tuple.tuple("The roads are fine,", "person:reed"),
        org.assertj.core.groups.Tuple.tuple("The fields are not,", "person:holt"));
  }

  @Test
  void anHonorificMarksTheGenderWhenTheFirstNameIsUnknown() {
    Attributions a = attribute("Mrs. Okafor spoke first. Then Mr. Lind said the bridge was safe. "
        + "\"It will hold,\" she said.",
        new Name("Okafor", "person:okafor"), new Name("Lind", "person:lind"));
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT)
        .singleElement().satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:okafor"));
  }

  @Test
  void aNameAndAColonOpeningALineAttributesTheRestButAHeadingDoesNot() {
    Attributions a = attribute("Mary Holt: Farmers will not survive another dry summer\n\n"
        + "Update: The county board meets again on Monday\n\nHolt: Yes.", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("person:holt");
      assertThat(q.cue()).isEqualTo(":");
      assertThat(q.text()).isEqualTo("Farmers will not survive another dry summer");
    });
  }

  @Test
  void aStraightQuoteClosedByACurlyOneIsStillOneQuote() {
    Attributions a = attribute("\"I don’t think it’s working,” Mary Holt said.", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(q.text()).isEqualTo("I don’t think it’s working,");
    });
  }

  @Test
  void aSecondVerbSharesTheSubjectOfTheFirst() {
    Attributions a = attribute("Mary Holt toured the flooded fields and said the levy had failed.", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerDescription()).isEqualTo("Mary Holt");
      assertThat(q.cue()).isEqualTo("said");
      assertThat(q.text()).isEqualTo("the levy had failed");
    });
  }

  @Test
  void anUnlistedVerbBesideAQuoteIsACueOnlyInTheQuoteFrame() {
    Attributions a = attribute("\"Get off my land,\" Mary Holt barked. The dog barked all night.", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.cue()).isEqualTo("barked");
      assertThat(q.speakerId()).isEqualTo("person:holt");
    });
  }

  @Test
  void aCueClosingTheSentenceKeepsTheCueItsContentHolds() {
    Attributions a = attribute("Tom Reed explained how the levy failed, officials said.", new Name("Tom Reed", "person:reed"));
    assertThat(a.quotes()).extracting(Quote::cue).containsExactlyInAnyOrder("explained", "said");
  }

  @Test
  void aWebsiteCalledSomethingIsNoAttribution() {
    assertThat(attribute("The story came from a website called Real News Right Now.").quotes()).isEmpty();
  }

  @Test
  void aNoBreakSpaceBetweenQuoteAndSpeakerIsJustASpace() {
    Attributions a = attribute("“Being a farmer, that’s my job,”\u00a0Mary Holt said in May on the podcast “Rural Hour.”", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(q.text()).isEqualTo("Being a farmer, that’s my job,");
    });
  }

  @Test
  void aQuoteParagraphAfterReportedSpeechClosingTheParagraphBelongsToItsSpeaker() {
    Attributions a = attribute("Mary Holt said the levy had failed.\n\n\"It was built too low.\"", HOLT);
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT)
        .singleElement().satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:holt"));
  }

  @Test
  void sharesOfPeopleAndDocumentsSayThingsToo() {
    Attributions a = attribute("Nearly nine out of 10 say the roads need work. 42% said the fees were too high. "
        + "The county published a memo. It says the bridge is unsafe.");
    assertThat(a.quotes()).extracting(Quote::speakerDescription)
        .containsExactly("Nearly nine out of 10", "42%", "It");
  }

  @Test
  void theShareOfAGroupAndNamesJoinedByASlashBelongToTheSource() {
    Attributions a = attribute("Seven in 10 Democratic voters say the levy is too low. "
        + "Only a third of the engineers agreed the bridge was safe. "
        + "A new Ledger/Valley Radio survey found the road plan was popular. "
        + "In 2019 the council said the fees would rise.");
    assertThat(a.quotes()).extracting(Quote::speakerDescription)
        .containsExactly("Seven in 10 Democratic voters", "Only a third of the engineers",
            "A new Ledger/Valley Radio survey", "the council");
  }

  @Test
  void aCapitalWithAFullStopIsAnInitialOfTheName() {
    Name baker = new Name("Tom A. Baker", "person:baker");
    Attributions a = attribute("Port counsel Tom A. Baker wrote that the levy had failed.", baker);
    assertThat(a.quotes()).extracting(Quote::speakerDescription).containsExactly("Port counsel Tom A. Baker");
  }

  @Test
  void aDocumentKeepsItsMakerAfterByAndMoreDocumentNounsSpeak() {
    Attributions a = attribute("A survey conducted by the Valley Ledger found the levy was popular. "
        + "A review by the Valley Ledger shows the fees doubled. Research suggests the bridge is unsafe.");
    assertThat(a.quotes()).extracting(Quote::speakerDescription)
        .containsExactly("A survey conducted by the Valley Ledger", "A review by the Valley Ledger", "Research");
  }

  @Test
  void groupsJoinedByAndAreOneSource() {
    Attributions a = attribute("Three current and former port officials said the levy was too low. "
        + "Local reports and union sources described the fees as doubled.");
    assertThat(a.quotes()).extracting(Quote::speakerDescription)
        .containsExactly("Three current and former port officials", "Local reports and union sources");
  }

  @Test
  void aSourceAfterItsCueKeepsTheCommaClosingItsAppositionWhenTheSentenceGoesOn() {
    Name ruiz = new Name("Ana Ruiz", "person:ruiz");
    Attributions a = attribute("\u201cThe levy will hold,\u201d said Ana Ruiz, a nurse, adding that the fees doubled.", ruiz);
    assertThat(a.quotes()).first().satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Ana Ruiz, a nurse,"));
    Attributions closing = attribute("\u201cThe levy will hold,\u201d said Ana Ruiz, a nurse.", ruiz);
    assertThat(closing.quotes()).first().satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Ana Ruiz, a nurse"));
  }

  @Test
  void aRoleNounThatIsAlsoAVerbIsNoCueBeforeAnother() {
    Attributions a = attribute("Many farmers and levy advocates believe the fees will double. Forecasters say the river will rise.");
    assertThat(a.quotes()).extracting(Quote::cue).doesNotContain("advocates").contains("say");
    assertThat(a.quotes()).filteredOn(q -> "say".equals(q.cue())).extracting(Quote::speakerDescription)
        .containsExactly("Forecasters");
  }

  @Test
  void aPartyTagAfterTheNameBelongsToTheSourceBeforeAnAside() {
    Attributions a = attribute("Senator Mary Holt (D-Iowa), facing a hard race, noted that the levy failed.", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Senator Mary Holt (D-Iowa)"));
  }

  @Test
  void aProgressiveIsACueAndAPassiveIsNot() {
    assertThat(attribute("Mary Holt is telling farmers the levy will hold.", HOLT).quotes())
        .singleElement().satisfies(q -> {
          assertThat(q.cue()).isEqualTo("is telling");
          assertThat(q.speakerDescription()).isEqualTo("Mary Holt");
        });
    assertThat(attribute("Mary Holt was told the levy will hold.", HOLT).quotes()).isEmpty();
  }

  @Test
  void theOccasionAfterASpeakerIsNotPartOfTheSpeaker() {
    Attributions a = attribute("The levy will hold, said Mary Holt in a statement on Monday.", HOLT);
    assertThat(a.quotes()).singleElement()
        .satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Mary Holt"));
  }

  @Test
  void aQuoteAfterAColonBelongsToTheNameOrTheSubjectBeforeIt() {
    Attributions named = attribute("The drought does not surprise pollster Mary Holt: \"We saw it coming.\"", HOLT);
    assertThat(named.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("person:holt");
      assertThat(q.speakerDescription()).isEqualTo("pollster Mary Holt");
      assertThat(q.cue()).isEqualTo(":");
    });
    Attributions subject = attribute("Mary Holt then turned to the board:\n\n\"We saw it coming.\"", HOLT);
    assertThat(subject.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerDescription()).isEqualTo("Mary Holt");
      assertThat(q.cue()).isEqualTo("then turned to the board:");
      assertThat(q.text()).isEqualTo("We saw it coming.");
    });
    assertThat(attribute("The levy had one flaw: \"We saw it coming.\"", HOLT).quotes()).isEmpty();
  }

  @Test
  void aSpeakerAfterTheCueMayOpenWithAWordThatIsAlsoAVerbOrWithHisRole() {
    Attributions a = attribute("\"It holds,\" said Will Doyle. \"It leaks,\" said former tech executive Mary Holt.",
        HOLT, new Name("Will Doyle", "person:doyle"));
    assertThat(a.quotes()).extracting(Quote::speakerDescription)
        .containsExactly("Will Doyle", "former tech executive Mary Holt");
  }

  @Test
  void aQuoteParagraphSignedWithADashAndANameIsThatPersons() {
    Attributions a = attribute("\"The levy will hold.\"\n\n- Mary Holt, Dayton.\n\n\"It will not.\"\n\n- the end", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerDescription()).isEqualTo("Mary Holt");
      assertThat(q.cue()).isEqualTo("-");
      assertThat(q.text()).isEqualTo("The levy will hold.");
    });
    // "Holt" alone is no mention here, but ends a person's name earlier in the article.
    Attributions surname = attribute("Mary Holt spoke twice.\n\n\"It will hold.\"\n\n- Holt.", HOLT);
    assertThat(surname.quotes()).filteredOn(q -> "-".equals(q.cue())).singleElement()
        .satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Holt"));
  }

  @Test
  void aRelativeClauseInTheSourceDoesNotCutTheSpeakerFromHisQuote() {
    Attributions a = attribute("\"We saw it coming,\" Paris, who has argued for a new levy, said.", new Name("Paris", "place:paris"));
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement()
        .satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Paris, who has argued for a new levy,"));
  }

  @Test
  void aParticipleOfMeansOrAfterOpeningPhrasesSpeaksForTheClauseSubject() {
    Attributions a = attribute("Then Mary Holt closed the meeting by saying \"We will hold.\" "
        + "On Monday, after a long pause, Mary Holt thanked the board, saying \"We held.\"", HOLT);
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT)
        .extracting(Quote::text, Quote::speakerDescription)
        .containsExactly(tuple("We will hold.", "Mary Holt"), tuple("We held.", "Mary Holt"));
  }

  @Test
  void aQuoteOfSomeWordsRightAfterAnUnlistedVerbBelongsToItsSubject() {
    Attributions a = attribute("The farmers chanted \"No levy without a vote.\" Mary Holt fumed: \"This is a disgrace to us.\" "
        + "The plan carries \"a heavy price\" for all.", HOLT);
    assertThat(a.quotes()).extracting(Quote::speakerDescription, Quote::cue)
        .containsExactly(tuple("The farmers", "chanted"), tuple("Mary Holt", "fumed"));
  }

  @Test
  void aSurnameTheTaggerMissedHereStillSpeaksAndCapitalsAreNoPronoun() {
    // "Holt" alone is no mention in this fixture; "Mary Holt" earlier is.
    Attributions a = attribute("Mary Holt met the board.\n\nHolt replied, \"We will hold the line here.\"", HOLT);
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement()
        .satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Holt"));
    Attributions us = attribute("\"We will hold!\" US Senator Mary Holt said as the vote began.", HOLT);
    assertThat(us.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement()
        .satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("US Senator Mary Holt"));
  }

  @Test
  void anUnlistedVerbInTheQuoteFrameMayTakeATimeAfterIt() {
    Attributions a = attribute("\"We saw it coming,\" Mary Holt fumed on Tuesday.", HOLT);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerDescription()).isEqualTo("Mary Holt");
      assertThat(q.cue()).isEqualTo("fumed");
    });
  }

  @Test
  void aCueItsQuoteFollowsIsNotSwallowedByAnEarlierCue() {
    Attributions a = attribute("A farmer asked for a photo and Mary Holt said, \"Only if the levy holds.\"", HOLT);
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement()
        .satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Mary Holt"));
  }

  @Test
  void aParticipleAfterACommaSpeaksForTheClauseSubjectNotTheWordsBeforeIt() {
    Attributions a = attribute("In a statement released Monday, Mary Holt reacted to the county board, saying \"We will hold.\"", HOLT);
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement()
        .satisfies(q -> assertThat(q.speakerDescription()).isEqualTo("Mary Holt"));
  }

  @Test
  void aSpeakerAfterTheQuoteAndALongAsideStillSpeaks() {
    Attributions a = attribute("\"We will hold,\" Mary Holt, after a long pause, said of the levy.\n\n"
        + "\"Go home,\" Mary Holt barked and the meeting ended.", HOLT);
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT)
        .extracting(Quote::text, Quote::speakerDescription)
        .containsExactly(tuple("We will hold,", "Mary Holt"), tuple("Go home,", "Mary Holt"));
  }

  @Test
  void aSignThatSaysAQuoteHasTheRelativePronounAsItsSource() {
    Attributions a = attribute("The farmers carried signs that said, \"No levy without a vote.\"", HOLT);
    assertThat(a.quotes()).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).singleElement().satisfies(q -> {
      assertThat(q.speakerDescription()).isEqualTo("that");
      assertThat(q.cue()).isEqualTo("said");
    });
  }

  @Test
  void verbsOfAttackAndAllusionReportTheirSubjectButTheirNounsDoNot() {
    Attributions a = attribute("Mary Holt also assailed the county board over the levy. "
        + "She implied that the vote was rigged. The Lisbon attacks shook the board.",
        HOLT, new Name("Lisbon", "place:lisbon"));
    assertThat(a.quotes()).extracting(Quote::speakerDescription, Quote::cue)
        .containsExactly(tuple("Mary Holt", "also assailed"), tuple("She", "implied"));
  }

  @Test
  void speechReportedInsideReportedSpeechIsAnAttributionOfItsOwn() {
    Attributions a = attribute("Mary Holt said the farmers had told her the vote was rigged.", HOLT);
    assertThat(a.quotes()).extracting(Quote::speakerDescription, Quote::cue)
        .containsExactly(tuple("Mary Holt", "said"), tuple("the farmers", "had told"));
  }

  @Test
  void verbsOfHoldingAViewOrTakingASideReportTheirSubject() {
    Attributions a = attribute("Mary Holt is weighing a run for the county board. "
        + "The judges ordered that the count go on.", HOLT);
    assertThat(a.quotes()).extracting(Quote::speakerDescription, Quote::cue)
        .containsExactly(tuple("Mary Holt", "is weighing"), tuple("The judges", "ordered"));
    Attributions remembered = attribute("Mary Holt remembered the flood as the year the levy failed.", HOLT);
    assertThat(remembered.quotes()).extracting(Quote::speakerDescription, Quote::cue)
        .containsExactly(tuple("Mary Holt", "remembered"));
  }

  @Test
  void aCountryThatClaimsOrReportsIsTheSourceWhileThePlaceNamedAttacksAreANoun() {
    Attributions a = attribute("Russia claims its troops entered the town. Ukraine reports heavy shelling near the river. "
        + "The Lisbon attacks shook the board.",
        new Name("Russia", "place:russia"), new Name("Ukraine", "place:ukraine"), new Name("Lisbon", "place:lisbon"));
    assertThat(a.quotes()).extracting(Quote::speakerDescription, Quote::cue)
        .containsExactly(tuple("Russia", "claims"), tuple("Ukraine", "reports"));
  }

  @Test
  void aPublicAgencyIsNotANewsAgency() {
    Attributions a = attribute("Three people died in the floods, the civil protection agency said. "
        + "Two more were missing, the state news agency said.");
    assertThat(a.citations()).extracting(Citation::kind, Citation::target)
        .containsExactly(tuple(Citation.Kind.OUTLET, "state news agency"));
  }

  @Test
  void aNegatedCueQuotesNothingUnlessAThatClauseFollows() {
    Attributions a = attribute("The Rapid Support Forces did not immediately respond to a request for comment. "
        + "The ministry did not deny that the town had fallen.",
        new Name("Rapid Support Forces", "organization:rapid-support-forces"));
    assertThat(a.quotes()).extracting(Quote::text).containsExactly("that the town had fallen");
  }

  @Test
  void whomAndHowTheWordsWereToldIsNotPartOfWhatWasTold() {
    Name vale = new Name("Ines Vale", "person:vale");
    Name radio = new Name("Harbour Radio", "organization:harbour-radio");
    assertThat(attribute("Ines Vale told Harbour Radio by phone that the pier was safe.", vale, radio).quotes())
        .extracting(Quote::text).containsExactly("that the pier was safe");
    assertThat(attribute("Ines Vale told parliament that the pier was safe.", vale).quotes())
        .extracting(Quote::text).containsExactly("that the pier was safe");
    assertThat(attribute("Ines Vale told us on Wednesday that the pier was safe.", vale).quotes())
        .extracting(Quote::text).containsExactly("that the pier was safe");
    assertThat(attribute("The fishermen told me the pier was safe.").quotes())
        .extracting(Quote::speakerDescription, Quote::text).containsExactly(tuple("The fishermen", "the pier was safe"));
  }

  @Test
  void aResearcherAtAnInstituteForStudiesIsQuotedNotAStudyRelayed() {
    Attributions a = attribute("\"The problem is the road,\" said Natia Gogolashvili, a researcher at the Tbilisi Institute for Security Studies.",
        new Name("Natia Gogolashvili", "person:gogolashvili"));
    assertThat(a.quotes()).extracting(Quote::speakerId).containsExactly("person:gogolashvili");
    assertThat(a.citations()).extracting(Citation::kind).doesNotContain(Citation.Kind.REPORT);
  }

  @Test
  void theReportersRemarkOnAClaimIsNoPartOfIt() {
    Attributions a = attribute("Union leader Petra Lund said the strikers now held \"every dock, from the gate to the "
        + "cranes\", a claim that could not be independently verified. Ships waited.",
        new Name("Petra Lund", "person:lund"));
    assertThat(a.quotes()).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the strikers now held \"every dock, from the gate to the cranes\""));
    Attributions b = attribute("The mayor said forty houses had burned, which could not be confirmed.",
        new Name("The mayor", "person:mayor"));
    assertThat(b.quotes()).extracting(Quote::text).containsExactly("forty houses had burned");
    // Any other comma inside the reported words keeps what follows.
    Attributions c = attribute("The mayor said forty houses had burned, a school among them.",
        new Name("The mayor", "person:mayor"));
    assertThat(c.quotes()).extracting(Quote::text).containsExactly("forty houses had burned, a school among them");
  }

  @Test
  void theRemarksNounsAreTheLexiconsSoAnotherListReadsAnotherRemark() {
    String text = "The mayor said forty houses had burned, a rumour that spread fast.";
    Name mayor = new Name("The mayor", "person:mayor");
    assertThat(attribute(text, mayor).quotes()).extracting(Quote::text).containsExactly("forty houses had burned, a rumour that spread fast");
    Lexicon shipped = Lexicon.defaults();
    java.util.Map<String, java.util.Set<String>> grammar = new java.util.HashMap<>(shipped.grammar());
    grammar.put("caveat-noun", java.util.Set.of("rumour"));
    Lexicon withRumour = new Lexicon(shipped.cues(), shipped.cueModifiers(), shipped.descriptors(), shipped.outlets(),
        shipped.events(), shipped.reports(), grammar, shipped.firstNames());
    assertThat(attribute(new Attributor(withRumour), text, mayor).quotes()).extracting(Quote::text)
        .containsExactly("forty houses had burned");
  }
}
