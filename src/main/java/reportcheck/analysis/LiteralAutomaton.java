package reportcheck.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
        // the same, frozen into arrays once built, for the scan: no boxing of characters, no map
        // look-up per character of the text
        char[] keys;
        Node<T>[] kids;
        int[] lengths;
        Object[] values;

        Node<T> child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? kids[i] : null;
        }
    }

    private final Node<T> root = new Node<>();
    /** The root's moves by character: most characters of a text start no literal. */
    @SuppressWarnings("unchecked")
    private final Node<T>[] fromRoot = new Node[Character.MAX_VALUE + 1];

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
        freeze(root);
        root.next.forEach((c, child) -> fromRoot[c] = child);
    }

    @SuppressWarnings("unchecked")
    private static <T> void freeze(Node<T> n) {
        int size = n.next.size();
        n.keys = new char[size];
        n.kids = new Node[size];
        int i = 0;
        for (char c : new java.util.TreeSet<>(n.next.keySet())) {
            n.keys[i] = c;
            n.kids[i++] = n.next.get(c);
        }
        n.lengths = new int[n.out.size()];
        n.values = new Object[n.out.size()];
        for (int k = 0; k < n.out.size(); k++) {
            n.lengths[k] = (Integer) n.out.get(k)[0];
            n.values[k] = n.out.get(k)[1];
        }
        for (Node<T> kid : n.kids) {
            freeze(kid);
        }
    }

    /** Calls {@code found(start, value)} for every occurrence of every literal in {@code text}, overlaps included. */
    @SuppressWarnings("unchecked")
    void scan(CharSequence text, BiConsumer<Integer, T> found) {
        char[] cs = text.toString().toCharArray();
        Node<T> n = root;
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            Node<T> next;
            while ((next = n == root ? fromRoot[c] : n.child(c)) == null && n != root) {
                n = n.fail;
            }
            n = next == null ? root : next;
            for (int k = 0; k < n.lengths.length; k++) {
                found.accept(i + 1 - n.lengths[k], (T) n.values[k]);
            }
        }
    }
}
