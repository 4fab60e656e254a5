package fiscalledger.sample;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.ProcurementCategory;
import fiscalledger.ledger.api.SpendingKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Recomputes every cell of seed-2024-expected.csv from a journal file by the rules of docs/table-rules.md,
 * independently of the generator's plan and of the ledger's projections, and lists every mismatch. It also checks
 * the rules the aggregate enforces (kinds vs economic classes, positive amounts, dates in the year, fiscal funds
 * for appropriations only, codes from the publication's catalog, adjustments within a line, no overspent line)
 * and what an auditor expects of real books (no payment before the money to pay it was there),
 * so a bad sample is caught before any projection exists.
 *
 * <p>Usage: {@code PublicationSelfCheck.main(journal.csv)} prints the mismatches; exits 1 on any unexpected one.
 */
public final class PublicationSelfCheck {

    private static final BigDecimal FEN_PER_WAN = BigDecimal.valueOf(1_000_000);
    private static final Set<String> NOT_APPLICABLE_06 = Set.of("309", "30901", "30902", "30903", "30905", "30906",
            "30907", "30908", "30913", "30919", "30921", "30922", "30999", "311", "31101", "31199");

    record Expense(LocalDate date, String voucher, Fund fund, String function, String economic, SpendingKind kind,
                   String project, ProcurementCategory procurement, long sme, long smallMicro, long amount) {
    }

    record Money(Fund fund, String function, long amount) {
    }

    private final List<String> problems = new ArrayList<>();
    private final List<Expense> expenses = new ArrayList<>();
    private final List<Money> income = new ArrayList<>();
    private final List<Money> openings = new ArrayList<>();
    private final Map<String, long[]> budget = new LinkedHashMap<>();   // line → {年初, 全年}
    private final Map<String, long[]> performance = new LinkedHashMap<>(); // project → {目标申报数 fen, Σ score ×100}
    private final Map<String, Integer> vehicles = new HashMap<>();
    private String unitType = "";

    public static void main(String[] args) throws IOException {
        Path journal = args.length > 0 ? Path.of(args[0]) : SampleYearGenerator.RESOURCE;
        List<String> mismatches = check(Files.readString(journal, StandardCharsets.UTF_8), SampleYearGenerator.readSeed());
        mismatches.forEach(System.out::println);
        long unexpected = mismatches.stream().filter(m -> !isKnownInfeasible(m)).count();
        System.out.println(mismatches.size() + " mismatching cells, " + unexpected + " unexpected");
        if (unexpected > 0) {
            System.exit(1);
        }
    }

    static boolean isKnownInfeasible(String mismatch) {
        return SampleYearGenerator.KNOWN_INFEASIBLE.stream().anyMatch(k -> mismatch.startsWith(k + ":"));
    }

    /** Every mismatching cell ("table|row|name|column: expected …, actual …") and every broken rule ("rule: …"). */
    public static List<String> check(String journalCsv, List<CSVRecord> seed) {
        PublicationSelfCheck c = new PublicationSelfCheck();
        c.read(journalCsv, catalog(seed));
        c.compare(seed);
        return c.problems;
    }

    // ------------------------------------------------------------------------------------------------ reading

    private static Set<String> catalog(List<CSVRecord> seed) {
        Set<String> codes = new HashSet<>();
        for (CSVRecord r : seed) {
            if (Set.of("02", "03", "05", "06").contains(r.get("table")) && r.get("row").matches("\\d+")) {
                codes.add(r.get("table").equals("06") ? "E" + r.get("row") : "F" + r.get("row"));
            }
        }
        return codes;
    }

    private void read(String csv, Set<String> catalog) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Set<String> reversed = new HashSet<>();
        Set<String> vouchers = new HashSet<>();
        for (CSVRecord r : records) {
            if (r.get("type").equals("reverse")) {
                if (!reversed.add(r.get("reversed_voucher"))) {
                    problems.add("rule: voucher " + r.get("reversed_voucher") + " reversed twice");
                }
                if (!vouchers.contains(r.get("reversed_voucher"))) {
                    problems.add("rule: line " + r.getRecordNumber() + " reverses " + r.get("reversed_voucher")
                            + " before it was recorded");
                }
                if (r.get("reason").isBlank()) {
                    problems.add("rule: line " + r.getRecordNumber() + " reversal without a reason");
                }
            }
            vouchers.add(r.get("voucher"));
        }
        Set<String> seen = new HashSet<>();
        boolean closed = false;
        for (CSVRecord r : records) {
            String where = "line " + (r.getRecordNumber() + 1) + " (" + r.get("voucher") + ")";
            String type = r.get("type");
            if (closed) {
                problems.add("rule: " + where + " after the year was closed");
            }
            LocalDate date = LocalDate.parse(r.get("date"));
            if (date.getYear() != SampleYearGenerator.YEAR) {
                problems.add("rule: " + where + " dated outside " + SampleYearGenerator.YEAR);
            }
            boolean grouped = Set.of("opening", "vehicle", "equipment", "indicator").contains(type);
            if (!grouped && !seen.add(r.get("voucher"))) {
                problems.add("rule: " + where + " reuses a voucher: it would be skipped on import");
            }
            if (reversed.contains(r.get("voucher"))) {
                continue; // a reversed entry and its reversal cancel out
            }
            if (!r.get("function").isEmpty() && !catalog.contains("F" + r.get("function"))) {
                problems.add("rule: " + where + " function code " + r.get("function") + " is not in the catalog");
            }
            if (!r.get("economic").isEmpty() && !catalog.contains("E" + r.get("economic"))) {
                problems.add("rule: " + where + " economic code " + r.get("economic") + " is not in the catalog");
            }
            switch (type) {
                case "open-year" -> unitType = r.get("unit_type");
                case "opening" -> {
                    Money m = new Money(Fund.parse(r.get("fund")), r.get("function"), fen(r, "amount", where));
                    openings.add(m);
                    cash.merge(m.fund() + "/" + m.function(), m.amount(), Long::sum);
                }
                case "appropriation", "income" -> {
                    Fund fund = Fund.parse(r.get("fund"));
                    if (fund.isFiscal() != type.equals("appropriation")) {
                        problems.add("rule: " + where + " " + type + " with fund " + fund.label());
                    }
                    Money m = new Money(fund, r.get("function"), fen(r, "amount", where));
                    income.add(m);
                    cash.merge(m.fund() + "/" + m.function(), m.amount(), Long::sum);
                }
                case "expense" -> expense(r, date, where);
                case "budget" -> {
                    long[] b = line(r, "").get();
                    long amount = fen(r, "amount", where);
                    b[0] += amount;
                    b[1] += amount;
                }
                case "adjust" -> adjust(r, where);
                case "performance" -> performance.put(r.get("project"),
                        new long[]{fen(r, "declared_target", where), 0});
                case "indicator" -> {
                    long[] p = performance.values().stream().reduce((a, b) -> b).orElseThrow();
                    p[1] += new BigDecimal(r.get("score")).movePointRight(2).longValueExact();
                }
                case "vehicle" -> vehicles.merge(r.get("vehicle_use"), Integer.parseInt(r.get("quantity")), Integer::sum);
                case "close-year" -> closed = true;
                case "reverse", "assets" -> { }
                default -> problems.add("rule: " + where + " unexpected line type " + type);
            }
        }
    }

    private void expense(CSVRecord r, LocalDate date, String where) {
        SpendingKind kind = SpendingKind.parse(r.get("kind"));
        String economic = r.get("economic");
        boolean personnelClass = economic.startsWith("301") || economic.startsWith("303");
        if (kind == SpendingKind.BASIC_PERSONNEL && !personnelClass || kind == SpendingKind.BASIC_PUBLIC && personnelClass) {
            problems.add("rule: " + where + " " + kind.label() + " on economic code " + economic);
        }
        if (kind == SpendingKind.PROJECT == r.get("project").isEmpty()) {
            problems.add("rule: " + where + " project name and kind disagree");
        }
        ProcurementCategory procurement = r.get("procurement").isEmpty() ? null : ProcurementCategory.parse(r.get("procurement"));
        long amount = fen(r, "amount", where);
        long sme = r.get("sme_amount").isEmpty() ? 0 : fen(r, "sme_amount", where);
        long smallMicro = r.get("small_micro_amount").isEmpty() ? 0 : fen(r, "small_micro_amount", where);
        if (smallMicro > sme || sme > amount || (procurement == null && sme > 0)) {
            problems.add("rule: " + where + " SME amounts exceed the payment or lack a procurement category");
        }
        Expense e = new Expense(date, r.get("voucher"), Fund.parse(r.get("fund")), r.get("function"), economic, kind,
                r.get("project"), procurement, sme, smallMicro, amount);
        expenses.add(e);
        checkBudgetCoverage(e);
        long left = cash.merge(e.fund() + "/" + e.function(), -amount, Long::sum);
        if (left < 0) {
            problems.add("rule: " + where + " pays more than " + e.fund().label() + "/" + e.function()
                    + " has received so far (short by " + (-left) + " fen)");
        }
    }

    /** What each fund and 功能科目 holds so far (opening + income − payments): money is spent once it is there. */
    private final Map<String, Long> cash = new HashMap<>();

    private void adjust(CSVRecord r, String where) {
        long amount = fen(r, "amount", where);
        String type = r.get("adjustment");
        if (!type.equals("追减")) {
            line(r, "").get()[1] += amount;
        }
        if (!type.equals("追加")) {
            long[] from = type.equals("追减") ? line(r, "").get() : line(r, "from_").get();
            if (from[1] < amount) {
                problems.add("rule: " + where + " takes " + amount + " fen from a line holding " + from[1]);
            }
            from[1] -= amount;
        }
    }

    private java.util.function.Supplier<long[]> line(CSVRecord r, String prefix) {
        String key = lineKey(Fund.parse(r.get(prefix + "fund")), r.get(prefix + "function"),
                SpendingKind.parse(r.get(prefix + "kind")), r.get(prefix + "project"), r.get(prefix + "economic"));
        return () -> budget.computeIfAbsent(key, k -> new long[2]);
    }

    private static String lineKey(Fund fund, String function, SpendingKind kind, String project, String economic) {
        return fund.name() + "/" + function + "/" + kind.name() + "/" + project + "/" + economic;
    }

    private static long fen(CSVRecord r, String column, String where) {
        BigDecimal yuan = new BigDecimal(r.get(column));
        if (yuan.signum() <= 0 && !column.equals("declared_target")) {
            throw new IllegalArgumentException(where + ": " + column + " must be positive");
        }
        return yuan.movePointRight(2).longValueExact();
    }

    private final Map<String, Long> spentByLine = new HashMap<>();

    /**
     * A payment must fit its budget line's 全年预算 as it stands on the payment's day (the line per economic code
     * where one exists) — otherwise the ledger would warn of overspending. Reversed entries are not counted.
     */
    private void checkBudgetCoverage(Expense e) {
        String specific = lineKey(e.fund(), e.function(), e.kind(), e.project(), e.economic());
        String general = lineKey(e.fund(), e.function(), e.kind(), e.project(), "");
        String key = budget.containsKey(specific) ? specific : general;
        long total = spentByLine.merge(key, e.amount(), Long::sum);
        long[] b = budget.get(key);
        if (b == null || total > b[1]) {
            problems.add("rule: " + e.voucher() + " overspends budget line " + key + " (spent " + total
                    + " fen, 全年预算 " + (b == null ? 0 : b[1]) + ")");
        }
    }

    // ------------------------------------------------------------------------------------------------ tables

    private void compare(List<CSVRecord> seed) {
        Map<String, Set<String>> printedRows = new HashMap<>();
        for (CSVRecord r : seed) {
            String table = r.get("table");
            String key = table + "|" + r.get("row") + "|" + r.get("name") + "|" + r.get("column");
            printedRows.computeIfAbsent(table, t -> new TreeSet<>()).add(r.get("row"));
            String expected = r.get("value_wan_yuan");
            String actual = cell(table, r.get("row"), r.get("name"), r.get("column"));
            if (!same(expected, actual)) {
                problems.add(key + ": expected " + (expected.isEmpty() ? "(empty)" : expected) + ", actual "
                        + (actual.isEmpty() ? "(empty)" : actual));
            }
        }
        // rows the journal would print that the publication does not have
        for (String table : List.of("02", "03", "05")) {
            Set<String> codes = new TreeSet<>();
            Predicate<Expense> fund = table.equals("05") ? e -> e.fund() == Fund.GENERAL_BUDGET : e -> true;
            if (table.equals("02")) {
                income.forEach(m -> codes.addAll(ancestors(m.function())));
            } else {
                expenses.stream().filter(fund).forEach(e -> codes.addAll(ancestors(e.function())));
            }
            for (String code : codes) {
                if (!printedRows.get(table).contains(code)) {
                    problems.add(table + "|" + code + ": row not in the publication");
                }
            }
        }
        for (String project : performance.keySet()) {
            if (!printedRows.get("绩效自评").contains(project)) {
                problems.add("绩效自评|" + project + ": evaluation not in the publication");
            }
        }
    }

    private static List<String> ancestors(String function) {
        return List.of(function.substring(0, 3), function.substring(0, 5), function);
    }

    private static boolean same(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if (expected.isEmpty() || actual.isEmpty()) {
            return false;
        }
        try {
            return new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String cell(String table, String row, String name, String column) {
        return switch (table) {
            case "01" -> table01(Integer.parseInt(row));
            case "02" -> table02(row, column);
            case "03" -> wan2(spent(e -> under(row, e.function()) && column03(column, e.kind())));
            case "04" -> table04(Integer.parseInt(row), column);
            case "05" -> wan2(spent(e -> e.fund() == Fund.GENERAL_BUDGET && under(row, e.function())
                    && (column.equals("小计") || column03(column, e.kind()))));
            case "06" -> table06(row);
            case "07" -> wan2(openingWhere(m -> m.fund() == Fund.GOVERNMENT_FUND));
            case "08" -> wan2(spent(e -> e.fund() == Fund.STATE_CAPITAL));
            case "09" -> table09(row, column);
            case "10" -> table10(Integer.parseInt(row));
            case "绩效自评" -> perf(row, column);
            case "说明" -> explanation(row, name);
            default -> "?";
        };
    }

    private String table01(int row) {
        long in = incomeWhere(m -> true);
        long open = openingWhere(m -> true);
        long out = spent(e -> true);
        if (row >= 1 && row <= 8) {
            Fund fund = Fund.values()[row - 1];
            return wan2(incomeWhere(m -> m.fund() == fund));
        }
        if (row >= 32 && row <= 57) {
            String category = SampleYearGenerator.CATEGORIES.get(row - 32);
            return wan2(spent(e -> e.function().startsWith(category)));
        }
        return switch (row) {
            case 27 -> wan2(in);
            case 28, 59 -> "";
            case 29 -> wan2(open);
            case 31, 62 -> wan2(in + open);
            case 58 -> wan2(out);
            case 60 -> wan2(open + in - out);
            default -> "?";
        };
    }

    private String table02(String row, String column) {
        Predicate<Money> base = m -> under(row, m.function());
        return switch (column) {
            case "本年收入合计" -> wan2(incomeWhere(base));
            case "财政拨款收入" -> wan2(incomeWhere(base.and(m -> m.fund().isFiscal())));
            case "上级补助收入" -> wan2(incomeWhere(base.and(m -> m.fund() == Fund.SUPERIOR_SUBSIDY)));
            case "事业收入" -> wan2(incomeWhere(base.and(m -> m.fund() == Fund.BUSINESS)));
            case "经营收入" -> wan2(incomeWhere(base.and(m -> m.fund() == Fund.OPERATING)));
            case "附属单位上缴收入" -> wan2(incomeWhere(base.and(m -> m.fund() == Fund.SUBSIDIARY_REMITTANCE)));
            case "其他收入" -> wan2(incomeWhere(base.and(m -> m.fund() == Fund.OTHER)));
            default -> "?";
        };
    }

    private static boolean column03(String column, SpendingKind kind) {
        return switch (column) {
            case "本年支出合计" -> true;
            case "基本支出" -> kind.isBasic();
            case "项目支出" -> kind == SpendingKind.PROJECT;
            case "上缴上级支出" -> kind == SpendingKind.REMIT_TO_SUPERIOR;
            case "经营支出" -> kind == SpendingKind.OPERATING;
            case "对附属单位补助支出" -> kind == SpendingKind.GRANT_TO_SUBSIDIARY;
            default -> false;
        };
    }

    private String table04(int row, String column) {
        Predicate<Fund> col = switch (column) {
            case "一般公共预算财政拨款" -> f -> f == Fund.GENERAL_BUDGET;
            case "政府性基金预算财政拨款" -> f -> f == Fund.GOVERNMENT_FUND;
            case "国有资本经营预算财政拨款" -> f -> f == Fund.STATE_CAPITAL;
            default -> Fund::isFiscal;
        };
        long in = incomeWhere(m -> col.test(m.fund()));
        long open = openingWhere(m -> col.test(m.fund()));
        long out = spent(e -> col.test(e.fund()));
        if (row >= 1 && row <= 3) {
            Fund fund = Fund.values()[row - 1];
            return wan2(incomeWhere(m -> m.fund() == fund));
        }
        if (row >= 29 && row <= 31) {
            Fund fund = Fund.values()[row - 29];
            return wan2(openingWhere(m -> m.fund() == fund));
        }
        if (row >= 33 && row <= 58) {
            String category = SampleYearGenerator.CATEGORIES.get(row - 33);
            return wan2(spent(e -> col.test(e.fund()) && e.function().startsWith(category)));
        }
        return switch (row) {
            case 27 -> wan2(in);
            case 28 -> wan2(open);
            case 32, 64 -> wan2(in + open);
            case 59 -> wan2(out);
            case 60 -> wan2(open + in - out);
            default -> "?";
        };
    }

    private String table06(String row) {
        if (NOT_APPLICABLE_06.contains(row)) {
            return "——";
        }
        Predicate<Expense> base = e -> e.fund() == Fund.GENERAL_BUDGET && e.kind().isBasic();
        Predicate<Expense> personnel = e -> e.economic().startsWith("301") || e.economic().startsWith("303");
        return switch (row) {
            case "人员经费合计" -> wan2(spent(base.and(personnel)));
            case "公用经费合计" -> wan2(spent(base.and(personnel.negate())));
            default -> wan2(spent(base.and(e -> e.economic().startsWith(row))));
        };
    }

    private static final Map<String, Set<String>> SANGONG = Map.of(
            "合计", Set.of("30212", "31013", "30913", "30231", "30217"),
            "因公出国（境）费", Set.of("30212"),
            "公务用车购置及运行维护费小计", Set.of("31013", "30913", "30231"),
            "公务用车购置费", Set.of("31013", "30913"),
            "公务用车运行维护费", Set.of("30231"),
            "公务接待费", Set.of("30217"));

    private String table09(String row, String column) {
        return wan2(sangong(row, column.equals("预算数")));
    }

    private long sangong(String row, boolean budgeted) {
        Set<String> codes = SANGONG.get(row);
        if (budgeted) {
            return budget.entrySet().stream().filter(b -> codes.contains(b.getKey().substring(b.getKey().lastIndexOf('/') + 1))
                    && Fund.valueOf(b.getKey().substring(0, b.getKey().indexOf('/'))).isFiscal())
                    .mapToLong(b -> b.getValue()[1]).sum();
        }
        return spent(e -> e.fund().isFiscal() && codes.contains(e.economic()));
    }

    private String table10(int row) {
        return switch (row) {
            case 1 -> wan2(spent(e -> e.procurement() != null));
            case 2 -> wan2(spent(e -> e.procurement() == ProcurementCategory.GOODS));
            case 3 -> wan2(spent(e -> e.procurement() == ProcurementCategory.WORKS));
            case 4 -> wan2(spent(e -> e.procurement() == ProcurementCategory.SERVICES));
            case 5 -> unitType.equals("行政单位") ? wan2(spent(e -> e.fund().isFiscal() && e.kind() == SpendingKind.BASIC_PUBLIC)) : "";
            case 6 -> unitType.equals("参照公务员法管理事业单位") ? wan2(spent(e -> e.fund().isFiscal() && e.kind() == SpendingKind.BASIC_PUBLIC)) : "";
            case 7 -> count(vehicles.values().stream().mapToInt(Integer::intValue).sum());
            case 8 -> count(vehicles.getOrDefault("副部（省）级及以上领导用车", 0));
            case 9 -> count(vehicles.getOrDefault("主要负责人用车", 0));
            case 10 -> count(vehicles.getOrDefault("机要通信用车", 0));
            case 11 -> count(vehicles.getOrDefault("应急保障用车", 0));
            case 12 -> count(vehicles.getOrDefault("执法执勤用车", 0));
            case 13 -> count(vehicles.getOrDefault("特种专业技术用车", 0));
            case 14 -> count(vehicles.getOrDefault("离退休干部服务用车", 0));
            case 15 -> count(vehicles.getOrDefault("其他用车", 0));
            case 17 -> "";
            default -> "?";
        };
    }

    private static String count(int n) {
        return n == 0 ? "" : Integer.toString(n);
    }

    private String perf(String project, String column) {
        long initial = budget.entrySet().stream().filter(b -> b.getKey().split("/", -1)[3].equals(project))
                .mapToLong(b -> b.getValue()[0]).sum();
        long full = budget.entrySet().stream().filter(b -> b.getKey().split("/", -1)[3].equals(project))
                .mapToLong(b -> b.getValue()[1]).sum();
        long executed = spent(e -> e.project().equals(project));
        long[] p = performance.get(project);
        if (p == null) {
            return "(no evaluation)";
        }
        BigDecimal rate = full == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(executed).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(full), 2, RoundingMode.HALF_UP);
        BigDecimal rateScore = rate.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal total = BigDecimal.valueOf(p[1], 2).add(rateScore);
        return switch (column) {
            case "年初预算数-目标申报数" -> wan(p[0], 3);
            case "年初预算数-预算编制数" -> wan(initial, 3);
            case "全年预算数" -> wan(full, 3);
            case "全年执行数" -> wan(executed, 3);
            case "资金结(转)余" -> wan(full - executed, 3);
            case "执行率%" -> rate.toPlainString();
            case "执行率得分" -> rateScore.toPlainString();
            case "总分" -> total.toPlainString();
            case "评价等级" -> total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优"
                    : total.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良" : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
            default -> "?";
        };
    }

    private String explanation(String row, String name) {
        long in = incomeWhere(m -> true);
        long out = spent(e -> true);
        long general = spent(e -> e.fund() == Fund.GENERAL_BUDGET);
        long procured = spent(e -> e.procurement() != null);
        String category = name.length() >= 3 && name.substring(0, 3).matches("\\d{3}") ? name.substring(0, 3) : null;
        long initialGeneral = budget.entrySet().stream().filter(b -> b.getKey().startsWith("GENERAL_BUDGET/")
                && (category == null || b.getKey().split("/")[1].startsWith(category))).mapToLong(b -> b.getValue()[0]).sum();
        return switch (row + "|" + name) {
            case "收入占比|财政拨款收入占本年收入合计%" -> share(incomeWhere(m -> m.fund().isFiscal()), in);
            case "收入占比|其他收入占本年收入合计%" -> share(incomeWhere(m -> m.fund() == Fund.OTHER), in);
            case "支出占比|基本支出占本年支出合计%" -> share(spent(e -> e.kind().isBasic()), out);
            case "支出占比|项目支出占本年支出合计%" -> share(spent(e -> e.kind() == SpendingKind.PROJECT), out);
            case "政府采购|授予中小企业合同金额" -> wan(expenses.stream().mapToLong(Expense::sme).sum(), 2);
            case "政府采购|授予小微企业合同金额" -> wan(expenses.stream().mapToLong(Expense::smallMicro).sum(), 2);
            case "政府采购|授予中小企业合同金额占比%" -> share(expenses.stream().mapToLong(Expense::sme).sum(), procured);
            case "政府采购|授予小微企业合同金额占比%" -> share(expenses.stream().mapToLong(Expense::smallMicro).sum(), procured);
            case "三公经费|完成全年预算%" -> share(sangong("合计", false), sangong("合计", true));
            case "基本支出|人员经费" -> table06("人员经费合计");
            case "基本支出|公用经费" -> table06("公用经费合计");
            default -> switch (row) {
                case "一般公共预算财政拨款支出结构" -> share(spent(e -> e.fund() == Fund.GENERAL_BUDGET
                        && e.function().startsWith(category)), general);
                case "一般公共预算财政拨款年初预算" -> wan(initialGeneral, 2);
                case "完成年初预算%" -> share(category == null ? general
                        : spent(e -> e.fund() == Fund.GENERAL_BUDGET && e.function().startsWith(category)), initialGeneral);
                default -> "?";
            };
        };
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "" : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private long spent(Predicate<Expense> where) {
        return expenses.stream().filter(where).mapToLong(Expense::amount).sum();
    }

    private long incomeWhere(Predicate<Money> where) {
        return income.stream().filter(where).mapToLong(Money::amount).sum();
    }

    private long openingWhere(Predicate<Money> where) {
        return openings.stream().filter(where).mapToLong(Money::amount).sum();
    }

    private static boolean under(String row, String function) {
        return row.equals("合计") || function.startsWith(row);
    }

    /** A table cell: 万元, 2 decimals, half-up; zero prints empty. */
    private static String wan2(long fen) {
        return fen == 0 ? "" : wan(fen, 2);
    }

    private static String wan(long fen, int decimals) {
        return BigDecimal.valueOf(fen).divide(FEN_PER_WAN, decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
