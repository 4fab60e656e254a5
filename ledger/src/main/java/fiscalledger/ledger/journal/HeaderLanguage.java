package fiscalledger.ledger.journal;

/** Which spelling {@link JournalWriter} uses for headers and enumerated values. */
public enum HeaderLanguage {
    /** English headers and constants (GENERAL_BUDGET): stable for scripts. */
    ENGLISH,
    /** Chinese headers and labels (一般公共预算财政拨款): what a finance officer reads in Excel. */
    CHINESE
}
