package org.crosscheck.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.crosscheck.json.Json;

/** Places across articles as GeoJSON, for a map of where the reports are about. */
public final class PlaceMaps {
  private PlaceMaps() {}

  /** One Point feature per place, longitude first, with article and mention counts as properties. */
  public static ObjectNode featureCollection(List<PlaceSummary> places) {
    ObjectNode collection = Json.mapper().getNodeFactory().objectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (PlaceSummary p : places) {
      ObjectNode feature = features.addObject().put("type", "Feature").put("id", p.id());
      feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(p.lon()).add(p.lat());
      ObjectNode props = feature.putObject("properties")
          .put("name", p.name())
          .put("geonameId", p.geonameId())
          .put("featureCode", p.featureCode())
          .put("country", p.country());
      if (p.region() != null) props.put("region", p.region());
      props.put("articles", p.articles()).put("mentions", p.mentions());
      if (p.firstSeen() != null) props.put("firstSeen", p.firstSeen().toString());
      if (p.lastSeen() != null) props.put("lastSeen", p.lastSeen().toString());
      ArrayNode surfaces = props.putArray("surfaces");
      p.surfaces().forEach(surfaces::add);
    }
    return collection;
  }
}
