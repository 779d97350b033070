package ge.mimartva.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Percentiles of a set of measurements (nearest rank). */
record Stats(List<Long> sorted) {

    static Stats of(Collection<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Stats(sorted);
    }

    long percentile(double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    long max() {
        return sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1);
    }

    int count() {
        return sorted.size();
    }
}
