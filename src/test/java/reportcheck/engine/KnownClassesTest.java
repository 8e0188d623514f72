package reportcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownClassesTest {
    /** The program's loader, noting every name it is asked for. */
    private static final class Asked extends ClassLoader {
        final List<String> names = new ArrayList<>();

        Asked() {
            super(KnownClassesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            names.add(name);
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void aMissingNameIsAskedOfTheClassPathOnceAndMissingEverAfter() {
        Asked parent = new Asked();
        KnownClasses known = new KnownClasses(parent);
        for (int i = 0; i < 3; i++) {
            ClassNotFoundException e = assertThrows(ClassNotFoundException.class,
                    () -> known.loadClass("reportcheck.facts.role"));
            assertEquals("reportcheck.facts.role", e.getMessage());
        }
        assertEquals(List.of("reportcheck.facts.role"), parent.names);
    }

    @Test
    void aClassThatExistsIsTheParentsOwnEveryTime() throws Exception {
        Asked parent = new Asked();
        KnownClasses known = new KnownClasses(parent);
        assertSame(RuleBase.class, known.loadClass("reportcheck.engine.RuleBase"));
        assertSame(RuleBase.class, known.loadClass("reportcheck.engine.RuleBase"));
        assertSame(String.class, Class.forName("java.lang.String", false, known));
        assertEquals(List.of("reportcheck.engine.RuleBase", "reportcheck.engine.RuleBase", "java.lang.String"), parent.names);
    }

    @Test
    void theRulesResolveTheirNamesThroughIt() {
        RuleBase rules = RuleBase.load(java.nio.file.Path.of("rules"));
        ClassLoader root = ((org.drools.core.impl.InternalRuleBase) rules.kieBase()).getRootClassLoader();
        boolean found = false;
        for (ClassLoader l = root; l != null; l = l.getParent()) {
            found |= l instanceof KnownClasses;
        }
        assertEquals(true, found, "the rule base's loaders: " + root);
    }
}
