package org.crosscheck.web;

/**
 * A request the server refuses, with the HTTP status and a one-line reason. Answered as JSON
 * {@code {error, detail}} under {@code /api}, and as a plain page elsewhere.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String error;

  private ApiError(int status, String error, String detail) {
    super(detail);
    this.status = status;
    this.error = error;
  }

  public static ApiError badRequest(String detail) {
    return new ApiError(400, "bad_request", detail);
  }

  public static ApiError notFound(String detail) {
    return new ApiError(404, "not_found", detail);
  }

  public static ApiError unavailable(String detail) {
    return new ApiError(503, "unavailable", detail);
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public String detail() {
    return getMessage();
  }
}
