package org.crosscheck.nlp.geo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.crosscheck.json.Json;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Place;

/**
 * An article's places as a GeoJSON FeatureCollection (RFC 7946): one Point feature per resolved
 * place, longitude first, with the gazetteer's facts and the spellings the article used as
 * properties, so a map can show where a report is about.
 */
public final class GeoJson {

  private GeoJson() {}

  /** The FeatureCollection of an article's resolved places, most mentioned first. */
  public static ObjectNode of(Annotations annotations) {
    ObjectNode collection = of(annotations.places());
    collection.put("articleId", annotations.articleId());
    return collection;
  }

  /** A FeatureCollection of places. */
  public static ObjectNode of(List<Place> places) {
    var json = Json.mapper().getNodeFactory();
    ObjectNode collection = json.objectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (Place p : places) {
      ObjectNode feature = features.addObject().put("type", "Feature").put("id", p.entityId());
      ObjectNode point = feature.putObject("geometry").put("type", "Point");
      point.putArray("coordinates").add(p.lon()).add(p.lat());
      ObjectNode props = feature.putObject("properties")
          .put("name", p.name())
          .put("geonameId", p.geonameId())
          .put("featureCode", p.featureCode())
          .put("country", p.country());
      if (p.region() != null) props.put("region", p.region());
      props.put("mentions", p.mentions());
      ArrayNode surfaces = props.putArray("surfaces");
      p.surfaces().forEach(surfaces::add);
    }
    return collection;
  }

  /** The FeatureCollection as one line of JSON. */
  public static String toJson(Annotations annotations) {
    return Json.toLine(of(annotations));
  }
}
