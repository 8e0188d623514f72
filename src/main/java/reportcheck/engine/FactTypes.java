package reportcheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.ConditionalBranch;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.Forall;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.NamedConsequence;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The kinds of fact the rules' conditions match, by the genres the rules hold for: which facts a
 * report of a genre needs at all ({@link reportcheck.analysis.FactDemand}). Read from the compiled
 * rules, so a rule an office adds is counted as soon as it is loaded. Errs towards "needed": a
 * condition it does not understand (a query called in a condition, a window) counts as matching
 * any fact, the conditions a rule inherits ({@code extends}) count as its own, and a query counts
 * for every genre. Only conditions are read: a consequence that walks the session's objects itself
 * sees only the facts some condition of the genre's rules matches (README, "Adding a rule").
 */
final class FactTypes {
    /** A rule's genres (null: any) and the names of the classes its patterns match. */
    private record Use(Set<String> genres, Set<String> classes) {
    }

    private final List<Use> uses = new ArrayList<>();
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    FactTypes(Collection<KiePackage> packages, Map<String, Set<String>> genresByRule) {
        for (KiePackage p : packages) {
            for (Rule r : p.getRules()) {
                Set<String> classes = new HashSet<>();
                if (r instanceof RuleImpl ri) {
                    // a rule that extends another also matches the conditions it inherits
                    for (RuleImpl x = ri; x != null; x = x.getParent()) {
                        if (x.getLhs() != null) {
                            collect(x.getLhs(), classes);
                        }
                    }
                } else {
                    classes.add(Object.class.getName());
                }
                // a query is run from any rule's consequence, whatever genre the query names
                boolean query = r instanceof RuleImpl ri && ri.isQuery();
                uses.add(new Use(query ? null : genresByRule.get(p.getName() + "." + r.getName()), classes));
            }
        }
    }

    private static void collect(RuleConditionElement e, Set<String> classes) {
        if (e instanceof Pattern p) {
            classes.add(p.getObjectType() instanceof ClassObjectType c ? c.getClassName() : Object.class.getName());
        } else if (!(e instanceof GroupElement || e instanceof EvalCondition || e instanceof From || e instanceof Accumulate
                || e instanceof Collect || e instanceof Forall || e instanceof NamedConsequence
                || e instanceof ConditionalBranch || e instanceof EntryPointId)) {
            classes.add(Object.class.getName());
        }
        for (RuleConditionElement n : e.getNestedElements()) {
            collect(n, classes);
        }
    }

    /** Whether a rule holding for {@code genre} has a pattern that facts of {@code type} match. */
    boolean matched(String genre, Class<?> type) {
        if (genre == null) {
            return true;
        }
        return answers.computeIfAbsent(genre + "\u0000" + type.getName(), k -> {
            Set<String> names = names(type);
            for (Use u : uses) {
                if ((u.genres() == null || u.genres().contains(genre)) && u.classes().stream().anyMatch(names::contains)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The names of a class, its superclasses and all its interfaces: a pattern of any of them matches it. */
    private static Set<String> names(Class<?> type) {
        Set<String> out = new HashSet<>();
        List<Class<?>> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> c = todo.remove(todo.size() - 1);
            if (c != null && out.add(c.getName())) {
                todo.add(c.getSuperclass());
                todo.addAll(List.of(c.getInterfaces()));
            }
        }
        out.add(Object.class.getName());
        return out;
    }
}
