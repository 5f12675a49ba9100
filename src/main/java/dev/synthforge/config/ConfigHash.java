package dev.synthforge.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A stable SHA-256 of what a job config means, to tell in the run ledger whether two runs ran the
 * same job.
 *
 * <p>It covers every value of the loaded config (templates and schemas by content, the schema
 * regardless of its key order and spacing) except those that name the run rather than the job: run
 * id, run date, scheduler run id and warehouse. Key order and formatting of the file do not matter,
 * nor do values equal to their default.
 */
public final class ConfigHash {

  private static final String VERSION = "synthforge-config-hash-v1";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private ConfigHash() {}

  /** Lower-case hex SHA-256 of the config's meaning. */
  public static String of(JobConfig config) {
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) canonical(config);
    Map<String, Object> run = child(tree, "run");
    run.remove("id");
    run.remove("date");
    run.remove("schedulerRunId");
    run.remove("progressInterval");
    child(tree, "output").remove("warehouse");
    try {
      Optional<String> schema = config.task().jsonSchema();
      child(tree, "task")
          .put("jsonSchema", schema.isEmpty() ? null : JSON.readValue(schema.get(), Object.class));
      byte[] canonical = (VERSION + JSON.writeValueAsString(tree)).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash config: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> tree, String name) {
    return (Map<String, Object>) tree.get(name);
  }

  /** Records as sorted maps, optionals unwrapped, enums by name, other values by their text. */
  private static Object canonical(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Optional<?> optional) {
      return canonical(optional.orElse(null));
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      list.forEach(item -> items.add(canonical(item)));
      return items;
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Record record) {
      Map<String, Object> fields = new TreeMap<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          fields.put(component.getName(), canonical(component.getAccessor().invoke(record)));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("Cannot hash config: " + component, e);
        }
      }
      return fields;
    }
    return value.toString();
  }
}
