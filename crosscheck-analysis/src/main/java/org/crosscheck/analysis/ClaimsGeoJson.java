package org.crosscheck.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.json.Json;

/** Claims about resolved places as a GeoJSON FeatureCollection: one Point per claim, at its place. */
public final class ClaimsGeoJson {
  private ClaimsGeoJson() {}

  public static ObjectNode of(List<ClaimHit> hits) {
    ObjectNode collection = Json.mapper().createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (ClaimHit hit : hits) {
      Claim c = hit.claim();
      if (c.place() == null || c.place().entityId() == null) continue; // no coordinates to draw
      ObjectNode f = features.addObject().put("type", "Feature").put("id", c.id());
      f.putObject("geometry").put("type", "Point").putArray("coordinates").add(c.place().lon()).add(c.place().lat());
      ObjectNode props = f.putObject("properties")
          .put("place", c.place().name()).put("placeId", c.place().entityId())
          .put("type", c.type().name()).put("polarity", c.polarity().name()).put("effect", c.effect().name())
          .put("eventTime", c.eventTime().value()).put("articleId", c.articleId())
          .put("status", hit.status().name()).put("independentSources", hit.independentSources())
          .put("sentence", c.sentence());
      if (c.actorSide() != null) props.put("actorSide", c.actorSide());
      if (c.claimant() != null) props.put("claimant", c.claimant().name() != null ? c.claimant().name() : c.claimant().description());
      if (c.outlet() != null) props.put("outlet", c.outlet());
      if (c.reportTime() != null) props.put("reportTime", c.reportTime().toString());
    }
    return collection;
  }
}
