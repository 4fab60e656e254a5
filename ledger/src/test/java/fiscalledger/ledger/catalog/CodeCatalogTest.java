package fiscalledger.ledger.catalog;

import fiscalledger.ledger.api.CodeKind;
import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.FunctionCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in codes are those of the reference publication, named exactly as printed. */
class CodeCatalogTest {

    private final CodeCatalog catalog = CodeCatalog.builtIn();

    @Test
    void theTwentySixCategoriesOfTable01AreBuiltInInCodeOrder() {
        assertThat(catalog.functionCategories()).extracting(CatalogEntry::name).containsExactly(
                "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
                "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出",
                "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出", "金融支出",
                "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出", "国有资本经营预算支出",
                "灾害防治及应急管理支出", "其他支出", "债务还本支出", "债务付息支出", "抗疫特别国债安排的支出");
        assertThat(catalog.functionCategories()).extracting(CatalogEntry::code)
                .startsWith("201", "202", "203").contains("210", "229").endsWith("234");
    }

    @Test
    void functionCodesOfTables02To05CarryTheirPrintedNamesWithFullWidthBrackets() {
        assertThat(catalog.nameOf(FunctionCode.of("20103"))).contains("政府办公厅（室）及相关机构事务");
        assertThat(catalog.nameOf(FunctionCode.of("2010399"))).contains("其他政府办公厅（室）及相关机构事务支出");
        assertThat(catalog.nameOf(FunctionCode.of("2080506"))).contains("机关事业单位职业年金缴费支出");
        assertThat(catalog.nameOf(FunctionCode.of("2101103"))).contains("公务员医疗补助");
        assertThat(catalog.codes(CodeKind.FUNCTION)).hasSize(43);
    }

    @Test
    void everyEconomicCodeOfTable06IsBuiltIn() {
        assertThat(catalog.codes(CodeKind.ECONOMIC)).hasSize(110);
        assertThat(catalog.nameOf(EconomicCode.of("309"))).contains("资本性支出（基本建设）");
        assertThat(catalog.nameOf(EconomicCode.of("30212"))).contains("因公出国（境）费用");
        assertThat(catalog.nameOf(EconomicCode.of("30239"))).contains("其他交通费用");
        assertThat(catalog.nameOf(EconomicCode.of("39908"))).contains("对民间非营利组织和群众性自治组织补贴");
        assertThat(catalog.isRegistered(EconomicCode.of("30298"))).isFalse();
    }

    @Test
    void completionListsTheCodesUnderAPrefixWithTheirNames() {
        List<CatalogEntry> under = catalog.codesStartingWith(CodeKind.FUNCTION, "20103");
        assertThat(under).extracting(CatalogEntry::display).containsExactly(
                "20103 政府办公厅（室）及相关机构事务", "2010301 行政运行", "2010302 一般行政管理事务",
                "2010399 其他政府办公厅（室）及相关机构事务支出");
    }

    @Test
    void aRegisteredCodeIsKnownAfterwardsAndMarkedAsNotBuiltIn() {
        catalog.add(CodeKind.ECONOMIC, "30298", "测试费");
        assertThat(catalog.find(CodeKind.ECONOMIC, "30298")).contains(
                new CatalogEntry(CodeKind.ECONOMIC, "30298", "测试费", false));
    }
}
