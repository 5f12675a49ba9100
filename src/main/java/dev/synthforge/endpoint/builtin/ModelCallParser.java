package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Validates the body of a model route into a call; refusals are 400 or 404 errors. */
interface ModelCallParser {

  ModelCall parse(ObjectNode body) throws ApiException;
}
