package org.crosscheck.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Shared JSON mapper: ISO-8601 dates with their offsets kept, nulls left out, unknown fields
 * ignored on read so that data written by a newer version still loads.
 */
public final class Json {
  private Json() {}

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  /**
   * What people and programs read (the HTTP API, {@code --json}): as {@link #MAPPER}, but a number
   * that is none (an unresolved place's NaN coordinates) is written as null, not as the string
   * "NaN" that JSON readers choke on. Stored JSON keeps "NaN", which reads back as NaN.
   */
  private static final ObjectMapper CLIENTS = MAPPER.copy().registerModule(new SimpleModule("no-nan")
      .addSerializer(Double.class, new NotANumberAsNull())
      .addSerializer(Double.TYPE, new NotANumberAsNull()));

  private static final class NotANumberAsNull extends StdSerializer<Double> {
    NotANumberAsNull() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
      if (value.isNaN() || value.isInfinite()) out.writeNull();
      else out.writeNumber(value);
    }
  }

  /** The configured mapper; thread-safe, do not reconfigure. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The mapper for what clients read; thread-safe, do not reconfigure. */
  public static ObjectMapper forClients() {
    return CLIENTS;
  }

  public static byte[] toBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Indented, for people: written as {@link #forClients()} writes. */
  public static String toPrettyString(Object value) {
    try {
      return CLIENTS.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static String toLine(Object value) {
    return new String(toBytes(value), java.nio.charset.StandardCharsets.UTF_8);
  }

  public static <T> T fromBytes(byte[] bytes, Class<T> type) {
    try {
      return MAPPER.readValue(bytes, type);
    } catch (IOException e) {
      throw new UncheckedIOException("stored JSON does not read as " + type.getSimpleName(), e);
    }
  }
}
