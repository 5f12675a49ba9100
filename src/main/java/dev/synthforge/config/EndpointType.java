package dev.synthforge.config;

/** Kinds of model endpoint. */
public enum EndpointType {
  /** An OpenAI-compatible HTTP server: vLLM, TGI, NIM, Ollama or a hosted API. */
  OPENAI,
  /** The built-in stand-in for a GPU model server, started in-process on 127.0.0.1. */
  BUILTIN
}
