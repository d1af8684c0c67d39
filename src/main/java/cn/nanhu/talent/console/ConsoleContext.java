package cn.nanhu.talent.console;

import jakarta.enterprise.context.RequestScoped;

/** The signed-in staff member of the current console request, set by {@link ConsoleGuard}. */
@RequestScoped
public class ConsoleContext {

    private Staffer staffer;

    void set(Staffer staffer) {
        this.staffer = staffer;
    }

    public Staffer staffer() {
        if (staffer == null) {
            throw new IllegalStateException("no console session in this request");
        }
        return staffer;
    }

    public Chrome chrome(String active) {
        return Chrome.of(staffer(), active);
    }
}
