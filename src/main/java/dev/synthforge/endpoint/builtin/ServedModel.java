package dev.synthforge.endpoint.builtin;

import java.util.Objects;

/**
 * How the server names what it serves.
 *
 * @param name the model name requests must give, and responses report
 * @param systemFingerprint {@code system_fingerprint} of responses, from the fitted model's hash
 * @param created when the server started, in epoch seconds, as {@code /v1/models} reports it
 */
record ServedModel(String name, String systemFingerprint, long created) {

  ServedModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(systemFingerprint, "systemFingerprint");
  }

  static ServedModel of(String name, long modelFingerprint, long created) {
    return new ServedModel(name, String.format("fp_%010x", modelFingerprint & 0xFF_FFFF_FFFFL), created);
  }
}
