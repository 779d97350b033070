package ge.mimartva.statistics.figures;

import java.util.List;

/** Nearest-rank percentiles: the value at rank ⌈p·n⌉ of the sorted values (one of them, never an interpolation). */
public final class Percentiles {

    private Percentiles() {
    }

    public static double of(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
