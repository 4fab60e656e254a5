package fiscalledger.projections.check;

/** The outcome of one identity. */
public enum CheckStatus {
    /** Holds exactly (in fen) and in the printed figures. */
    PASS,
    /** Holds exactly in fen; the printed (rounded) figures differ by no more than rounding explains (尾数误差). */
    TAIL_DIFFERENCE,
    /** Does not hold: a real break. */
    FAIL
}
