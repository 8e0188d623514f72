/**
 * The command line (picocli): one class per subcommand, shared options as mixins, output through
 * the command's writers so tests capture it, and exit codes a script can trust.
 */
package reportcheck.cli;
