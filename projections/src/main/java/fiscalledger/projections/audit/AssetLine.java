package fiscalledger.projections.audit;

import java.time.LocalDate;

/**
 * One line of an AssetFactsRecorded within the cut-off: the item (a vehicle use or large equipment, with its printed
 * label) and its quantity. Only the lines of the latest record not reversed are in force; older records are listed
 * as replaced, reversed ones as reversed, and count for nothing.
 */
public record AssetLine(long sequence, String voucher, LocalDate businessDate, String item, String label, int quantity,
                        Status status) {

    public enum Status {
        IN_FORCE("in force"), REPLACED("replaced by a later record"), REVERSED("reversed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean inForce() {
        return status == Status.IN_FORCE;
    }
}
