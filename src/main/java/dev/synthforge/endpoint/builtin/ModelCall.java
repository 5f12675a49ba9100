package dev.synthforge.endpoint.builtin;

/** A validated model request, ready to compute its answer once it holds a slot. */
interface ModelCall {

  ModelAnswer answer() throws ApiException;
}
