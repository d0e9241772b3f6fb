package org.saferinternethub.toolbox;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The age groups search offers as a facet; a resource belongs to every band its age range overlaps. Age 18 is
 * both the last year of the 15–18 band and the age of majority: a range that ends at 18 (12–18) is for teenagers,
 * one that starts at 18 (18–99, "18+") is for adults only.
 */
public enum AgeBand {

    AGE_3_5(3, 5), AGE_6_8(6, 8), AGE_9_11(9, 11), AGE_12_14(12, 14), AGE_15_18(15, 18), ADULTS(19, 120);

    private static final int MAJORITY = 18;

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The value in addresses and the index, e.g. {@code 12-14}. */
    public String code() {
        return this == ADULTS ? "adults" : from + "-" + to;
    }

    public static List<AgeBand> overlapping(@Nullable Integer min, @Nullable Integer max) {
        List<AgeBand> bands = new ArrayList<>();
        if (min == null && max == null) {
            return bands;
        }
        int low = min == null ? 0 : min;
        int high = max == null ? 120 : max;
        if (low == MAJORITY) {
            low = ADULTS.from;
            high = Math.max(high, low);
        }
        for (AgeBand band : values()) {
            if (low <= band.to && high >= band.from) {
                bands.add(band);
            }
        }
        return bands;
    }

}
