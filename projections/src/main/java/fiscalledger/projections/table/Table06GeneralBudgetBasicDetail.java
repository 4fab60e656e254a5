package fiscalledger.projections.table;

import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.Fund;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;

import java.util.*;

/**
 * 公开06表 一般公共预算财政拨款基本支出决算明细表: general-budget basic spending by 经济分类, on the full printed grid
 * (every code of the publication's table 06, "——" for the 309 and 311 blocks, which basic spending cannot use).
 * 人员经费合计 = classes 301 + 303; 公用经费合计 = every other class.
 */
public final class Table06GeneralBudgetBasicDetail implements PublicTable {
    public static final String AMOUNT = "决算数";
    public static final String PERSONNEL_TOTAL = "人员经费合计";
    public static final String PUBLIC_TOTAL = "公用经费合计";
    static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");
    private static final Set<String> NOT_APPLICABLE_CLASSES = Set.of("309", "311");
    static final String NOTE = "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。";
    /**
     * The publication prints the 人员经费 block beside the 公用经费 blocks, each 合计 at the foot of its block; here the
     * blocks are sections one under the other, 人员经费合计 closing the first.
     */
    private static final Layout LAYOUT = Layout.classified(Layout.AMOUNT_UNIT, List.of(
            new Layout.Section("人员经费", "301"), new Layout.Section("公用经费", "302")));

    /** The printed grid, class by class (人员经费 301, 303; 公用经费 302, 307, 309 … 399). */
    static final List<String> GRID = List.of(
            "301", "30101", "30102", "30103", "30106", "30107", "30108", "30109", "30110", "30111", "30112", "30113",
            "30114", "30199",
            "303", "30301", "30302", "30303", "30304", "30305", "30306", "30307", "30308", "30309", "30310", "30311",
            "30399",
            "302", "30201", "30202", "30203", "30204", "30205", "30206", "30207", "30208", "30209", "30211", "30212",
            "30213", "30214", "30215", "30216", "30217", "30218", "30224", "30225", "30226", "30227", "30228", "30229",
            "30231", "30239", "30240", "30299",
            "307", "30701", "30702", "30703", "30704",
            "309", "30901", "30902", "30903", "30905", "30906", "30907", "30908", "30913", "30919", "30921", "30922",
            "30999",
            "310", "31001", "31002", "31003", "31005", "31006", "31007", "31008", "31009", "31010", "31011", "31012",
            "31013", "31019", "31021", "31022", "31099",
            "311", "31101", "31199",
            "312", "31201", "31203", "31204", "31205", "31206", "31299",
            "313", "31302", "31303", "31304",
            "399", "39907", "39908", "39909", "39910", "39999");

    private final CodeNames names;

    public Table06GeneralBudgetBasicDetail(CodeNames names) {
        this.names = names;
    }

    @Override
    public String id() {
        return "06";
    }

    @Override
    public String title() {
        return "一般公共预算财政拨款基本支出决算明细表";
    }

    @Override
    public TableView render(LedgerFacts facts) {
        Set<String> used = new TreeSet<>();
        for (PostingSum s : facts.sums()) {
            if (counts(s)) {
                used.add(s.economic().value());
                used.add(s.economic().category().value());
            }
        }
        // codes outside the printed grid (registered later) go after the grid's codes of their class
        List<String> codes = new ArrayList<>(GRID);
        used.stream().filter(c -> !GRID.contains(c)).forEach(extra -> {
            String cls = extra.substring(0, 3);
            int at = codes.indexOf(cls);
            if (at < 0) {
                codes.add(cls);
                if (!extra.equals(cls)) {
                    codes.add(extra);
                }
                return;
            }
            int end = at + 1;
            while (end < codes.size() && codes.get(end).startsWith(cls) && codes.get(end).length() == 5) {
                end++;
            }
            if (!codes.contains(extra)) {
                codes.add(end, extra);
            }
        });
        Rows rows = new Rows();
        boolean personnelClosed = false;
        for (String code : codes) {
            if (!personnelClosed && !PERSONNEL_CLASSES.contains(code.substring(0, 3))) {
                rows.add(PERSONNEL_TOTAL, "", PERSONNEL_TOTAL).money(AMOUNT, source(PERSONNEL_TOTAL).sum(facts));
                personnelClosed = true;
            }
            Fen amount = source(code).sum(facts);
            boolean notApplicable = NOT_APPLICABLE_CLASSES.contains(code.substring(0, 3)) && amount.isZero();
            rows.add(code, code, names.economicName(new EconomicCode(code)))
                    .cell(AMOUNT, notApplicable ? Cell.notApplicable() : Cell.money(amount));
        }
        rows.add(PUBLIC_TOTAL, "", PUBLIC_TOTAL).money(AMOUNT, source(PUBLIC_TOTAL).sum(facts));
        return Tables.view(this, facts, List.of(AMOUNT), rows, List.of(NOTE), LAYOUT);
    }

    @Override
    public Optional<CellSource> source(TableRow row, String column) {
        return AMOUNT.equals(column) ? Optional.of(source(row.key())) : Optional.empty();
    }

    /**
     * The postings of each row, the one place that says what a row of table 06 is: a class row (302) sums the class's
     * items and any posting on the class code itself, an item row (30201) its own code, the two 合计 rows split the
     * counted postings by class (301 and 303 人员经费, every other class 公用经费).
     */
    static CellSource source(String key) {
        if (PERSONNEL_TOTAL.equals(key)) {
            return CellSource.of(s -> counts(s) && PERSONNEL_CLASSES.contains(s.economic().category().value()));
        }
        if (PUBLIC_TOTAL.equals(key)) {
            return CellSource.of(s -> counts(s) && !PERSONNEL_CLASSES.contains(s.economic().category().value()));
        }
        if (!key.matches("\\d{3}(\\d{2})?")) {
            throw new IllegalArgumentException("table 06 has no row '" + key + "'");
        }
        return key.length() == 3
                ? CellSource.of(s -> counts(s) && s.economic().category().value().equals(key))
                : CellSource.of(s -> counts(s) && s.economic().value().equals(key));
    }

    static boolean counts(PostingSum s) {
        return s.isExpenditure() && s.fund() == Fund.GENERAL_BUDGET && s.isBasic() && s.economic() != null;
    }
}
