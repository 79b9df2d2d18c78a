package org.crosscheck.nlp.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A representative point for each country from its outline: the centroid of its largest polygon
 * (mainland France, not French Guiana; the lower 48, not Alaska), which is near where GeoNames and
 * news maps put a country. Reads the TopoJSON of Natural Earth's countries as carried by the npm
 * package {@code world-atlas} ({@code countries-50m.json}), whose features are keyed by ISO 3166-1
 * numeric code.
 */
public final class CountryShapes {

  private CountryShapes() {}

  /** ISO 3166-1 numeric code ("804") → {lat, lon}. */
  public static Map<String, double[]> points(InputStream topoJson) throws IOException {
    Map<String, double[]> out = new HashMap<>();
    areas(topoJson, "countries").forEach((id, a) -> out.put(id, new double[] {a.lat(), a.lon()}));
    return out;
  }

  /** An area of a TopoJSON layer: its name property and the centroid of its largest polygon. */
  public record Area(String id, String name, double lat, double lon) {}

  /**
   * The areas of one geometry collection of a TopoJSON file (the {@code counties} of us-atlas'
   * {@code counties-10m.json}), by feature id.
   */
  public static Map<String, Area> areas(InputStream topoJson, String object) throws IOException {
    JsonNode topo = new ObjectMapper().readTree(topoJson);
    List<double[][]> arcs = arcs(topo);
    Map<String, Area> out = new HashMap<>();
    Map<String, Double> areas = new HashMap<>();
    for (JsonNode g : topo.at("/objects/" + object + "/geometries")) {
      String id = g.path("id").asText("");
      if (id.isEmpty()) continue;
      List<JsonNode> polygons = new ArrayList<>();
      switch (g.path("type").asText()) {
        case "Polygon" -> polygons.add(g.get("arcs"));
        case "MultiPolygon" -> g.get("arcs").forEach(polygons::add);
        default -> {}
      }
      double bestArea = 0;
      double[] best = null;
      for (JsonNode polygon : polygons) {
        // The first ring is the outline; holes (lakes, enclaves) barely move the centre.
        double[][] ring = ring(polygon.get(0), arcs);
        double[] c = centroid(ring);
        if (c != null && c[2] > bestArea) {
          bestArea = c[2];
          best = new double[] {c[0], c[1]};
        }
      }
      // Several features may share a code (Australia and its Ashmore and Cartier Islands).
      if (best != null && bestArea > areas.getOrDefault(id, 0.0)) {
        areas.put(id, bestArea);
        out.put(id, new Area(id, g.at("/properties/name").asText(""), best[0], best[1]));
      }
    }
    return out;
  }

  /** Decodes the quantised, delta-encoded arcs into lon/lat positions. */
  private static List<double[][]> arcs(JsonNode topo) {
    JsonNode transform = topo.path("transform");
    double sx = transform.at("/scale/0").asDouble(1);
    double sy = transform.at("/scale/1").asDouble(1);
    double tx = transform.at("/translate/0").asDouble(0);
    double ty = transform.at("/translate/1").asDouble(0);
    boolean quantised = transform.isObject();
    List<double[][]> out = new ArrayList<>();
    for (JsonNode arc : topo.path("arcs")) {
      double[][] points = new double[arc.size()][];
      double x = 0;
      double y = 0;
      for (int i = 0; i < arc.size(); i++) {
        JsonNode p = arc.get(i);
        if (quantised) {
          x += p.get(0).asDouble();
          y += p.get(1).asDouble();
          points[i] = new double[] {x * sx + tx, y * sy + ty};
        } else {
          points[i] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
        }
      }
      out.add(points);
    }
    return out;
  }

  /** A ring's positions from its arc indexes; a negative index ~i is arc i reversed. */
  private static double[][] ring(JsonNode indexes, List<double[][]> arcs) {
    List<double[]> points = new ArrayList<>();
    for (JsonNode n : indexes) {
      int i = n.asInt();
      double[][] arc = arcs.get(i >= 0 ? i : ~i);
      for (int k = 0; k < arc.length; k++) {
        double[] p = i >= 0 ? arc[k] : arc[arc.length - 1 - k];
        // Consecutive arcs share their joining point.
        if (k > 0 || points.isEmpty()) points.add(unwrapped(p, points));
      }
    }
    return points.toArray(double[][]::new);
  }

  /** A position moved by 360° of longitude where the ring crosses the antimeridian (Chukotka). */
  private static double[] unwrapped(double[] p, List<double[]> before) {
    if (before.isEmpty()) return p;
    double last = before.get(before.size() - 1)[0];
    double lon = p[0];
    while (lon - last > 180) lon -= 360;
    while (last - lon > 180) lon += 360;
    return lon == p[0] ? p : new double[] {lon, p[1]};
  }

  /**
   * The area centroid of a ring on a local equirectangular projection (longitudes shrunk by the
   * cosine of the ring's mean latitude): {lat, lon, area in square degrees}, or null if empty.
   */
  static double[] centroid(double[][] ring) {
    if (ring.length < 3) return null;
    double meanLat = 0;
    for (double[] p : ring) meanLat += p[1];
    double k = Math.cos(Math.toRadians(meanLat / ring.length));
    double area = 0;
    double cx = 0;
    double cy = 0;
    for (int i = 0; i < ring.length; i++) {
      double[] a = ring[i];
      double[] b = ring[(i + 1) % ring.length];
      double x0 = a[0] * k;
      double x1 = b[0] * k;
      double cross = x0 * b[1] - x1 * a[1];
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (a[1] + b[1]) * cross;
    }
    if (area == 0) return null;
    area /= 2;
    double lon = cx / (6 * area) / k;
    lon = ((lon + 540) % 360) - 180;
    return new double[] {cy / (6 * area), lon, Math.abs(area)};
  }
}
