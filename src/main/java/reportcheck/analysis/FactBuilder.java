package reportcheck.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.CitedTitle;
import reportcheck.facts.Clause;
import reportcheck.facts.DateMention;
import reportcheck.facts.Document;
import reportcheck.facts.Figure;
import reportcheck.facts.Heading;
import reportcheck.facts.Paragraph;
import reportcheck.facts.PartMention;
import reportcheck.facts.RepeatedRun;
import reportcheck.facts.ReportingYear;
import reportcheck.facts.RequiredPart;
import reportcheck.facts.Roles;
import reportcheck.facts.TitleUnit;
import reportcheck.facts.Truncation;
import reportcheck.knowledge.Knowledge;
import reportcheck.knowledge.PartSpec;
import reportcheck.text.SourceText;

/** Turns a report's text into the facts the rules match. Stateless; safe to share across threads. */
public final class FactBuilder {
    private static final Pattern LEAD_YEAR = Pattern.compile("^(\\d{4})\\s*年");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern REPORT_YEAR = Pattern.compile("现将[^。《》]{0,40}?(?<![\\d\\-—–~])(\\d{4})\\s*年度?[^。\\d]{0,30}?(?:报告|汇报)如下");
    /** How many body paragraphs the opening may take before the one that starts with the year. */
    private static final int LEAD_PARAGRAPHS = 3;

    private final Knowledge knowledge;
    private final WordFinder words;
    private final ReferenceFacts reference;
    private final FactDemand demand;

    /** Every fact for every report. */
    public FactBuilder(Knowledge knowledge) {
        this(knowledge, FactDemand.ALL);
    }

    /** Leaves out the facts of the kinds {@code demand} says no rule for the report's genre matches. */
    public FactBuilder(Knowledge knowledge, FactDemand demand) {
        this.knowledge = knowledge;
        this.words = new WordFinder(knowledge.reference().words());
        this.reference = new ReferenceFacts(knowledge.reference());
        this.demand = demand;
    }

    public Facts build(String source, SourceText src) {
        return build(source, src, List.of());
    }

    /** The facts of a report whose reader found {@code tables} (a .docx or web page); text tables are read from the lines. */
    public Facts build(String source, SourceText src, List<reportcheck.text.TableGrid> tables) {
        List<Line> lines = lines(src);
        Layout layout = LayoutAnalyzer.analyse(src, lines);
        GenreRecogniser.Choice genre = GenreRecogniser.choose(knowledge,
                layout.titles().isEmpty() ? null : layout.titles().get(0).getText(), src.folded());
        reportcheck.knowledge.Profile profile = genre.profile();
        FormatTables.Result formatTables = FormatTables.build(src, lines, tables, knowledge.tableFormats());
        formatTables.lines().forEach(n -> layout.roles().put(n, Roles.TABLE));

        List<Heading> headings = new ArrayList<>();
        List<Line> bodyLines = new ArrayList<>();
        int lastLevel1 = 0;
        // level-2 headings run into a line: where a part stands, not headings for the numbering
        List<Heading> runTogether = new ArrayList<>();
        // table rows flattened into lines: neither headings nor paragraphs of prose
        java.util.Set<Integer> tableRows = new java.util.HashSet<>();
        // the number of the last line, when there is one before it
        int lastLine = lines.size() > 1 ? lines.get(lines.size() - 1).number() : -1;
        for (Line l : lines) {
            Interruption.check();
            if (l.number() < layout.firstBodyLine() || layout.roles().containsKey(l.number())) {
                continue;
            }
            if (BarRows.isRow(l.folded())) {
                tableRows.add(l.number());
                continue;
            }
            // the last line of a text cut inside a table ("三、本年度办" after rows of "… |"): the cut took
            // the bar, not the row; it is a row label, not a heading
            if (l.number() == lastLine && lines.get(lines.size() - 2).folded().strip().endsWith("|")
                    && !l.folded().strip().matches(".*[。！？!?]$")) {
                tableRows.add(l.number());
                continue;
            }
            Heading h = HeadingParser.parse(src, l);
            if (h != null) {
                headings.add(h);
                lastLevel1 = h.getLevel() == 1 && !h.getStyle().startsWith("第") ? h.getOrdinal() : lastLevel1;
            }
            List<Heading> runL1 = HeadingParser.inline(src, l, lastLevel1);
            for (Heading run : runL1) {
                headings.add(run);
                lastLevel1 = run.getOrdinal();
            }
            runTogether.addAll(HeadingParser.inlineLevel2(src, l, runL1));
            bodyLines.add(l);
        }
        Heading.linkSiblings(headings);
        List<Heading> partHeadings = new ArrayList<>(headings);
        partHeadings.addAll(runTogether);
        List<PartMention> parts = PartLocator.locate(src, profile, partHeadings, bodyLines);

        List<Object> all = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        List<CitedTitle> titles = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<DateMention> dates = new ArrayList<>();
        List<RepeatedRun> repeats = new ArrayList<>();
        List<PartMention> sectionStarts = new ArrayList<>(parts.stream()
                .filter(p -> PartMention.HEADING.equals(p.getKind()) || PartMention.THEMED.equals(p.getKind()))
                .sorted(Comparator.comparingInt(PartMention::getOffset)).toList());
        Integer leadYear = null;
        int leadYearAt = -1;
        int bodySeen = 0;
        int index = 0;
        // lookups by offset and a moving section pointer: a per-line scan of all headings was quadratic
        java.util.Set<Integer> headingStarts = new java.util.HashSet<>();
        headings.forEach(h -> headingStarts.add(h.getOffset()));
        int nextSection = 0;
        String section = null;
        for (Line l : lines) {
            Interruption.check();
            boolean isHeading = headingStarts.contains(l.start());
            while (nextSection < sectionStarts.size() && sectionStarts.get(nextSection).getOffset() <= l.start()) {
                section = sectionStarts.get(nextSection++).getPartId();
            }
            String role = tableRows.contains(l.number()) ? Roles.TABLE
                    : layout.role(l.number(), isHeading ? Roles.HEADING : Roles.BODY);
            Matcher ly = LEAD_YEAR.matcher(l.folded());
            Integer year = ly.find() ? Integer.valueOf(ly.group(1)) : null;
            // the opening, before the first heading, names the year; a year opening a paragraph further
            // down (2024年，我局将…) may be the plan's
            if (leadYear == null && year != null && Roles.BODY.equals(role) && bodySeen < LEAD_PARAGRAPHS) {
                leadYear = year;
                leadYearAt = l.start();
            }
            // a text without its title names the year in the sentence that introduces it ("现将2019年度…报告如下")
            Matcher ry = leadYear == null && Roles.BODY.equals(role) && bodySeen < LEAD_PARAGRAPHS
                    ? REPORT_YEAR.matcher(l.folded()) : null;
            if (ry != null && ry.find()) {
                leadYear = Integer.valueOf(ry.group(1));
                leadYearAt = l.start() + ry.start(1);
            }
            if (Roles.BODY.equals(role)) {
                bodySeen++;
            } else if (isHeading) {
                bodySeen = LEAD_PARAGRAPHS;
            }
            paragraphs.add(new Paragraph(src, l.start(), l.end(), index++, role, year, section,
                    HeadingParser.ordinalLevel(l.folded())));
            if (Roles.BODY.equals(role) || Roles.HEADING.equals(role) || Roles.CLOSING.equals(role)) {
                ClauseSplitter.split(src, l, knowledge.stockPhrases(), clauses);
                FigureExtractor.extract(src, l, figures);
            }
            if (!Roles.RESIDUE.equals(role)) {
                CitationExtractor.extract(src, l, titles);
                DateExtractor.extract(src, l, dates);
                RepeatFinder.find(src, l, repeats);
            }
        }

        Integer titleYear = null;
        String title = null;
        int titleLine = 0;
        ReportingYear reportingYear = null;
        if (!layout.titles().isEmpty()) {
            TitleUnit first = layout.titles().get(0);
            title = first.getText().replaceAll("\\s*[\\r\\n]+\\s*", "");
            titleLine = first.getFirstLine();
            Matcher y = YEAR.matcher(src.folded().substring(first.getOffset(), first.getEnd()));
            titleYear = y.find() ? Integer.valueOf(y.group(1)) : null;
            if (titleYear != null) {
                reportingYear = new ReportingYear(src, first.getOffset() + y.start(), first.getOffset() + y.end(),
                        titleYear, ReportingYear.TITLE);
            }
        }
        Line issuer = layout.issuer();
        Line date = layout.date();
        int[] dp = layout.dateParts();
        if (reportingYear == null && leadYear != null) {
            Matcher y = LEAD_YEAR.matcher(src.folded().substring(leadYearAt));
            y.find();
            reportingYear = new ReportingYear(src, leadYearAt, leadYearAt + y.end(), leadYear, ReportingYear.LEAD);
        }
        if (reportingYear == null && dp != null) {
            reportingYear = signatureYear(src, date, dp);
        }
        Document doc = new Document(source, src.lineCount(), title, titleLine, titleYear,
                reportingYear == null ? null : reportingYear.getYear(),
                layout.addressee() == null ? null : src.original().substring(layout.addressee().start(),
                        layout.addressee().end()),
                issuer == null ? null : issuerText(src, issuer, date), issuer == null ? 0 : issuer.number(),
                date == null ? null : src.original().substring(date.start(), date.end()),
                date == null ? 0 : date.number(), dp == null ? null : dp[0], dp == null ? null : dp[1],
                dp == null ? null : dp[2], layout.firstBodyLine());

        all.add(doc);
        all.add(genre.genre());
        if (reportingYear != null) {
            all.add(reportingYear);
        }
        all.addAll(layout.titles());
        all.addAll(paragraphs);
        all.addAll(RangeExtractor.extract(paragraphs));
        all.addAll(WidthMixFinder.find(paragraphs));
        all.addAll(headings);
        all.addAll(parts);
        for (PartSpec p : profile.parts()) {
            if (p.required()) {
                all.add(new RequiredPart(p.id(), p.name(), p.basis(), p.yearScope(),
                        p.suggestedHeading(doc.getReportingYear()), p.since(), p.earlierBasis()));
            }
        }
        Truncation cut = TextEnd.truncation(src, lines, layout, headings, parts, profile);
        if (cut != null) {
            all.add(cut);
        }
        all.addAll(repeated(clauses));
        all.addAll(titles);
        all.addAll(figures);
        var sums = SumExtractor.extract(src, figures);
        all.addAll(sums);
        all.addAll(RatioExtractor.extract(src, figures, sums, knowledge.rates()));
        all.addAll(dates);
        all.addAll(repeats);
        all.addAll(reference.build(paragraphs, titles, clauses));
        String genreId = genre.genre().getId();
        all.addAll(GenreFacts.build(src, profile, doc, headings, paragraphs, parts, type -> demand.wants(genreId, type)));
        all.addAll(knowledge.lists());
        all.addAll(formatTables.facts());
        all.addAll(words.find(src));
        all.addAll(BracketScanner.scan(paragraphs));
        all.addAll(NearDuplicateFinder.find(paragraphs.stream()
                .filter(p -> Roles.BODY.equals(p.getRole()) || Roles.HEADING.equals(p.getRole())).toList()));
        return new Facts(doc, all);
    }

    /**
     * A report with neither a year in its title nor one opening its body is on the year before
     * its signature when signed in the first half of a year (the usual January to March), else
     * on the year it is signed in.
     */
    private static ReportingYear signatureYear(SourceText src, Line date, int[] dp) {
        String f = date.folded();
        Matcher m = LayoutAnalyzer.DATE_LINE.matcher(f);
        int from = m.matches() ? m.start(2) : 0;
        int to = f.indexOf('年', from) + 1;
        int year = dp[1] <= 6 ? dp[0] - 1 : dp[0];
        return new ReportingYear(src, date.start() + from, date.start() + Math.max(to, from + 1), year,
                ReportingYear.SIGNATURE);
    }

    private static String issuerText(SourceText src, Line issuer, Line date) {
        String t = src.original().substring(issuer.start(), issuer.end());
        if (issuer == date) {
            Matcher m = LayoutAnalyzer.DATE_LINE.matcher(issuer.folded());
            if (m.matches() && m.group(1) != null) {
                return t.substring(0, m.end(1));
            }
        }
        return t;
    }

    /**
     * The sentences and clauses whose text (by key) the report holds more than once: the only ones a
     * rule on repetition can pair, and a small part of all (a report has hundreds of clauses). A
     * sentence is kept too where a later clause of it is kept, since duplicate.clause passes over a
     * clause with a sentence of its key before it (and so over every clause but a sentence's first).
     */
    private static List<Clause> repeated(List<Clause> clauses) {
        Map<String, Integer> count = new HashMap<>();
        clauses.forEach(c -> count.merge(c.getKey(), 1, Integer::sum));
        Set<String> holding = new HashSet<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (Clause c : clauses) {
            if (Clause.SENTENCE.equals(c.getKind())) {
                firstAt.putIfAbsent(c.getKey(), c.getOffset());
            } else if (count.get(c.getKey()) > 1 && firstAt.getOrDefault(c.getSentenceKey(), Integer.MAX_VALUE) < c.getOffset()) {
                holding.add(c.getSentenceKey());
            }
        }
        return clauses.stream().filter(c -> count.get(c.getKey()) > 1
                || Clause.SENTENCE.equals(c.getKind()) && holding.contains(c.getKey())).toList();
    }

    static List<Line> lines(SourceText src) {
        List<Line> out = new ArrayList<>();
        String f = src.folded();
        for (int n = 1; n <= src.lineCount(); n++) {
            int s = src.lineStart(n);
            int e = src.lineEnd(n);
            while (s < e && isSpace(f.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(f.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                out.add(new Line(n, s, e, f.substring(s, e)));
            }
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\uFEFF' || c == '\u200B';
    }
}
