package fiscalledger.ledger.api;

import java.math.BigDecimal;

/** One performance indicator of a 绩效自评 with its weight (分值) and score (得分). */
public record IndicatorScore(String level1, String level2, String name, BigDecimal weight, BigDecimal score) {
}
