package dev.synthforge.core.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What an import file holds: its reviews, the lines left blank (not reviewed yet) and every
 * problem found. A file with any problem is applied not at all.
 *
 * @param reviews the reviews of the lines without problems, in file order
 * @param unreviewed lines whose review columns are all blank
 * @param problems every problem, by line
 */
public record ReviewFile(List<Review> reviews, int unreviewed, List<ReviewProblem> problems) {
  public ReviewFile {
    reviews = List.copyOf(reviews);
    problems = List.copyOf(problems);
  }

  /** Whether the file may be applied. */
  public boolean valid() {
    return problems.isEmpty();
  }

  /** This file with a problem for every review of a row that is not among {@code knownRowIds}. */
  public ReviewFile withKnownRows(Set<String> knownRowIds) {
    List<ReviewProblem> all = new ArrayList<>(problems);
    for (Review review : reviews) {
      if (!knownRowIds.contains(review.rowId())) {
        all.add(new ReviewProblem(review.line(), "unknown row id '" + review.rowId()
            + "': no curated row of this task has it"));
      }
    }
    all.sort(Comparator.comparingInt(ReviewProblem::line));
    return new ReviewFile(reviews, unreviewed, all);
  }

  /** Every problem, one per line, for an error message. */
  public String describeProblems() {
    StringBuilder text = new StringBuilder();
    for (ReviewProblem problem : problems) {
      text.append("\n  - ").append(problem);
    }
    return text.toString();
  }
}
