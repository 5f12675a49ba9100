package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Which member of a duplicate cluster is kept: the first in this order, which is total and
 * deterministic.
 *
 * <ol>
 *   <li>fewer per-row rejections first: a clean row is kept over a copy that another rule
 *       rejected, so dedup never discards the only good copy;
 *   <li>then the longer text: near duplicates mostly differ by omissions, so the longest copy
 *       holds the most content (a truncated copy is also rejected, and loses at step 1);
 *   <li>then the smaller row id, compared by Unicode code points, which is the order of the UTF-8
 *       bytes that Spark uses to sort strings; row ids are unique, so there are no ties.
 * </ol>
 *
 * In Spark: {@code ORDER BY rejections ASC, length(text) DESC, row_id ASC}.
 */
public final class RepresentativeOrder implements Comparator<ClusterMember>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final RepresentativeOrder INSTANCE = new RepresentativeOrder();

  private RepresentativeOrder() {}

  /** The order. */
  public static RepresentativeOrder instance() {
    return INSTANCE;
  }

  @Override
  public int compare(ClusterMember first, ClusterMember second) {
    int byRejections = Integer.compare(first.rejections(), second.rejections());
    if (byRejections != 0) {
      return byRejections;
    }
    int byLength = Integer.compare(second.textLength(), first.textLength());
    return byLength != 0 ? byLength : compareCodePoints(first.rowId(), second.rowId());
  }

  static int compareCodePoints(String first, String second) {
    int i = 0;
    int j = 0;
    while (i < first.length() && j < second.length()) {
      int left = first.codePointAt(i);
      int right = second.codePointAt(j);
      if (left != right) {
        return Integer.compare(left, right);
      }
      i += Character.charCount(left);
      j += Character.charCount(right);
    }
    return Integer.compare(first.length() - i, second.length() - j);
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
