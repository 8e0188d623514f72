package reportcheck.copies;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Passages joined by confirmed similarity (union-find). A group is a standard formula when it
 * spans more reports than allowed, or when one of its passages was already common in the LSH
 * index: then none of its passages is reported.
 */
final class Groups {
    private final int[] parent;

    Groups(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** For each passage joined to another, whether its group is a standard formula. */
    boolean[] standard(BitSet joined, int[] reportOf, BitSet common, int maxReports) {
        Map<Integer, Set<Integer>> reports = new HashMap<>();
        Set<Integer> commonRoots = new HashSet<>();
        for (int i = joined.nextSetBit(0); i >= 0; i = joined.nextSetBit(i + 1)) {
            int root = find(i);
            reports.computeIfAbsent(root, k -> new HashSet<>()).add(reportOf[i]);
            if (common.get(i)) {
                commonRoots.add(root);
            }
        }
        boolean[] out = new boolean[parent.length];
        for (int i = joined.nextSetBit(0); i >= 0; i = joined.nextSetBit(i + 1)) {
            int root = find(i);
            out[i] = commonRoots.contains(root) || reports.get(root).size() > maxReports;
        }
        return out;
    }
}
