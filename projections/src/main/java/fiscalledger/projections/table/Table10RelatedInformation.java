package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.ProcurementCategory;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.ledger.api.UnitType;
import fiscalledger.ledger.api.VehicleUse;
import fiscalledger.projections.facts.AssetCounts;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;

import fiscalledger.projections.readmodel.AssetItems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * 公开10表 部门决算公开相关信息统计表, printed as published: three sections (一、政府采购情况, 二、机关运行经费,
 * 三、国有资产占用情况) whose rows are labelled within their section (合计, (一) 行政单位, (一) 车辆数合计(辆),
 * 1. 副部(省)级及以上领导用车 …). Each row also has a stable name that says what it is outside its section
 * (政府采购合计, 机关运行经费（行政单位）, 车辆数合计（辆）: the names of {@code seed-2024-expected.csv}, which the
 * table printed before); `trace` takes it as well as the 行次 and the printed label.
 * <p>政府采购 = Σ contract amounts of the year's 政府采购合同 (row 1), by category (rows 2–4) — contracts, not payments:
 * a contract signed this year counts in full, whatever was paid on it; the procurement category of a payment is an
 * analysis dimension only. 机关运行经费 = fiscal 基本支出-公用经费 on the row of the unit's type (5 行政单位,
 * 6 参照公务员法管理事业单位, none for 事业单位), vehicles by use from the latest asset facts (7–15) and equipment of
 * ≥ 1,000,000 yuan (17).
 */
public final class Table10RelatedInformation implements PublicTable {
    public static final String VALUE = "统计数";
    static final String NOTE = "注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。";
    private static final Layout LAYOUT = Layout.rowNumbered(Layout.UnitLabel.UNIT, List.of(
            new Layout.Section("一、政府采购情况", "1"), new Layout.Section("二、机关运行经费", "5"),
            new Layout.Section("三、国有资产占用情况", "7")));
    private static final List<String> PROCUREMENT_ROWS = List.of("1", "2", "3", "4");
    private static final List<String> RUNNING_COST_ROWS = List.of("5", "6");
    private static final List<String> ASSET_ROWS = java.util.stream.Stream.concat(
            java.util.stream.IntStream.rangeClosed(7, 7 + VehicleUse.values().length).mapToObj(String::valueOf),
            java.util.stream.Stream.of("17")).toList();
    private static final Predicate<PostingSum> RUNNING_COSTS =
            s -> s.isExpenditure() && s.isFiscal() && s.kind() == SpendingKind.BASIC_PUBLIC;

    @Override
    public String id() {
        return "10";
    }

    @Override
    public String title() {
        return "部门决算公开相关信息统计表";
    }

    /** A row: its 行次, its label as printed within its section, and its stable name (see the class comment). */
    private record Line(String key, String printed, String stable) {
    }

    private static final List<Line> LINES = lines();

    private static List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("1", "合计", "政府采购合计"));
        ProcurementCategory[] categories = ProcurementCategory.values();
        for (int i = 0; i < categories.length; i++) {
            lines.add(new Line(String.valueOf(2 + i), categories[i].label(), categories[i].label()));
        }
        lines.add(new Line("5", "(一) 行政单位", "机关运行经费（行政单位）"));
        lines.add(new Line("6", "(二) 参照公务员法管理事业单位", "机关运行经费（参照公务员法管理事业单位）"));
        lines.add(new Line("7", "(一) 车辆数合计(辆)", "车辆数合计（辆）"));
        VehicleUse[] uses = VehicleUse.values();
        for (int i = 0; i < uses.length; i++) {
            // the table prints the uses numbered and with half-width brackets: 1. 副部(省)级及以上领导用车
            lines.add(new Line(String.valueOf(8 + i), (i + 1) + ". " + halfWidth(uses[i].label()), uses[i].label()));
        }
        // 行次 16 is not printed: the form numbers equipment 17
        lines.add(new Line("17", "(二) 单价100万元(含)以上设备(不含车辆)", "单价100万元（含）以上设备（不含车辆）"));
        return List.copyOf(lines);
    }

    private static String halfWidth(String label) {
        return label.replace('（', '(').replace('）', ')');
    }

    @Override
    public TableView render(LedgerFacts facts) {
        Rows rows = new Rows();
        AssetCounts assets = facts.assets();
        for (Line line : LINES) {
            Rows.Row row = rows.add(line.key(), "", line.printed());
            if (PROCUREMENT_ROWS.contains(line.key())) {
                row.money(VALUE, procurement(line.key()).sum(facts));
            } else if (RUNNING_COST_ROWS.contains(line.key())) {
                row.money(VALUE, runningCosts(line.key(), facts).sum(facts));
            } else {
                row.cell(VALUE, Cell.count(assets(line.key()).count(assets)));
            }
        }
        return Tables.view(this, facts, List.of(VALUE), rows, List.of(NOTE), LAYOUT);
    }

    /**
     * A row named by its stable name (政府采购合计, 车辆数合计（辆）, 副部（省）级及以上领导用车), the name the table
     * printed before and {@code seed-2024-expected.csv} uses; brackets may be half- or full-width.
     */
    @Override
    public Optional<String> rowKey(String ref) {
        String r = halfWidth(ref.strip());
        return LINES.stream().filter(l -> halfWidth(l.stable()).equals(r) || halfWidth(l.printed()).equals(r))
                .map(Line::key).findFirst();
    }

    @Override
    public Optional<ContractSource> contractSource(TableRow row, String column) {
        return VALUE.equals(column) && PROCUREMENT_ROWS.contains(row.key())
                ? Optional.of(procurement(row.key())) : Optional.empty();
    }

    /** Rows 5 and 6, 机关运行经费: the unit's 公用经费 on the row of its type, nothing on the other. */
    @Override
    public Optional<CellSource> source(TableRow row, String column, LedgerFacts facts) {
        return VALUE.equals(column) && RUNNING_COST_ROWS.contains(row.key())
                ? Optional.of(runningCosts(row.key(), facts)) : Optional.empty();
    }

    /** Rows 7–15 count vehicles by use, row 17 large equipment, from the asset facts in force. */
    @Override
    public Optional<AssetSource> assetSource(TableRow row, String column) {
        return VALUE.equals(column) && ASSET_ROWS.contains(row.key()) ? Optional.of(assets(row.key()))
                : Optional.empty();
    }

    private static CellSource runningCosts(String rowKey, LedgerFacts facts) {
        UnitType type = facts.ledger() == null ? null : facts.ledger().unitType();
        UnitType printedOn = rowKey.equals("5") ? UnitType.ADMINISTRATIVE : UnitType.CIVIL_SERVICE_MANAGED;
        return CellSource.of(type == printedOn ? RUNNING_COSTS : s -> false);
    }

    /** Row 7: every vehicle; 8–15: one use each; 17: equipment of ≥ 1,000,000 yuan. */
    private static AssetSource assets(String rowKey) {
        if (rowKey.equals("17")) {
            return new AssetSource(Set.of(AssetItems.LARGE_EQUIPMENT));
        }
        VehicleUse[] uses = VehicleUse.values();
        int index = Integer.parseInt(rowKey) - 8;
        return new AssetSource(index < 0 ? Arrays.stream(uses).map(Enum::name).collect(Collectors.toSet())
                : Set.of(uses[index].name()));
    }

    /** Row 1: every contract; rows 2–4: the contracts of 货物, 工程, 服务. */
    private static ContractSource procurement(String rowKey) {
        int index = Integer.parseInt(rowKey) - 2;
        if (index < 0) {
            return ContractSource.amounts(c -> true);
        }
        ProcurementCategory category = ProcurementCategory.values()[index];
        return ContractSource.amounts(c -> c.category() == category);
    }

    /** 机关运行经费: the fiscal 公用经费 of basic spending, whatever the unit type (rows 5/6 decide where it prints). */
    public static Fen runningCosts(LedgerFacts facts) {
        return facts.sum(RUNNING_COSTS);
    }
}
