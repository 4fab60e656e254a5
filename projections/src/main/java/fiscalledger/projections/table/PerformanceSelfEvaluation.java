package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.IndicatorScore;
import fiscalledger.projections.facts.Evaluation;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.readmodel.Movement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 项目支出绩效自评表, one row per evaluated project: 目标申报数 (declared), 预算编制数 = Σ 年初预算 of the project's
 * lines, 全年预算数 = Σ 全年预算, 全年执行数 = Σ spending on the project, 资金结(转)余 = 全年预算数 − 全年执行数,
 * 执行率% = 执行数 / 全年预算数 × 100 (2 decimals half-up from the exact fen), 执行率得分 = weight 10 × 执行率% / 100
 * (2 decimals half-up, at most the weight), 总分 = Σ indicator scores + 执行率得分, 评价等级 优 ≥ 90, 良 ≥ 80,
 * 中 ≥ 60, else 差. Money in 万元 with up to 3 decimals, and rates and scores with up to 2, printed as the publication
 * prints them: without trailing zeros (100, 245.84, 47.973; 总分 39.8), and 目标申报数 as declared, "0" for a target
 * declared as 0.
 */
public final class PerformanceSelfEvaluation implements PublicTable {
    public static final String DECLARED = "年初预算数-目标申报数";
    public static final String INITIAL = "年初预算数-预算编制数";
    public static final String FULL_YEAR = "全年预算数";
    public static final String EXECUTED = "全年执行数";
    public static final String REMAINING = "资金结(转)余";
    public static final String RATE = "执行率%";
    public static final String RATE_SCORE = "执行率得分";
    public static final String TOTAL_SCORE = "总分";
    public static final String GRADE = "评价等级";
    static final List<String> COLUMNS = List.of(DECLARED, INITIAL, FULL_YEAR, EXECUTED, REMAINING, RATE, RATE_SCORE,
            TOTAL_SCORE, GRADE);
    /** The 备注 printed under every self-evaluation form (as forms 2–5 print it, half-width punctuation). */
    static final List<String> NOTES = List.of(
            "备注:1.“年初预算数”项下的“目标申报数”和“预算编制数”为并列关系,其中“目标申报数”的数据来源于项目目标申报表中的"
                    + "项目资金总额表中的年度资金,“预算编制数”数据来源于项目预算支出明细表。",
            "2.“全年预算数”的取数规则,如果年初预算未调整,取预算编制数;如果有调整,取调整后的预算数。",
            "3.“全年执行数”是指预算执行指标确认数。",
            "4.“执行率”是执行数与“全年预算数”相比较。");
    private static final Layout LAYOUT = Layout.named(Layout.UnitLabel.BUDGET_UNIT, "项目名称", true);
    private static final BigDecimal RATE_WEIGHT = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "perf";
    }

    @Override
    public String title() {
        return "项目支出绩效自评表";
    }

    @Override
    public TableView render(LedgerFacts facts) {
        Rows rows = new Rows();
        for (Evaluation e : facts.evaluations()) {
            String project = e.project();
            Fen initial = source(project, INITIAL).sum(facts);
            Fen fullYear = source(project, FULL_YEAR).sum(facts);
            Fen executed = source(project, EXECUTED).sum(facts);
            Rows.Row row = rows.add(project, "", project)
                    .cell(DECLARED, Cell.declared(e.declaredTarget())).money(INITIAL, initial).money(FULL_YEAR, fullYear)
                    .money(EXECUTED, executed).money(REMAINING, fullYear.minus(executed));
            BigDecimal indicators = e.indicators().stream().map(IndicatorScore::score)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal rateScore = BigDecimal.ZERO;
            if (fullYear.isZero()) {
                row.cell(RATE, Cell.notApplicable()).cell(RATE_SCORE, Cell.notApplicable());
            } else {
                BigDecimal rate = rate(executed, fullYear);
                rateScore = RATE_WEIGHT.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP).min(RATE_WEIGHT);
                row.cell(RATE, Cell.figure(rate)).cell(RATE_SCORE, Cell.figure(rateScore));
            }
            BigDecimal total = indicators.add(rateScore).setScale(2, RoundingMode.HALF_UP);
            row.cell(TOTAL_SCORE, Cell.figure(total)).cell(GRADE, Cell.text(grade(total)));
        }
        return Tables.view(this, facts, COLUMNS, rows.build(), NOTES, 3, Tables.WAN, LAYOUT);
    }

    /** The money columns that are sums of the project's postings; 目标申报数 is declared, not posted. */
    @Override
    public java.util.Optional<CellSource> source(TableRow row, String column) {
        return switch (column) {
            case INITIAL, FULL_YEAR, EXECUTED, REMAINING -> java.util.Optional.of(source(row.key(), column));
            default -> java.util.Optional.empty();
        };
    }

    private static CellSource source(String project, String column) {
        java.util.function.Predicate<fiscalledger.projections.facts.PostingSum> ofProject = s -> project.equals(s.project());
        return switch (column) {
            case INITIAL -> CellSource.of(ofProject.and(s -> s.is(Movement.BUDGET_INITIAL)));
            case FULL_YEAR -> CellSource.of(ofProject.and(s -> s.isBudget()));
            case EXECUTED -> CellSource.of(ofProject.and(s -> s.isExpenditure()));
            case REMAINING -> new CellSource(ofProject.and(s -> s.isBudget()), ofProject.and(s -> s.isExpenditure()));
            default -> throw new IllegalArgumentException("绩效自评 column " + column + " is not a sum of postings");
        };
    }

    /** 执行数 / 预算数 × 100, 2 decimals, half-up, from the exact fen. */
    public static BigDecimal rate(Fen part, Fen whole) {
        return BigDecimal.valueOf(part.value()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole.value()), 2, RoundingMode.HALF_UP);
    }

    static String grade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优";
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "良";
        }
        return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }

}
