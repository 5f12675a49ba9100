package dev.synthforge.endpoint.builtin;

import java.util.Objects;

/**
 * The computed answer of a model request, before faults and emulated latency apply.
 *
 * @param body the JSON body of a 200 response
 * @param completionTokens tokens generated, which decode time is emulated for
 * @param choices completion choices in the body (0 for embeddings)
 * @param embeddings embedding vectors in the body (0 for completions)
 */
record ModelAnswer(byte[] body, int completionTokens, int choices, int embeddings) {

  ModelAnswer {
    Objects.requireNonNull(body, "body");
  }
}
