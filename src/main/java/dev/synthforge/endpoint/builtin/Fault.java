package dev.synthforge.endpoint.builtin;

/** The faults the built-in endpoint injects, as named in its stats. */
enum Fault {
  NONE("none"),
  RATE_LIMITED("rate_limited"),
  SERVER_ERROR("server_error"),
  TIMEOUT("timeout"),
  RESET("reset"),
  MALFORMED("malformed"),
  TRUNCATED("truncated");

  private final String statsName;

  Fault(String statsName) {
    this.statsName = statsName;
  }

  String statsName() {
    return statsName;
  }
}
