package cn.nanhu.talent.notify;

/**
 * Delivers the outbox items of one kind (a CDI bean per kind). The dispatcher calls it outside any
 * transaction, possibly more than once for the same item if a copy of the service dies mid-way,
 * so deliveries should be safe to repeat where the receiver allows it.
 */
public interface OutboxHandler {

    /** The kind of item this handler delivers, as given to {@link Outbox#enqueue}. */
    String kind();

    /**
     * Delivers one item. Returning normally marks it SENT. A {@link Failure} says whether a
     * retry may help; any other exception is treated as temporary.
     */
    void deliver(String payloadJson) throws Failure;

    /** A delivery that did not work, and whether trying again later may. */
    final class Failure extends Exception {
        private final boolean permanent;

        private Failure(String reason, boolean permanent) {
            super(reason, null, false, false);
            this.permanent = permanent;
        }

        /** Worth another try later, e.g. the receiver is down or busy. */
        public static Failure temporary(String reason) {
            return new Failure(reason, false);
        }

        /** No retry will help, e.g. the receiver refused this item or the recipient is gone. */
        public static Failure permanent(String reason) {
            return new Failure(reason, true);
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
