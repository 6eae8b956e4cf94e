package com.vladsch.flexmark.util.sequence.builder;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patched copy of flexmark's SegmentBuilderBase is the one loaded, and its list of segments
 * grows by half at a time: adding n segments copies the list O(log n) times, not n times (which
 * made a paragraph of n lines in a quote or list cost n² copies).
 */
class SegmentGrowthTest {

    @Test
    void thePatchedClassIsTheOneLoaded() throws Exception {
        Path from = Path.of(SegmentBuilderBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertFalse(from.getFileName().toString().startsWith("flexmark"), "loaded from " + from);
    }

    @Test
    void addingSegmentsCopiesTheListLogarithmicallyOften() {
        int segments = 100_000;
        BasedSequence base = BasedSequence.of("ab".repeat(segments));
        BasedSegmentBuilder builder = BasedSegmentBuilder.emptyBuilder(base);
        int copies = 0;
        int[] list = null;
        for (int i = 0; i < segments; i++) {
            // Every other character: segments that cannot be merged with the one before.
            builder.append(2 * i, 2 * i + 1);
            if (builder.parts != list) {
                copies++;
                list = builder.parts;
            }
        }
        assertEquals(segments, builder.size());
        assertTrue(copies < 40, "the list was copied " + copies + " times for " + segments + " segments");
    }
}
