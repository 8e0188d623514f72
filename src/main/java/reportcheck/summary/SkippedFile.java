package reportcheck.summary;

/**
 * A file found in a given folder that was not read because it is not of a kind to check (an
 * image, a spreadsheet, a file without an extension). Kept in the summary so that an audit of a
 * folder says what it left out, not only on the console where a batch run's messages scroll away.
 *
 * @param file   the path as found by the walk
 * @param reason why it was not checked, in the words shown to the user
 */
public record SkippedFile(String file, String reason) implements Comparable<SkippedFile> {
    @Override
    public int compareTo(SkippedFile o) {
        return file.compareTo(o.file);
    }

    /** The console line: "PATH: reason". */
    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
