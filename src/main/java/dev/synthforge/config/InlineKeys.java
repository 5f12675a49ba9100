package dev.synthforge.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds API keys written into a config file, which must only name where a key is. */
final class InlineKeys {

  private InlineKeys() {}

  /** Whether a key name holds an API key: api-key, api_key, apiKey and the like. */
  static boolean isApiKey(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").equals("apikey");
  }

  static ConfigProblem problem(String key) {
    return ConfigProblem.forbiddenKey(
        key, "inline API keys are not allowed; use 'api-key-env' or 'api-key-file'");
  }

  /** Reports API keys at any depth under a value that no reader looks into. */
  static void reportNested(String key, JsonNode value, List<ConfigProblem> problems) {
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        reportNested(key + "[" + i + "]", value.get(i), problems);
      }
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String nestedKey = key + "." + field.getKey();
      if (isApiKey(field.getKey())) {
        problems.add(problem(nestedKey));
      } else {
        reportNested(nestedKey, field.getValue(), problems);
      }
    }
  }
}
