package fiscalledger.shell.service;

/** One identity (勾稽关系) checked on a unit-year: its name, whether it holds, and the figures on each side. */
public record IdentityResult(String name, boolean holds, String figures) {
}
