package fiscalledger.ledger.command;

import fiscalledger.ledger.api.Fund;

/** 财政拨款 arrive as appropriations; the unit's own income, balance use and surplus distribution are non-fiscal. */
final class FundRules {

    private FundRules() {
    }

    static void fiscal(Fund fund, String field, String what, Problems problems) {
        if (fund == null) {
            problems.error(field, "fund (资金来源) is missing");
        } else if (!fund.isFiscal()) {
            problems.error(field, what + " comes from a fiscal fund (一般公共预算/政府性基金预算/国有资本经营预算财政拨款), not "
                    + fund.label() + "; record the unit's own income as other income");
        }
    }

    static void nonFiscal(Fund fund, String field, String what, Problems problems) {
        if (fund == null) {
            problems.error(field, "source (资金来源) is missing");
        } else if (fund.isFiscal()) {
            problems.error(field, what + " is non-fiscal money (上级补助/事业/经营/附属单位上缴/其他收入), not "
                    + fund.label());
        }
    }
}
