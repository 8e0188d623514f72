/**
 * Renderers: turn a {@link reportcheck.finding.CheckResult} into a file. Each output format has a
 * name and a file-name ending; {@link reportcheck.render.Renderers} looks them up by name. Text
 * checklists ({@code json}, {@code md}, the {@code html} review page, classes {@code Html*})
 * implement {@link reportcheck.render.Renderer}; the commented Word copy ({@code docx}, classes
 * {@code Docx*}) writes bytes and reads its input, through {@link reportcheck.render.OutputFormat}.
 * {@code EvidenceSpan} turns a finding's line and code-point columns back into text offsets for both.
 */
package reportcheck.render;
