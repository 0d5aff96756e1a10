package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandCodesTest {
    @Test
    void codesSortAsPeopleReadThem() {
        List<String> codes = new ArrayList<>(List.of("U-12", "M-1", "U-2", "u-3", "U-2a", "U-10", "U"));
        codes.sort(DemandCodes.ORDER);
        assertEquals(List.of("M-1", "U", "U-2", "U-2a", "u-3", "U-10", "U-12"), codes);
    }

    @Test
    void leadingZerosDoNotCount() {
        assertTrue(DemandCodes.ORDER.compare("U-007", "U-8") < 0);
        assertTrue(DemandCodes.ORDER.compare("U-010", "U-9") > 0);
    }

    @Test
    void codesThatDifferOnlyInCaseStillHaveOneOrder() {
        assertTrue(DemandCodes.ORDER.compare("U-1", "u-1") != 0);
        assertEquals(0, DemandCodes.ORDER.compare("U-1", "U-1"));
    }
}
