package dev.synthforge.report;

/** One piece of a {@link Section}'s content: a chart, a table or a paragraph. */
public sealed interface Block permits Chart, Table, Paragraph {}
