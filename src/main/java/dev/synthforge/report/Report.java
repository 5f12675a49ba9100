package dev.synthforge.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One run's report: a title, header facts, the quality gates as the headline, then sections.
 * Immutable; the {@code with} methods return a copy with one more element.
 *
 * @param title the report's title
 * @param subtitle one line under the title; empty for none
 * @param facts the header lines (run id, run date, rows measured)
 * @param gates the quality gates, shown first; breached ones are listed before passed ones
 * @param sections the body, top to bottom
 */
public record Report(
    String title, String subtitle, List<Fact> facts, List<GateResult> gates,
    List<Section> sections) {

  public Report {
    Checks.text("create report", "title", title);
    subtitle = Checks.optionalText(subtitle);
    String doing = "create report '" + title + "'";
    facts = Checks.copy(doing, "facts", facts);
    gates = Checks.copy(doing, "gates", gates);
    sections = Checks.copy(doing, "sections", sections);
  }

  /** An empty report. */
  public static Report titled(String title, String subtitle) {
    return new Report(title, subtitle, List.of(), List.of(), List.of());
  }

  public Report withFact(String label, String value) {
    return new Report(title, subtitle, plus(facts, new Fact(label, value)), gates, sections);
  }

  public Report withGate(GateResult gate) {
    return new Report(title, subtitle, facts, plus(gates, gate), sections);
  }

  public Report withSection(Section section) {
    return new Report(title, subtitle, facts, gates, plus(sections, section));
  }

  /** How many gates were breached. */
  public long breachedGates() {
    return gates.stream().filter(GateResult::isBreached).count();
  }

  private static <T> List<T> plus(List<T> list, T element) {
    List<T> more = new ArrayList<>(list);
    more.add(element);
    return more;
  }
}
