package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import reportcheck.batch.ReportRunner;
import reportcheck.finding.Finding;
import reportcheck.input.Readers;
import reportcheck.support.Engine;

/**
 * One shared {@link ReportRunner} called from several threads, on the seeds and fixtures in any
 * order, gives each report the findings it gets alone: no state leaks between reports.
 */
class ConcurrentDeterminismTest {
    private static final List<Path> FILES = files();
    private static final ReportRunner RUNNER = new ReportRunner(Readers.standard(), Engine.checker(), Duration.ofSeconds(120));
    private static Map<Path, List<Finding>> alone;

    @Property(tries = 6)
    void anyOrderAnyThreadsSameFindings(@ForAll("orders") List<Path> order, @ForAll @IntRange(min = 1, max = 4) int threads)
            throws Exception {
        Map<Path, List<Finding>> expected = alone();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Finding>>> results = new ArrayList<>();
            for (Path p : order) {
                results.add(pool.submit(() -> RUNNER.run(p, p.toString()).findings()));
            }
            for (int i = 0; i < order.size(); i++) {
                assertEquals(expected.get(order.get(i)), results.get(i).get(), order.get(i).toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Provide
    Arbitrary<List<Path>> orders() {
        return Arbitraries.shuffle(FILES);
    }

    private static synchronized Map<Path, List<Finding>> alone() {
        if (alone == null) {
            alone = new HashMap<>();
            for (Path p : FILES) {
                alone.put(p, RUNNER.run(p, p.toString()).findings());
            }
        }
        return alone;
    }

    private static List<Path> files() {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"));
                Stream<Path> fx = Files.walk(Engine.RULES.resolve("fixtures"))) {
            List<Path> out = new ArrayList<>(seeds.sorted().toList());
            // fixtures with marks are still text; a handful of them widen the mix
            out.addAll(fx.filter(p -> p.toString().endsWith(".txt")).sorted().limit(12).toList());
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
