package org.crosscheck.nlp;

import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP settings of the annotation step, with their defaults in one place.
 *
 * @param nerModels CRF models run in sequence; the first tag given to a token wins
 * @param useSuTime whether to normalise dates and times with SUTime
 */
public record NlpSettings(List<String> nerModels, boolean useSuTime) {

  /** CoNLL 4-class model: person, location, organisation, misc. */
  public static final String CONLL_4CLASS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  /** The 3-class model trained on the most data (CoNLL, MUC, ACE, OntoNotes ...). */
  public static final String ALL_3CLASS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** Defaults: measured as the best accuracy for the time on news (see GeoparsingEvaluation). */
  public static NlpSettings defaults() {
    return new NlpSettings(List.of(ALL_3CLASS, CONLL_4CLASS), true);
  }

  public NlpSettings {
    nerModels = List.copyOf(nerModels);
  }

  /** The CoreNLP properties: no fine-grained regexner, no coref, no quote attribution. */
  Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", String.join(",", nerModels));
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", Boolean.toString(useSuTime));
    p.setProperty("ner.applyNumericClassifiers", Boolean.toString(useSuTime));
    p.setProperty("ner.docdate.usePresent", "false");
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.includeRange", "false");
    return p;
  }
}
