package fiscalledger.sample;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FenSolverTest {

    /** Table 06's 302 items print 126.48 in total, their parent prints 126.45: both must round right. */
    private static final String[] ITEMS_302 = {"14.85", "1.20", "0.13", "4.00", "17.02", "1.19", "2.12", "0.46",
            "0.38", "2.14", "4.09", "8.06", "10.47", "3.20", "32.05", "25.12"};

    @Test
    void findsItemAmountsThatRoundToTheirFiguresWhileTheirSumRoundsToTheLowerPrintedTotal() {
        FenSolver solver = new FenSolver();
        Map<Integer, Integer> all = new LinkedHashMap<>();
        for (String item : ITEMS_302) {
            long v = SampleYearGenerator.wan(item);
            int i = solver.variable(item, v - 5000, v + 4999, v);
            all.put(i, 1);
        }
        long parent = SampleYearGenerator.wan("126.45");
        solver.constrain("302", all, parent - 5000, parent + 5000);

        long[] x = solver.solve(1, 10_000);

        long sum = 0;
        for (int i = 0; i < ITEMS_302.length; i++) {
            assertThat(wan2(x[i])).isEqualTo(ITEMS_302[i]);
            sum += x[i];
        }
        assertThat(wan2(sum)).isEqualTo("126.45");
    }

    @Test
    void saysWhichFigureCannotBeReachedWhenTheBoundsForbidIt() {
        FenSolver solver = new FenSolver();
        int a = solver.variable("a", SampleYearGenerator.wan("1.00"), SampleYearGenerator.wan("1.00"), SampleYearGenerator.wan("1.00"));
        solver.constrain("a prints 2.00", Map.of(a, 1), SampleYearGenerator.wan("2.00") - 5000, SampleYearGenerator.wan("2.00") + 5000);

        assertThatThrownBy(() -> solver.solve(1, 100)).hasMessageContaining("a prints 2.00");
    }

    private static String wan2(long fen) {
        return java.math.BigDecimal.valueOf(fen).divide(java.math.BigDecimal.valueOf(1_000_000), 2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
