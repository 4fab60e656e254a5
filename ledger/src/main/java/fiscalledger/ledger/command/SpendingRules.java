package fiscalledger.ledger.command;

import fiscalledger.ledger.api.BudgetLine;
import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.ledger.catalog.CodeCatalog;

import java.util.Set;

/**
 * The kind of spending and its economic code must tell the same story (docs/table-rules.md): 人员经费 is paid on
 * classes 301/303, 公用经费 on every other class, so tables 03, 05 and 06 agree. Projects belong to 项目支出 only.
 */
final class SpendingRules {

    private static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");

    private SpendingRules() {
    }

    static void kindMatchesEconomic(SpendingKind kind, EconomicCode economic, String field, Problems problems) {
        if (kind == null || economic == null) {
            return;
        }
        boolean personnelClass = PERSONNEL_CLASSES.contains(economic.category().value());
        if (kind == SpendingKind.BASIC_PERSONNEL && !personnelClass) {
            problems.error(field, "人员经费 is paid on economic classes 301 or 303, not " + economic
                    + "; use 基本支出-公用经费 or another economic code");
        } else if (kind == SpendingKind.BASIC_PUBLIC && personnelClass) {
            problems.error(field, "公用经费 cannot use economic code " + economic
                    + " (class 301/303 is 人员经费); use 基本支出-人员经费");
        }
    }

    static void projectMatchesKind(SpendingKind kind, String project, Problems problems) {
        boolean hasProject = project != null && !project.isBlank();
        if (kind == SpendingKind.PROJECT && !hasProject) {
            problems.error("project", "项目支出 needs the project (项目) it belongs to");
        } else if (kind != null && kind.isBasic() && hasProject) {
            problems.error("project", "基本支出 has no project; '" + project.strip()
                    + "' belongs to 项目支出 (kind PROJECT)");
        }
    }

    static void kind(SpendingKind kind, Problems problems) {
        if (kind == null) {
            problems.error("kind", "kind of spending (支出类型) is missing");
        }
    }

    /** A budget line: a valid 项 code, a valid 款 code when it has one, a kind that matches both. */
    static void budgetLine(BudgetLine line, String prefix, CodeCatalog catalog, Problems problems) {
        CodeRules.functionItem(line.function(), prefix + "function", catalog, problems);
        if (line.economic() != null) {
            CodeRules.economicItem(line.economic(), prefix + "economic", catalog, problems);
            kindMatchesEconomic(line.kind(), line.economic(), prefix + "economic", problems);
        }
        boolean hasProject = line.hasProject();
        if (line.kind() == SpendingKind.PROJECT && !hasProject) {
            problems.error(prefix + "project", "a 项目支出 budget line needs its project (项目)");
        } else if (line.kind().isBasic() && hasProject) {
            problems.error(prefix + "project", "基本支出 budget lines have no project; '" + line.project()
                    + "' belongs to 项目支出");
        }
    }
}
