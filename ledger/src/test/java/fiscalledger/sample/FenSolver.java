package fiscalledger.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Finds fen amounts for the sample year's leaves (one amount per fund × function × kind × economic × project)
 * such that every printed figure, which is a signed sum of leaves, falls inside its half-up rounding interval.
 * Each leaf has its own bounds (its own printed figure's interval, a fixed amount quoted by the publication's text,
 * or a free range around a planned amount). The solver repairs violated sums one at a time, preferring the leaf
 * whose move keeps every other sum inside its interval; with a fixed seed it is deterministic.
 */
final class FenSolver {

    /** A sum of leaves (coefficients +1 / −1) that must lie in [lo, hi): hi exclusive, as half-up rounding is. */
    record Constraint(String name, Map<Integer, Integer> terms, long lo, long hi) {
    }

    private final List<String> names = new ArrayList<>();
    private final List<long[]> bounds = new ArrayList<>();
    private final List<Long> starts = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();

    /** Adds a variable; returns its index. min and max are inclusive. */
    int variable(String name, long min, long max, long start) {
        if (min > max) {
            throw new IllegalArgumentException(name + ": empty range " + min + ".." + max);
        }
        names.add(name);
        bounds.add(new long[]{min, max});
        starts.add(Math.max(min, Math.min(max, start)));
        return names.size() - 1;
    }

    void constrain(String name, Map<Integer, Integer> terms, long lo, long hi) {
        if (terms.isEmpty()) {
            if (lo > 0 || hi <= 0) {
                throw new IllegalStateException(name + ": nothing contributes but the figure is not zero");
            }
            return;
        }
        constraints.add(new Constraint(name, new LinkedHashMap<>(terms), lo, hi));
    }

    String name(int variable) {
        return names.get(variable);
    }

    long[] solve(long seed, int maxSteps) {
        int n = names.size();
        long[] x = new long[n];
        for (int i = 0; i < n; i++) {
            x[i] = starts.get(i);
        }
        List<List<Integer>> byVariable = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byVariable.add(new ArrayList<>());
        }
        for (int c = 0; c < constraints.size(); c++) {
            for (int v : constraints.get(c).terms().keySet()) {
                byVariable.get(v).add(c);
            }
        }
        long[] sums = new long[constraints.size()];
        for (int c = 0; c < constraints.size(); c++) {
            sums[c] = sum(constraints.get(c), x);
        }
        Random random = new Random(seed);
        for (int step = 0; step < maxSteps; step++) {
            List<Integer> violated = new ArrayList<>();
            for (int c = 0; c < constraints.size(); c++) {
                Constraint k = constraints.get(c);
                if (sums[c] < k.lo() || sums[c] >= k.hi()) {
                    violated.add(c);
                }
            }
            if (violated.isEmpty()) {
                return x;
            }
            int c = violated.get(random.nextInt(violated.size()));
            Constraint k = constraints.get(c);
            long margin = Math.min((k.hi() - k.lo()) / 4, 1500);
            long need = sums[c] < k.lo() ? k.lo() + margin - sums[c] : k.hi() - 1 - margin - sums[c];
            int best = -1;
            long bestMove = 0;
            List<Integer> candidates = new ArrayList<>(k.terms().keySet());
            java.util.Collections.shuffle(candidates, random);
            for (int v : candidates) {
                long wanted = need * k.terms().get(v);
                long move = clampToBounds(v, x[v], wanted);
                move = clampToOthers(v, move, c, byVariable.get(v), sums);
                if (Math.abs(move) > Math.abs(bestMove)) {
                    best = v;
                    bestMove = move;
                }
            }
            if (best < 0) {
                // every leaf of this sum is pinned by another sum: move one anyway and let the others repair
                for (int v : candidates) {
                    long move = clampToBounds(v, x[v], need * k.terms().get(v));
                    if (move != 0) {
                        best = v;
                        bestMove = move;
                        break;
                    }
                }
            }
            if (best < 0) {
                throw new IllegalStateException("no leaf can move to satisfy " + k.name()
                        + " (sum " + sums[c] + ", wanted [" + k.lo() + ", " + k.hi() + "))");
            }
            x[best] += bestMove;
            for (int other : byVariable.get(best)) {
                sums[other] += bestMove * constraints.get(other).terms().get(best);
            }
        }
        StringBuilder left = new StringBuilder();
        for (int c = 0; c < constraints.size(); c++) {
            Constraint k = constraints.get(c);
            if (sums[c] < k.lo() || sums[c] >= k.hi()) {
                left.append("\n  ").append(k.name()).append(": ").append(sums[c]);
            }
        }
        throw new IllegalStateException("no fen amounts found within " + maxSteps + " steps; still off:" + left);
    }

    private long clampToBounds(int v, long value, long move) {
        long[] b = bounds.get(v);
        return Math.max(b[0] - value, Math.min(b[1] - value, move));
    }

    /** Shrinks a move so that no other satisfied sum containing the variable leaves its interval. */
    private long clampToOthers(int v, long move, int current, List<Integer> touched, long[] sums) {
        for (int other : touched) {
            if (other == current || move == 0) {
                continue;
            }
            Constraint k = constraints.get(other);
            if (sums[other] < k.lo() || sums[other] >= k.hi()) {
                continue;
            }
            long delta = move * k.terms().get(v);
            if (delta > 0) {
                delta = Math.min(delta, k.hi() - 1 - sums[other]);
            } else {
                delta = Math.max(delta, k.lo() - sums[other]);
            }
            move = delta * k.terms().get(v);
        }
        return move;
    }

    private static long sum(Constraint k, long[] x) {
        long s = 0;
        for (Map.Entry<Integer, Integer> t : k.terms().entrySet()) {
            s += x[t.getKey()] * t.getValue();
        }
        return s;
    }
}
