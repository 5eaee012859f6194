package dev.attune.core.engine;

import java.util.Arrays;

/**
 * Minimum-cost assignment of every row to a distinct column (rows <= columns), exactly, by the Hungarian
 * method with potentials (shortest augmenting paths, O(rows^2 * columns)). The engine uses it to decide a
 * batch of calls and agents jointly; a private zero-cost column per row lets a row stay unmatched.
 * Written here because the core may depend on Timefold only, and Timefold's metaheuristics do not give
 * the exact optimum of a small batch within a millisecond.
 */
final class MinCostMatching {
    /** Cost of a pair that must not be matched; large, yet far from overflowing when potentials add up. */
    static final long FORBIDDEN = Long.MAX_VALUE / 8;

    private MinCostMatching() {
    }

    /**
     * @param cost {@code cost[row][column]}, {@link #FORBIDDEN} where a pair is not allowed; every row must
     *             have at least one allowed column that a perfect row matching can use
     * @return the column matched to each row
     */
    static int[] solve(long[][] cost) {
        int n = cost.length;
        int m = n == 0 ? 0 : cost[0].length;
        if (n > m) {
            throw new IllegalArgumentException("more rows (" + n + ") than columns (" + m + ")");
        }
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] rowOfColumn = new int[m + 1];
        int[] way = new int[m + 1];
        long[] minv = new long[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOfColumn[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Long.MAX_VALUE);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = rowOfColumn[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (used[j]) {
                        continue;
                    }
                    long reduced = cost[i0 - 1][j - 1] - u[i0] - v[j];
                    if (reduced < minv[j]) {
                        minv[j] = reduced;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOfColumn[j0] != 0);
            do {
                int j1 = way[j0];
                rowOfColumn[j0] = rowOfColumn[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] columnOfRow = new int[n];
        for (int j = 1; j <= m; j++) {
            if (rowOfColumn[j] != 0) {
                columnOfRow[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return columnOfRow;
    }
}
