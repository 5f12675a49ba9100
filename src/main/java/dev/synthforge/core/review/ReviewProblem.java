package dev.synthforge.core.review;

import java.util.Objects;

/**
 * One thing wrong with an import file.
 *
 * @param line the file line it concerns, from 1; 0 for the file as a whole
 * @param message what is wrong, naming the column or value
 */
public record ReviewProblem(int line, String message) {
  public ReviewProblem {
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return line == 0 ? message : "line " + line + ": " + message;
  }
}
