package ge.mimartva.bench;

import java.util.ArrayList;
import java.util.List;

/** A call made ten times in a row: its median and slowest time, as the tables print them. */
final class Timings {

    /** A call to time. */
    interface Call {
        void run() throws Exception;
    }

    /** A call that times itself (when part of it is not to be counted). */
    interface Timed {
        long millis() throws Exception;
    }

    private Timings() {
    }

    static String medianAndSlowestOf10(Call call) throws Exception {
        return medianAndSlowestOf10Timed(() -> millisOf(call));
    }

    /** How long one call took (ms). */
    static long millisOf(Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String medianAndSlowestOf10Timed(Timed call) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            millis.add(call.millis());
        }
        millis.sort(Long::compare);
        return millis.get(4) + " / " + millis.get(9);
    }
}
