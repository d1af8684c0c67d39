package cn.nanhu.talent.common;

import java.util.List;

/**
 * Bad input found by code rather than by Bean Validation: a malformed cursor, an unknown
 * dictionary code. It becomes a 400 problem whose {@code violations} name the fields.
 */
public final class InvalidInput extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.toString(), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
