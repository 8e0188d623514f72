package reportcheck.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The review page's style sheet and script, kept as resources beside this class and inlined so
 * the page needs nothing else. The page's Content-Security-Policy allows exactly these two by
 * their hashes: even text that escaped escaping could not run as script.
 */
final class HtmlAssets {
    static final String CSS = load("review.css");
    static final String JS = load("review.js");
    static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS)
            + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private HtmlAssets() {
    }

    private static String load(String name) {
        try (InputStream in = HtmlAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource reportcheck/render/" + name);
            }
            // the hash must match the inlined text byte for byte, so line endings are fixed here
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
