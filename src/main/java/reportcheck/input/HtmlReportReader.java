package reportcheck.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import reportcheck.text.TextDecoder;
import reportcheck.text.UnreadableReportException;

/**
 * Saved web pages (.html/.htm): the report text of the page, one block per line (see
 * {@link HtmlText}), decoded as {@link HtmlCharset} says. jsoup builds the tree the way a browser
 * does and never fetches anything the page refers to.
 */
public final class HtmlReportReader implements ReportReader {
    /** Markup at the very start, after an optional XML declaration and comments (IE's "saved from url"). */
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<meta\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** For a file named .htm(l) that starts with a fragment: some tag a page has. */
    private static final Pattern ANY_TAG = Pattern.compile("<(html|head|body|div|p|table|meta|title|span|h[1-6])[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String text = Magic.sniffText(head, 4096);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3);
        }
        if (HTML_START.matcher(text).find()) {
            return true;
        }
        String name = Magic.lowerName(file);
        return (name.endsWith(".html") || name.endsWith(".htm")) && ANY_TAG.matcher(text).find();
    }

    @Override
    public LoadedReport read(Path file, String source) throws UnreadableReportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableReportException("无法读取文件：" + e.getMessage(), e);
        }
        TextDecoder.Decoded decoded = HtmlCharset.decode(bytes);
        Document doc = Jsoup.parse(decoded.text());
        try {
            HtmlText.Read read = HtmlText.read(doc);
            return ParagraphText.report(source, read.lines(), format(), decoded.encoding(), read.tables());
        } catch (UnreadableReportException e) {
            throw new UnreadableReportException("网页中除导航、脚本等之外没有文字，没有可检查的正文；"
                    + "请确认保存的是报告正文所在的网页，或提供报告的 Word（.docx）或文本版本再检查", e);
        }
    }
}
