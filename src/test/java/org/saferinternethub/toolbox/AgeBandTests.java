package org.saferinternethub.toolbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgeBandTests {

    @Test
    void aTeenageRangeEndingAtEighteenIsInBothTeenageBands() {
        assertThat(AgeBand.overlapping(12, 18)).containsExactly(AgeBand.AGE_12_14, AgeBand.AGE_15_18);
    }

    @Test
    void aRangeFromEighteenIsForAdultsOnly() {
        assertThat(AgeBand.overlapping(18, 99)).containsExactly(AgeBand.ADULTS);
        assertThat(AgeBand.overlapping(18, 18)).containsExactly(AgeBand.ADULTS);
        assertThat(AgeBand.overlapping(18, null)).containsExactly(AgeBand.ADULTS);
    }

    @Test
    void aRangeAcrossEighteenIsForTeenagersAndAdults() {
        assertThat(AgeBand.overlapping(16, 25)).containsExactly(AgeBand.AGE_15_18, AgeBand.ADULTS);
        assertThat(AgeBand.overlapping(12, 99)).containsExactly(AgeBand.AGE_12_14, AgeBand.AGE_15_18, AgeBand.ADULTS);
    }

    @Test
    void bandsMeetingAtOneYearBothCount() {
        assertThat(AgeBand.overlapping(14, 16)).containsExactly(AgeBand.AGE_12_14, AgeBand.AGE_15_18);
        assertThat(AgeBand.overlapping(null, null)).isEmpty();
        assertThat(AgeBand.overlapping(null, 5)).containsExactly(AgeBand.AGE_3_5);
    }

}
