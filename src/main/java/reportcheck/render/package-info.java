/**
 * Renderers: turn a {@link reportcheck.finding.CheckResult} into a file. Each renderer has a
 * format name and a file extension; {@link reportcheck.render.Renderers} looks them up by name.
 */
package reportcheck.render;
