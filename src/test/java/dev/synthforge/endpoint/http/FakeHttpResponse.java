package dev.synthforge.endpoint.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** A response with a status, headers and a body, for classifier tests; nothing else is set. */
record FakeHttpResponse(int statusCode, Map<String, List<String>> headerMap, byte[] body)
    implements HttpResponse<byte[]> {

  static FakeHttpResponse of(int status, String body, String... headerNamesAndValues) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    for (int i = 0; i < headerNamesAndValues.length; i += 2) {
      headers.put(headerNamesAndValues[i], List.of(headerNamesAndValues[i + 1]));
    }
    return new FakeHttpResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public HttpHeaders headers() {
    return HttpHeaders.of(headerMap, (name, value) -> true);
  }

  @Override
  public HttpRequest request() {
    return HttpRequest.newBuilder(uri()).build();
  }

  @Override
  public Optional<HttpResponse<byte[]>> previousResponse() {
    return Optional.empty();
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return Optional.empty();
  }

  @Override
  public URI uri() {
    return URI.create("http://127.0.0.1/v1/chat/completions");
  }

  @Override
  public HttpClient.Version version() {
    return HttpClient.Version.HTTP_1_1;
  }
}
