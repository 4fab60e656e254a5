package fiscalledger.projections.readmodel;

/**
 * Where an event sits in the store and who recorded it: its global sequence number (its index in the
 * event table, see {@link EventPositions}) and the Axon metadata user and reason.
 */
public record EventContext(long sequence, String user, String reason) {
}
