package org.crmgateway.caldav.ical;

import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jspecify.annotations.Nullable;

/** Evaluates a calendar-query filter (RFC 4791 section 9.7) against one parsed object. */
final class FilterEvaluator {

    private final ParsedCalendar object;

    FilterEvaluator(ParsedCalendar object) {
        this.object = object;
    }

    boolean matchesRoot(Calendar calendar, CalendarFilter.Comp root) {
        if (!root.name().equals(Calendar.VCALENDAR)) {
            return false;
        }
        if (root.isNotDefined()) {
            return false;
        }
        List<? extends Component> children = calendar.getComponents();
        return root.props().stream().allMatch(p -> matches(calendar.getPropertyList().getAll(), p))
                && root.comps().stream().allMatch(f -> matches(children, f, true));
    }

    private boolean matches(List<? extends Component> candidates, CalendarFilter.Comp filter, boolean objectLevel) {
        List<? extends Component> named = candidates.stream().filter(c -> c.getName().equals(filter.name())).toList();
        if (filter.isNotDefined()) {
            return named.isEmpty();
        }
        if (named.isEmpty()) {
            return false;
        }
        if (filter.timeRange() != null) {
            // The object's own components: the range applies to the recurrence set as a whole.
            boolean inRange = objectLevel
                    ? object.overlaps(filter.timeRange())
                    : named.stream().anyMatch(c -> Span.of(c)
                            .map(s -> filter.timeRange().overlaps(s.start(), s.end())).orElse(true));
            if (!inRange) {
                return false;
            }
        }
        return named.stream().anyMatch(c -> filter.props().stream().allMatch(p -> matches(c.getPropertyList().getAll(), p))
                && filter.comps().stream().allMatch(sub -> matches(children(c), sub, false)));
    }

    private static List<? extends Component> children(Component c) {
        if (c instanceof ComponentContainer<?> container) {
            return container.getComponentList().getAll();
        }
        return List.of();
    }

    private static boolean matches(List<Property> properties, CalendarFilter.Prop filter) {
        List<Property> named = properties.stream().filter(p -> p.getName().equalsIgnoreCase(filter.name())).toList();
        if (filter.isNotDefined()) {
            return named.isEmpty();
        }
        return named.stream().anyMatch(p -> inRange(p, filter.timeRange())
                && (filter.textMatch() == null || filter.textMatch().matches(p.getValue()))
                && filter.params().stream().allMatch(f -> matches(p, f)));
    }

    private static boolean inRange(Property p, @Nullable TimeRange range) {
        if (range == null) {
            return true;
        }
        if (p instanceof DateProperty<?> date) {
            long at = Temporals.millis(date.getDate());
            return range.overlaps(at, at);
        }
        return false;
    }

    private static boolean matches(Property p, CalendarFilter.Param filter) {
        Optional<Parameter> param = p.getParameter(filter.name());
        if (filter.isNotDefined()) {
            return param.isEmpty();
        }
        return param.isPresent() && (filter.textMatch() == null || filter.textMatch().matches(param.get().getValue()));
    }
}
