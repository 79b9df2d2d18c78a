package org.crosscheck.nlp;

/** The kinds of named entity the annotator reports. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
