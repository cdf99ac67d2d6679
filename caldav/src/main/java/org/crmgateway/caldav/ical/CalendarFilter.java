package org.crmgateway.caldav.ical;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The filter of a calendar-query (RFC 4791 section 9.7), as a tree of records. */
public final class CalendarFilter {
    private CalendarFilter() {
    }

    /** A comp-filter (section 9.7.1). */
    public record Comp(String name, boolean isNotDefined, @Nullable TimeRange timeRange, List<Prop> props,
                       List<Comp> comps) {
        public Comp {
            props = List.copyOf(props);
            comps = List.copyOf(comps);
        }

        /** Whether nothing but component names and time ranges are asked, which the index can answer. */
        public boolean onlyNamesAndTimes() {
            return props.isEmpty() && !isNotDefined && comps.stream().allMatch(Comp::onlyNamesAndTimes);
        }
    }

    /** A prop-filter (section 9.7.2). */
    public record Prop(String name, boolean isNotDefined, @Nullable TimeRange timeRange,
                       @Nullable TextMatch textMatch, List<Param> params) {
        public Prop {
            params = List.copyOf(params);
        }
    }

    /** A param-filter (section 9.7.3). */
    public record Param(String name, boolean isNotDefined, @Nullable TextMatch textMatch) {
    }
}
