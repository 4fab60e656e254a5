package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.ProcurementCategory;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.ledger.api.UnitType;
import fiscalledger.ledger.api.VehicleUse;
import fiscalledger.projections.facts.AssetCounts;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * 公开10表 部门决算公开相关信息统计表: 政府采购 = Σ contract amounts of the year's 政府采购合同 (row 1), by category
 * (rows 2–4) — contracts, not payments: a contract signed this year counts in full, whatever was paid on it; the
 * procurement category of a payment is an analysis dimension only. 机关运行经费 = fiscal
 * 基本支出-公用经费 on the row of the unit's type (5 行政单位, 6 参照公务员法管理事业单位, none for 事业单位),
 * vehicles by use from the latest asset facts (7–15) and equipment of ≥ 1,000,000 yuan (17).
 */
public final class Table10RelatedInformation implements PublicTable {
    public static final String VALUE = "统计数";
    private static final List<String> PROCUREMENT_ROWS = List.of("1", "2", "3", "4");
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

    @Override
    public TableView render(LedgerFacts facts) {
        Rows rows = new Rows();
        rows.add("1", "", "政府采购合计").money(VALUE, procurement("1").sum(facts));
        ProcurementCategory[] categories = ProcurementCategory.values();
        for (int i = 0; i < categories.length; i++) {
            String key = String.valueOf(2 + i);
            rows.add(key, "", categories[i].label()).money(VALUE, procurement(key).sum(facts));
        }
        Fen running = runningCosts(facts);
        UnitType type = facts.ledger() == null ? null : facts.ledger().unitType();
        rows.add("5", "", "机关运行经费（行政单位）")
                .money(VALUE, type == UnitType.ADMINISTRATIVE ? running : Fen.ZERO);
        rows.add("6", "", "机关运行经费（参照公务员法管理事业单位）")
                .money(VALUE, type == UnitType.CIVIL_SERVICE_MANAGED ? running : Fen.ZERO);
        AssetCounts assets = facts.assets();
        rows.add("7", "", "车辆数合计（辆）").cell(VALUE, Cell.count(assets.totalVehicles()));
        VehicleUse[] uses = VehicleUse.values();
        for (int i = 0; i < uses.length; i++) {
            rows.add(String.valueOf(8 + i), "", uses[i].label()).cell(VALUE, Cell.count(assets.vehicles(uses[i])));
        }
        rows.add("17", "", "单价100万元（含）以上设备（不含车辆）").cell(VALUE, Cell.count(assets.largeEquipment()));
        return Tables.view(this, facts, List.of(VALUE), rows, List.of());
    }

    @Override
    public Optional<ContractSource> contractSource(TableRow row, String column) {
        return VALUE.equals(column) && PROCUREMENT_ROWS.contains(row.key())
                ? Optional.of(procurement(row.key())) : Optional.empty();
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
