package reportcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import reportcheck.engine.RuleBase;
import reportcheck.engine.RuleCache;
import reportcheck.engine.RuleLoadException;
import reportcheck.knowledge.Knowledge;
import reportcheck.knowledge.KnowledgeException;

/**
 * The rule base and the rule data a command checks with, loaded the one way every command loads
 * them: the rules on another core while this thread reads the data, since a one-report run spends
 * most of its time starting up. {@code check} and {@code serve} both start here.
 */
record LoadedEngine(RuleBase rules, Knowledge knowledge, long nanos) {

    /** What went wrong, with the exit code it maps to. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    static LoadedEngine load(Path rulesDir, RuleCache cache, String profile) throws Failure {
        long t0 = System.nanoTime();
        CompletableFuture<RuleBase> loading = CompletableFuture.supplyAsync(() -> RuleBase.load(rulesDir, cache));
        Knowledge knowledge = null;
        String knowledgeError = null;
        try {
            // no profile asked for: each report is checked as the genre it is recognised as
            knowledge = profile == null ? Knowledge.loadRecognising(rulesDir) : Knowledge.load(rulesDir, profile);
        } catch (KnowledgeException e) {
            knowledgeError = e.getMessage();
        }
        RuleBase rules;
        try {
            rules = loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleLoadException rle) {
                throw new Failure(rle.getMessage());
            }
            throw e;
        }
        if (knowledgeError != null) {
            throw new Failure(knowledgeError);
        }
        return new LoadedEngine(rules, knowledge, System.nanoTime() - t0);
    }

    /**
     * This engine once its rule network is built, for a command that serves requests rather than a
     * batch (a batch reads its first reports meanwhile, and checks {@link RuleBase#networkError} at the end).
     */
    LoadedEngine ready() throws Failure {
        String error = rules.networkError();
        if (error != null) {
            throw new Failure(error);
        }
        return this;
    }
}
