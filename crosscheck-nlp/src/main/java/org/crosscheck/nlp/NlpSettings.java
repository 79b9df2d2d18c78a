package org.crosscheck.nlp;

import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP settings of the annotation step, with their defaults in one place.
 *
 * <p>Entities come from the CRF models alone (no part-of-speech tags, which they do not use);
 * dates and times from {@link TimeExpressions}, outside CoreNLP.
 *
 * @param nerModels CRF models run in sequence; the first tag given to a token wins
 */
public record NlpSettings(List<String> nerModels) {

  /** CoNLL 4-class model: person, location, organisation, misc. */
  public static final String CONLL_4CLASS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  /** The 3-class model trained on the most data (CoNLL, MUC, ACE, OntoNotes ...). */
  public static final String ALL_3CLASS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /**
   * Defaults: the 3-class model alone. On LGL it recognises places as well as the 3-class and
   * CoNLL models together (exact F1 0.680 against 0.681) at half the tagging time, where the
   * CoNLL model alone falls to 0.631 (GeoparsingEvaluation). It has no MISC class: nationalities
   * and events are not entities.
   */
  public static NlpSettings defaults() {
    return new NlpSettings(List.of(ALL_3CLASS));
  }

  public NlpSettings {
    nerModels = List.copyOf(nerModels);
  }

  /** The CoreNLP properties: no fine-grained regexner, no coref, no quote attribution. */
  Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", String.join(",", nerModels));
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    // Dates come from TimeExpressions; CoreNLP's own numbers and times would only cost time.
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    return p;
  }
}
