package reportcheck.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Many literals found in one pass over a text (Aho–Corasick): the cost is the text's length plus
 * the matches, however many literals there are, where a search per literal reads the text once
 * for each. Built once, then read-only and safe to share across threads.
 *
 * @param <T> what each literal stands for
 */
final class LiteralAutomaton<T> {
    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>();
        Node<T> fail;
        /** Literals ending here, this node's own first, then those of its suffixes. */
        final List<Object[]> out = new ArrayList<>();
    }

    private final Node<T> root = new Node<>();

    /** @param literals each literal (non-empty) with its value; a literal given twice keeps both values */
    LiteralAutomaton(Map<String, List<T>> literals) {
        literals.forEach((lit, values) -> {
            if (lit.isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            Node<T> n = root;
            for (char c : lit.toCharArray()) {
                n = n.next.computeIfAbsent(c, k -> new Node<>());
            }
            for (T v : values) {
                n.out.add(new Object[] {lit.length(), v});
            }
        });
        ArrayDeque<Node<T>> queue = new ArrayDeque<>();
        root.fail = root;
        for (Node<T> child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node<T> n = queue.poll();
            for (Map.Entry<Character, Node<T>> e : n.next.entrySet()) {
                Node<T> child = e.getValue();
                Node<T> f = n.fail;
                while (f != root && !f.next.containsKey(e.getKey())) {
                    f = f.fail;
                }
                Node<T> target = f.next.get(e.getKey());
                child.fail = target != null && target != child ? target : root;
                child.out.addAll(child.fail.out);
                queue.add(child);
            }
        }
    }

    /** Calls {@code found(start, value)} for every occurrence of every literal in {@code text}, overlaps included. */
    @SuppressWarnings("unchecked")
    void scan(CharSequence text, BiConsumer<Integer, T> found) {
        Node<T> n = root;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (n != root && !n.next.containsKey(c)) {
                n = n.fail;
            }
            n = n.next.getOrDefault(c, root);
            for (Object[] o : n.out) {
                found.accept(i + 1 - (Integer) o[0], (T) o[1]);
            }
        }
    }
}
