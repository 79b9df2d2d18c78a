package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences of our own, each with a publication date and the expression it must yield. */
class TimeExpressionsTest {

  private static final TimeExpressions FINDER = TimeExpressions.english();

  private static TimeRef only(String sentence, String published, String text) {
    List<TimeRef> found = FINDER.find(sentence, LocalDate.parse(published));
    return found.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow(
        () -> new AssertionError("no '" + text + "' in " + found));
  }

  @ParameterizedTest(name = "{1} ({0}): {2} = {3} {4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # published | sentence                                                   | expression         | value            | modifier
      2025-12-25 | Russian forces attacked the village on Dec. 24.              | Dec. 24            | 2025-12-24       | -
      2025-12-25 | The talks were held on December 24, 2025, in Geneva.          | December 24, 2025  | 2025-12-24       | -
      2025-12-25 | The talks ended on 24 December.                               | 24 December        | 2025-12-24       | -
      2025-12-25 | The talks ended on the 24th of December.                      | the 24th of December | 2025-12-24       | -
      2025-12-25 | The order was signed on 24/12/2025.                           | 24/12/2025         | 2025-12-24       | -
      2025-12-25 | The order was dated 2025-12-24 in the register.               | 2025-12-24         | 2025-12-24       | -
      2026-01-02 | The strike on Dec. 30 killed two people.                      | Dec. 30            | 2025-12-30       | -
      2025-12-30 | The ceasefire starts Jan. 5 at the earliest.                  | Jan. 5             | 2026-01-05       | -
      2025-12-25 | In November, Moscow had claimed the city.                     | November           | 2025-11          | -
      2025-12-25 | The city fell in January after a long siege.                  | January            | 2025-01          | -
      2025-12-25 | The new law will take effect in January.                      | January            | 2026-01          | -
      2025-12-25 | Elections are planned for next March.                         | next March         | 2026-03          | -
      2025-03-10 | The offensive stalled last May.                               | last May           | 2024-05          | -
      2025-12-25 | The city had held since September 2022.                       | September 2022     | 2022-09          | -
      2025-12-25 | Prices rose in November 2024 and again later.                 | November 2024      | 2024-11          | -
      2025-12-25 | Fighting resumed in early December.                           | early December     | 2025-12          | EARLY
      2025-12-25 | The front held until mid-November.                            | mid-November       | 2025-11          | MID
      2025-12-25 | The plant closed in late 2024.                                | late 2024          | 2024             | LATE
      2025-12-10 | Talks should end by the end of the month.                     | the end of the month | 2025-12        | LATE
      2025-12-25 | The bridge was built in 2022.                                 | 2022               | 2022             | -
      2025-12-25 | The bridge reopened in the spring.                            | spring             | 2025-SP          | -
      2026-01-20 | Supplies ran short last winter.                               | last winter        | 2024-WI          | -
      2026-01-20 | Supplies are short this winter.                               | this winter        | 2025-WI          | -
      2025-12-25 | Zelensky visited the troops on Thursday.                      | Thursday           | 2025-12-25       | -
      2025-12-26 | Zelensky visited the troops on Thursday.                      | Thursday           | 2025-12-25       | -
      2025-12-25 | The talks collapsed last Tuesday.                             | last Tuesday       | 2025-12-23       | -
      2025-12-25 | Negotiators meet again next Monday.                           | next Monday        | 2025-12-29       | -
      2025-12-25 | The delegation will arrive on Monday.                         | Monday             | 2025-12-29       | -
      2025-12-25 | The ministry said on Monday it will send more troops.         | Monday             | 2025-12-22       | -
      2025-12-25 | Shelling began on Thursday morning.                           | Thursday morning   | 2025-12-25TMO    | -
      2026-02-09 | Nothing could be verified, and lines are down since Saturday afternoon. | Saturday afternoon | 2026-02-07TAF | -
      2025-12-25 | Two people died yesterday.                                    | yesterday          | 2025-12-24       | -
      2025-12-25 | The mayor spoke today.                                        | today              | 2025-12-25       | -
      2025-12-31 | The curfew ends tomorrow.                                     | tomorrow           | 2026-01-01       | -
      2025-12-25 | Sirens sounded last night.                                    | last night         | 2025-12-24TNI    | -
      2025-12-25 | The attack came two days ago.                                 | two days ago       | 2025-12-23       | -
      2025-12-25 | Aid arrived last week.                                        | last week          | 2025-W51         | -
      2026-01-02 | Aid arrived last week.                                        | last week          | 2025-W52         | -
      2025-12-25 | Prices rose last month.                                       | last month         | 2025-11          | -
      2026-01-10 | Prices rose last month.                                       | last month         | 2025-12          | -
      2025-12-25 | Exports fell earlier this year.                               | earlier this year  | 2025             | -
      2025-12-25 | The plant closed a year ago.                                  | a year ago         | 2024             | -
      2025-12-25 | The city was cut off Thursday, Dec. 18, by the advance.       | Thursday, Dec. 18  | 2025-12-18       | -
      2025-12-25 | Sirens sounded at 09:21 across the city.                      | 09:21              | 2025-12-25T09:21 | -
      2025-12-25 | The strike hit at 9.30am local time.                          | 9.30am local time  | 2025-12-25T09:30 | -
      2025-12-25 | The strike hit at 9 p.m.                                      | 9 p.m.             | 2025-12-25T21:00 | -
      2025-12-25 | The rally started at noon.                                    | noon               | 2025-12-25T12:00 | -
      2025-12-25 | Drones struck at 3 a.m. on Tuesday.                           | 3 a.m. on Tuesday  | 2025-12-23T03:00 | -
      2025-12-25 | The city was shelled for three days.                          | three days         | P3D              | -
      2025-12-25 | The region has been without power for weeks.                  | weeks              | PXW              | -
      2025-12-25 | The convoy waited 24 hours at the border.                     | 24 hours           | PT24H            | -
      2025-12-25 | The guns fell silent for a second and then resumed.           | a second           | PT1S             | -
      2025-12-25 | A second later the lights went out.                           | A second           | PT1S             | -
      2025-12-25 | They announced a two-day truce.                               | two-day            | P2D              | -
      2025-12-25 | The region was shelled over the past week.                    | the past week      | P1W              | -
      2025-12-25 | Fighting has intensified in recent weeks.                     | recent weeks       | PXW              | -
      2025-12-25 | The city is shelled each day.                                 | each day           | P1D              | -
      2025-12-25 | Aid flights now land daily.                                   | daily              | P1D              | -
      2025-12-25 | Trains leave twice a day.                                     | a day              | P1D              | -
      2025-12-25 | Markets close every Monday.                                   | every Monday       | XXXX-WXX-1       | -
      2025-12-25 | The town has been quiet since the 1990s.                      | the 1990s          | 199              | -
      2025-12-25 | The fortress dates from the 17th century.                     | the 17th century   | 16               | -
      2025-12-25 | Growth slowed in the third quarter.                           | the third quarter  | 2025-Q3          | -
      2025-12-25 | The front is now quiet.                                       | now                | PRESENT_REF      | -
      2025-12-25 | Many families spent Christmas Eve in shelters.                | Christmas Eve      | 2025-12-24       | -
      2025-12-25 | The strike on Dec. 20 was repelled; the day before, shelling began. | the day before | 2025-12-19     | -
      2025-12-25 | The ceasefire held between 20 and 24 December.                | 24 December        | 2025-12-24       | -
      2025-12-25 | The ceasefire held between 20 and 24 December.                | 20                 | 2025-12-20       | -
      2025-12-25 | The ceasefire held Dec. 20-24 in most places.                 | Dec. 20            | 2025-12-20       | -
      2025-12-25 | The ceasefire held Dec. 20-24 in most places.                 | 24                 | 2025-12-24       | -
      2024-03-02 | The bill passed on Feb. 29.                                   | Feb. 29            | 2024-02-29       | -
      2018-03-20 | Churches filled at Easter.                                    | Easter             | 2018-04-01       | -
      2025-12-25 | Services were held on Good Friday.                            | Good Friday        | 2025-04-18       | -
      2025-12-25 | The search was suspended in January last year.                | January last year  | 2024-01          | -
      2025-12-24 | Three villages were shelled over the weekend.                 | the weekend        | 2025-W51-WE      | -
      2025-12-25 | The church burned in 1965. Five years later, it was rebuilt.  | Five years later   | 1970             | -
      2025-12-25 | The city fell in 1942; the following year it was freed.       | the following year | 1943             | -
      2025-12-25 | Voters go to the polls next Wednesday, December 31.          | December 31       | 2025-12-31       | -
      2025-12-25 | Losses mounted in the past year.                              | the past year      | P1Y              | -
      2025-12-25 | The city fell in 1942; the previous year it was bombed.       | the previous year  | 1941             | -
      2025-12-25 | Work could begin by mid-April.                                | mid-April          | 2026-04          | MID
      2025-12-25 | Budgets for the current year were cut.                        | the current year   | 2025             | -
      2025-12-25 | The mine closed years ago.                                    | years ago          | PAST_REF         | -
      2025-12-25 | A 2016 study found the same.                                  | 2016               | 2016             | -
      2025-12-25 | The fair 2026 will open in spring.                            | 2026               | 2026             | -
      """)
  void expressionsAreNormalisedAgainstPublication(String published, String sentence, String text, String value,
      String modifier) {
    TimeRef t = only(sentence, published, text);
    assertThat(t.value()).isEqualTo(value);
    assertThat(t.modifier()).isEqualTo(modifier);
    assertThat(sentence.substring(t.start(), t.end())).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Theresa May spoke to reporters.
      The general may march on the capital.
      Officials said 1500 soldiers were wounded.
      The Arab Spring changed the region.
      Prices fell 12.5 percent.
      Leaves fall in the park.
      The score was 2-1 after extra time.
      The ratio stood at 05/06/2025 in the old report.
      The race took 2:02:53 seconds.
      They will return as soon as possible.
      The fall of Babanusa would open the road to the east.
      He spoke to the Sudan Daily Monitor by phone.
      The troops held the port after a second night of fighting.
      Rebels launched a second attack on the airport.
      """)
  void wordsThatOnlyLookLikeTimesAreLeftAlone(String sentence) {
    assertThat(FINDER.find(sentence, LocalDate.of(2025, 12, 25))).isEmpty();
  }

  @Test
  void everyKindOfExpressionReadsWithOrWithoutAPublicationDate() {
    String text = """
        At 09:21 on Thursday, Dec. 25, and on 24/12/2025, the day before, troops moved. In November,
        early December, late 2024 and the 1990s, for three days, each day, last week, two days ago,
        a decade later, the following year, the weekend, Easter, this winter, the third quarter,
        yesterday morning, next Monday, at noon, 20-24 December, now, in recent weeks.""";
    for (LocalDate pub : new LocalDate[] {null, LocalDate.of(2025, 12, 25), LocalDate.of(2024, 2, 29),
        LocalDate.of(2026, 1, 1)}) {
      List<TimeRef> found = FINDER.find(text, pub);
      assertThat(found).as("published %s", pub).hasSizeGreaterThan(pub == null ? 8 : 20);
      assertThat(found).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    }
  }

  @Test
  void withoutAPublicationDateNamedDaysKeepAnUnknownYearAndRelativeOnesAreDropped() {
    List<TimeRef> found = FINDER.find("On Dec. 24 and yesterday, and in November 2024, on Thursday.", null);
    assertThat(found).extracting(TimeRef::value).containsExactly("XXXX-12-24", "2024-11", "XXXX-WXX-4");
  }

  @Test
  void granularityFollowsTheValue() {
    List<TimeRef> found = FINDER.find(
        "On Dec. 24, in November, last week, in 2022, for three days, each day, at 09:21, now.",
        LocalDate.of(2025, 12, 25));
    assertThat(found).extracting(TimeRef::granularity).containsExactly(TimeRef.Granularity.DAY,
        TimeRef.Granularity.MONTH, TimeRef.Granularity.WEEK, TimeRef.Granularity.YEAR,
        TimeRef.Granularity.DURATION, TimeRef.Granularity.SET, TimeRef.Granularity.TIME,
        TimeRef.Granularity.REFERENCE);
  }
}
