package dev.synthforge.endpoint;

/** What one HTTP attempt says about the endpoint's health and load. */
public enum AttemptSignal {
  /** A usable answer. */
  SUCCESS,
  /** 429: the endpoint asks for less. */
  RATE_LIMITED,
  /** No answer within the timeout. */
  TIMEOUT,
  /** 5xx, 408, 409 or a malformed answer. */
  SERVER_FAILURE,
  /** The connection failed or was closed without an answer. */
  CONNECTION_FAILURE,
  /** A 4xx the request itself caused; says nothing about the endpoint. */
  REJECTED;

  /** Whether the attempt counts toward opening the endpoint's circuit. */
  public boolean endpointFault() {
    return this == TIMEOUT || this == SERVER_FAILURE || this == CONNECTION_FAILURE;
  }

  /** Whether the attempt says the endpoint is overloaded. */
  public boolean overload() {
    return this == RATE_LIMITED || this == TIMEOUT || this == SERVER_FAILURE;
  }
}
